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
import { LogHandoffStore } from "./handoff/log-store.js";
import { Outbox } from "./handoff/outbox.js";
import type { HandoffRepository } from "./handoff/repository.js";
import { applyRetention } from "./handoff/retention.js";
import { KnowledgeHolder, loadKnowledge } from "./knowledge/index.js";
import type { Logger } from "./logging/index.js";
import { describeError } from "./logging/index.js";
import { dailyQuestionsSchema, QuestionStats } from "./stats/questions.js";
import { conversationStore } from "./storage/conversation-store.js";
import { JsonDirectoryStore } from "./storage/json-directory-store.js";
import { chatProfileSchema } from "./storage/profiles.js";

export interface AppOptions {
  readonly token: string;
  readonly apiRoot?: string;
  readonly dataDir: string;
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
  /**
   * Everything npm start does after loading: the bot's identity (getMe, unless known), the
   * command menu, the background work, then long polling with the runner.
   */
  launch(options?: RunOptions<Update>): Promise<RunnerHandle>;
  /** Stops the background work and closes storage; call after the bot has stopped. */
  close(): Promise<void>;
}

const RETENTION_SWEEP_MS = 60 * 60 * 1000;
/**
 * Updates handled at once (the runner's default is 500). Each holds its chat's state and
 * its answer in memory; beyond this the runner waits before fetching more, so a burst
 * raises latency a little instead of memory without bound.
 */
const MAX_CONCURRENT_UPDATES = 100;
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
  // A damaged request log stops start-up here (HandoffStoreCorruptError), untouched.
  const requests = await LogHandoffStore.open(join(options.dataDir, "handoffs", "requests.jsonl"), {
    now,
  });
  const questions = new QuestionStats(
    new JsonDirectoryStore(join(options.dataDir, "stats"), dailyQuestionsSchema, onCorrupt),
    now,
  );
  const conversations = conversationStore(join(options.dataDir, "conversations"), onCorrupt);
  const profiles = new JsonDirectoryStore(
    join(options.dataDir, "profiles"),
    chatProfileSchema,
    onCorrupt,
  );

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
      notifyOperators: () => void outbox?.flush(),
    },
    retentionDays,
    admin: { adminIds: options.adminIds ?? new Set(), questions },
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
  const retention = async () => {
    try {
      await applyRetention(requests, retentionDays, now());
      await profiles.deleteOlderThan(retentionDays * DAY_MS, now());
      await conversations.deleteOlderThan(DAY_MS, now());
    } catch (error) {
      options.logger.error({ error: describeError(error) }, "retention sweep failed");
    }
  };
  const startBackground = () => {
    delivery.start();
    void retention();
    sweep = setInterval(() => void retention(), RETENTION_SWEEP_MS);
    sweep.unref();
  };
  return {
    bot,
    knowledge,
    texts,
    requests,
    outbox: delivery,
    startBackground,
    async launch(runOptions) {
      await bot.init();
      await publishCommands(bot.api, texts);
      startBackground();
      return run(bot, {
        ...runOptions,
        sink: { concurrency: MAX_CONCURRENT_UPDATES, ...runOptions?.sink },
      });
    },
    async close() {
      clearInterval(sweep);
      await delivery.stop();
      await questions.flush();
      await requests.close();
    },
  };
}
