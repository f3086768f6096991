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
    await serve(config, config.BOT_TOKEN, early, signals);
  } catch (error) {
    await early?.stop();
    await releaseEarlyLock?.();
    throw error;
  }
}

/**
 * SIGINT/SIGTERM from the very start: one received while loading stops the bot once loaded
 * (closing its storage cleanly) instead of launching it.
 */
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
    get received() {
      return received;
    },
    /** From now on a signal calls `stop`; one already received calls it at once. */
    handle(stop: (signal: string) => void) {
      handler = stop;
      if (received !== undefined) stop(received);
    },
  };
}
type StopSignals = ReturnType<typeof stopSignals>;

async function serve(
  config: Config,
  token: string,
  early: EarlyPolling | undefined,
  signals: StopSignals,
) {
  const [{ createApp }, { createLogger }, { serveWebhook }] = await Promise.all([
    import("./app.js"),
    import("./logging/index.js"),
    import("./runtime/webhook.js"),
  ]);
  const logger = createLogger(config.LOG_LEVEL);
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
  const earlyEnd = await early?.stop();
  if (earlyEnd) logger.warn({ reason: earlyEnd }, "polling during start-up stopped early");
  if (signals.received !== undefined) {
    logger.info({ signal: signals.received }, "stopping before start-up finished");
    await app.close();
    logger.info("stopped");
    return;
  }
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
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing updates in progress");
    // runner.stop() resolves once every update already taken has been handled; every store
    // write is awaited inside its handler, and close() waits for the outbox and the log.
    await runner.stop();
    await app.close();
    logger.info("stopped");
  };
  signals.handle((signal) => void stop(signal));
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
