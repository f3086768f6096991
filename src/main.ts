import { type Config, ConfigError, parseConfig } from "./config/env.js";
import { type EarlyPolling, pollWhileLoading } from "./runtime/early-polling.js";
import { lockDataDir } from "./storage/data-dir.js";
import { makePrivateDir } from "./storage/disk.js";

/** Start-up failures whose message is the one line to show (no stack, no token). */
const ONE_LINE_ERRORS = new Set([
  "ConfigError",
  "StartupError",
  "DataDirError",
  "SchemaVersionError",
  "HandoffStoreCorruptError",
]);

/**
 * `npm start`: long polling against Telegram (or TELEGRAM_API_ROOT), or Telegram's webhooks
 * with WEBHOOK_URL, until SIGINT/SIGTERM.
 *
 * With long polling, citizens' updates are taken (and journaled) from the first moments,
 * while the modules and the content load: only this file's few imports come first, the rest
 * is imported below.
 */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (config.BOT_TOKEN === undefined) {
    throw new ConfigError(
      "Invalid configuration: BOT_TOKEN is required for npm start (try the bot without one: npm run chat)",
    );
  }
  const signals = stopSignals();
  let early: EarlyPolling | undefined;
  let releaseEarlyLock: (() => Promise<void>) | undefined;
  if (config.WEBHOOK_URL === undefined) {
    // The lock first: another bot on this DATA_DIR must not see its updates taken.
    await makePrivateDir(config.DATA_DIR);
    releaseEarlyLock = await lockDataDir(config.DATA_DIR);
    early = pollWhileLoading({
      token: config.BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      dataDir: config.DATA_DIR,
    });
  }
  try {
    await serve(config, config.BOT_TOKEN, { early, releaseEarlyLock }, signals);
  } catch (error) {
    await early?.stop();
    await releaseEarlyLock?.();
    throw error;
  }
}

/** SIGINT/SIGTERM from the very start: one received before `handle` waits for it. */
function stopSignals() {
  let received: string | undefined;
  let handler: ((signal: string) => void) | undefined;
  const on = (signal: string) => {
    received ??= signal;
    handler?.(signal);
  };
  process.once("SIGINT", () => on("SIGINT"));
  process.once("SIGTERM", () => on("SIGTERM"));
  return {
    /** From now on a signal calls `stop`; one already received calls it at once. */
    handle(stop: (signal: string) => void) {
      handler = stop;
      if (received !== undefined) stop(received);
    },
  };
}
type StopSignals = ReturnType<typeof stopSignals>;

/** What runs before the bot: polling while it loads, and the DATA_DIR lock taken for it. */
interface BeforeStart {
  readonly early: EarlyPolling | undefined;
  readonly releaseEarlyLock: (() => Promise<void>) | undefined;
}

async function serve(
  config: Config,
  token: string,
  { early, releaseEarlyLock }: BeforeStart,
  signals: StopSignals,
) {
  const [{ createApp }, { createLogger }, { serveWebhook }] = await Promise.all([
    import("./app.js"),
    import("./logging/index.js"),
    import("./runtime/webhook.js"),
  ]);
  const logger = createLogger(config.LOG_LEVEL);
  // A stop while loading ends the process at once: a cold model build outlasts systemd's
  // TimeoutStopSec (37 s measured), and nothing is lost by not waiting. No update has been
  // handled yet, early polling confirms only what it journaled (the next start answers it,
  // as after a kill -9), and the storage has only been opened.
  let stoppedWhileLoading: Promise<never> | undefined;
  signals.handle((signal) => {
    stoppedWhileLoading ??= (async () => {
      logger.info({ signal }, "stopping before start-up finished");
      await early?.stop();
      await releaseEarlyLock?.();
      logger.info("stopped");
      process.exit(0);
    })();
  });
  const app = await createApp({
    token,
    apiRoot: config.TELEGRAM_API_ROOT,
    dataDir: config.DATA_DIR,
    ...(config.DATABASE_URL === undefined ? {} : { databaseUrl: config.DATABASE_URL }),
    logger,
    ...(config.OPERATOR_CHAT_ID === undefined ? {} : { operatorChatId: config.OPERATOR_CHAT_ID }),
    adminIds: new Set(config.ADMIN_IDS),
    retentionDays: config.RETENTION_DAYS,
    reviewRetentionDays: config.REVIEW_RETENTION_DAYS,
    claimReminderHours: config.CLAIM_REMINDER_HOURS,
  });
  const { WEBHOOK_URL, WEBHOOK_SECRET } = config;
  // What it took is in the journal, handled by launch() before the bot polls itself.
  // Loaded while a stop was under way: the process is ending, nothing is launched.
  if (stoppedWhileLoading) return stoppedWhileLoading;
  // From here updates may be handled (the journal's first): a stop waits for the launch.
  let stopAfterLaunch: string | undefined;
  let stop = (signal: string) => {
    stopAfterLaunch ??= signal;
  };
  signals.handle((signal) => stop(signal));
  const earlyEnd = await early?.stop();
  if (earlyEnd) logger.warn({ reason: earlyEnd }, "polling during start-up stopped early");
  const runner =
    WEBHOOK_URL === undefined || WEBHOOK_SECRET === undefined
      ? await app.launch()
      : await serveWebhook(app, {
          url: WEBHOOK_URL,
          secret: WEBHOOK_SECRET,
          port: config.PORT,
          host: config.HOST,
          logger,
        }).then(untilClosed);
  logger.info(
    { username: app.bot.botInfo.username, mode: WEBHOOK_URL ? "webhook" : "polling" },
    "bot started",
  );

  let stopping = false;
  stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing updates in progress");
    // runner.stop() resolves once every update already taken has been handled; every store
    // write is awaited inside its handler, and close() waits for the outbox and the log.
    await runner.stop();
    await app.close();
    logger.info("stopped");
  };
  if (stopAfterLaunch !== undefined) void stop(stopAfterLaunch);
  await runner.task();
}

/** The webhook server in the runner's shape: stop() then task() resolves. */
function untilClosed(server: { close(): Promise<void> }) {
  let closed: () => void = () => {};
  const task = new Promise<void>((resolve) => {
    closed = resolve;
  });
  return {
    task: () => task,
    stop: () => server.close().then(closed),
  };
}

main().catch(async (error: unknown) => {
  process.exitCode = 1;
  if (error instanceof Error && ONE_LINE_ERRORS.has(error.name)) {
    process.stderr.write(`${error.message}\n`);
    return;
  }
  const { describeError } = await import("./logging/index.js");
  process.stderr.write(`wemi-bot: ${JSON.stringify(describeError(error))}\n`);
});
