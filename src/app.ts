import { join } from "node:path";
import { type RunnerHandle, type RunOptions, run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { BotContext } from "./bot/context.js";
import { createBot, publishCommands } from "./bot/create-bot.js";
import { telegramNotifier } from "./bot/operators.js";
import { loadTexts, type Texts } from "./bot/texts.js";
import { PROJECT_ROOT } from "./config/paths.js";
import { createLocationResolver, loadGeoIndex } from "./geo/index.js";
import { Outbox } from "./handoff/outbox.js";
import type { HandoffRepository } from "./handoff/repository.js";
import { applyRetention } from "./handoff/retention.js";
import { KnowledgeHolder, loadKnowledge } from "./knowledge/index.js";
import type { Logger } from "./logging/index.js";
import { describeError } from "./logging/index.js";
import { QuestionStats } from "./stats/questions.js";
import { openStorage } from "./storage/backend.js";

export interface AppOptions {
  readonly token: string;
  readonly apiRoot?: string;
  readonly dataDir: string;
  /** PostgreSQL (postgres://…) instead of the files under dataDir. */
  readonly databaseUrl?: string;
  readonly logger: Logger;
  readonly botInfo?: UserFromGetMe;
  /** The operators' common chat (OPERATOR_CHAT_ID); spaces may name their own in spaces.yaml. */
  readonly operatorChatId?: number;
  readonly adminIds?: ReadonlySet<number>;
  readonly retentionDays?: number;
  readonly now?: () => number;
  /** Where intents/, data/ and locales/ are read from. */
  readonly root?: string;
}

export interface App {
  readonly bot: Bot<BotContext>;
  readonly knowledge: KnowledgeHolder;
  readonly texts: Texts;
  readonly requests: HandoffRepository;
  readonly outbox: Outbox;
  /** Starts the background work: notification delivery and the retention sweep. */
  startBackground(): void;
  /** The bot's identity (getMe, unless known), the command menu, then the background work. */
  start(): Promise<void>;
  /** Everything npm start does after loading: start(), then long polling with the runner. */
  launch(options?: RunOptions<Update>): Promise<RunnerHandle>;
  /** Whether the storage answers (GET /healthz in webhook mode). */
  isReady(): Promise<boolean>;
  /** Stops the background work and closes storage; call after the bot has stopped. */
  close(): Promise<void>;
}

const RETENTION_SWEEP_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Thrown when the shipped content cannot be loaded: the bot must not start half-blind. */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

/** Wires content, storage and the bot together; the runtime and the local chat share it. */
export async function createApp(options: AppOptions): Promise<App> {
  const root = options.root ?? PROJECT_ROOT;
  const geo = await loadGeoIndex();
  const sources = { root, geo, places: createLocationResolver(geo) };
  const loaded = await loadKnowledge(sources);
  if (!loaded.ok) throw new StartupError(`the catalogue has errors:\n${loaded.errors.join("\n")}`);
  const knowledge = new KnowledgeHolder(loaded.knowledge, sources);
  const texts = loadTexts(join(root, "locales"));
  const onCorrupt = (file: string, reason: string) =>
    options.logger.error({ file, reason }, "a stored file was unreadable and has been moved aside");
  const now = options.now ?? Date.now;
  const retentionDays = options.retentionDays ?? 90;
  const storage = await openStorage({
    dataDir: options.dataDir,
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
    now,
    onCorrupt,
  });
  const { requests, conversations, profiles } = storage;
  const questions = new QuestionStats(storage.questions, now);

  const operatorChatFor = (spaceId: string | null) =>
    knowledge.current.directory.spaces.find((s) => s.id === spaceId)?.operatorChatId ??
    options.operatorChatId;
  // Read from the directory in use, so a per-space group added by /reload is recognised at once.
  const isOperatorChat = (chatId: number) =>
    chatId === options.operatorChatId ||
    knowledge.current.directory.spaces.some((s) => s.operatorChatId === chatId);
  let outbox: Outbox | undefined;
  const bot = createBot({
    token: options.token,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    knowledge,
    profiles,
    conversations,
    texts,
    logger: options.logger,
    handoff: {
      requests,
      isOperatorChat,
      operatorChatFor,
      // Once the new request is committed, so that the delivery pass sees it.
      notifyOperators: () => storage.afterUpdate(() => void outbox?.flush()),
    },
    retentionDays,
    admin: { adminIds: options.adminIds ?? new Set(), questions },
    handleUpdate: storage.handleUpdate,
  });
  outbox = new Outbox(requests, telegramNotifier(bot.api, requests, knowledge, texts), {
    logger: options.logger,
    now,
  });
  const delivery = outbox;

  let sweep: NodeJS.Timeout | undefined;
  // Minimum storage: closed requests lose their personal fields after the retention period,
  // a citizen silent that long is forgotten, and an unfinished dialogue (which may hold a
  // name or phone typed before confirming) is dropped after a day.
  let sweeping: Promise<void> | undefined;
  const retention = async () => {
    try {
      await storage.sweep(async () => {
        await applyRetention(requests, retentionDays, now());
        await profiles.deleteOlderThan(retentionDays * DAY_MS, now());
        await conversations.deleteOlderThan(DAY_MS, now());
      });
    } catch (error) {
      options.logger.error({ error: describeError(error) }, "retention sweep failed");
    }
  };
  const startBackground = () => {
    delivery.start();
    sweeping = retention();
    sweep = setInterval(() => {
      sweeping = retention();
    }, RETENTION_SWEEP_MS);
    sweep.unref();
  };
  const start = async () => {
    await bot.init();
    await publishCommands(bot.api, texts);
    startBackground();
  };
  return {
    bot,
    knowledge,
    texts,
    requests,
    outbox: delivery,
    startBackground,
    start,
    async launch(runOptions) {
      await start();
      return run(bot, runOptions);
    },
    isReady: () => storage.isReady(),
    async close() {
      clearInterval(sweep);
      // A sweep in progress finishes before the storage closes under it.
      await sweeping;
      await delivery.stop();
      await questions.flush();
      await storage.close();
    },
  };
}
