import { createApp, StartupError } from "./app.js";
import { ConfigError, parseConfig } from "./config/env.js";
import { HandoffStoreCorruptError } from "./handoff/log-store.js";
import { createLogger, describeError } from "./logging/index.js";
import { serveWebhook } from "./runtime/webhook.js";
import { DataDirError } from "./storage/data-dir.js";
import { SchemaVersionError } from "./storage/postgres/migrations.js";

/**
 * `npm start`: long polling against Telegram (or TELEGRAM_API_ROOT), or Telegram's webhooks
 * with WEBHOOK_URL, until SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (config.BOT_TOKEN === undefined) {
    throw new ConfigError(
      "Invalid configuration: BOT_TOKEN is required for npm start (try the bot without one: npm run chat)",
    );
  }
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp({
    token: config.BOT_TOKEN,
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
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
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

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof StartupError ||
    error instanceof DataDirError ||
    error instanceof SchemaVersionError ||
    error instanceof HandoffStoreCorruptError
  ) {
    process.stderr.write(`${error.message}\n`);
  } else process.stderr.write(`wemi-bot: ${JSON.stringify(describeError(error))}\n`);
  process.exitCode = 1;
});
