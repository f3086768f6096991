import { join } from "node:path";
import type { RunOptions } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { BotContext } from "./bot/context.js";
import { createBot, publishCommands } from "./bot/create-bot.js";
import { erasureFollower, recordOperatorTrail, telegramNotifier } from "./bot/operators.js";
import { telegramClaimReminder } from "./bot/reminders.js";
import { replayUnfinished } from "./bot/resilience.js";
import type { Texts } from "./bot/texts.js";
import { PROJECT_ROOT } from "./config/paths.js";
import { FeedbackStats } from "./feedback/index.js";
import { Outbox } from "./handoff/outbox.js";
import { claimReminders } from "./handoff/reminders.js";
import {
  type HandoffRepository,
  watchedRepository,
  withoutRepeatedCreates,
} from "./handoff/repository.js";
import { loadWorkingHours, nextOpening } from "./handoff/working-hours.js";
import type { KnowledgeHolder } from "./knowledge/index.js";
import type { Logger } from "./logging/index.js";
import { describeError } from "./logging/index.js";
import type { Trainer } from "./nlu/model-cache.js";
import { ReviewQueue } from "./review/index.js";
import { backgroundWork } from "./runtime/background.js";
import { afterFirstAnswer } from "./runtime/first-answer.js";
import { compactAfterLoading } from "./runtime/heap.js";
import type { BotApiFetch } from "./runtime/http-client.js";
import { type Polling, runPolling } from "./runtime/polling.js";
import { loadContent, loadDanger, openData, StartupError } from "./runtime/start-up.js";
import { warmUp } from "./runtime/warm-up.js";
import { type DangerDetector, readDanger } from "./safety/danger.js";
import { QuestionStats } from "./stats/questions.js";
import {
  feedbackSection,
  handoffTimesSection,
  misunderstoodSection,
  statsChart,
} from "./stats/sections.js";
import { conversationStore } from "./storage/conversation-store.js";
import { type Disk, isStorageUnavailable, realDisk } from "./storage/disk.js";
import { OperatorTrail } from "./storage/operator-trail.js";
import { profileStore } from "./storage/profiles.js";
import { UpdateJournal } from "./storage/update-journal.js";
import { RecentTexts } from "./util/recent.js";

export { StartupError };

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
  /** File writes; tests pass one that fails like a full or read-only disk. */
  readonly disk?: Disk;
  /** REVIEW_RETENTION_DAYS: days misunderstood messages wait for /rivedi (0: none kept). */
  readonly reviewRetentionDays?: number;
  /** CLAIM_REMINDER_HOURS: an unclaimed request is recalled to its operators after this. */
  readonly claimReminderHours?: number;
  /** The danger reader; by default the cues in locales/ and the model over data/nlu. */
  readonly detectDanger?: DangerDetector;
  /** The Bot API client's `fetch`; by default leanFetch (the bench compares another). */
  readonly fetch?: BotApiFetch;
  /** Where a catalogue not yet cached is trained; by default another thread (off-thread.ts). */
  readonly train?: Trainer;
}

export interface App {
  readonly bot: Bot<BotContext>;
  readonly knowledge: KnowledgeHolder;
  readonly texts: Texts;
  readonly requests: HandoffRepository;
  readonly outbox: Outbox;
  /** What the bot computed from recent texts, citizens' among them (erasure clears it). */
  readonly recentTexts: RecentTexts;
  /** Reminds operators of the requests nobody claimed (CLAIM_REMINDER_HOURS); how many went. */
  remindClaims(): Promise<number>;
  /** The bot's identity (getMe, unless known), the command menu, then the background work. */
  start(): Promise<void>;
  /**
   * Everything npm start does after loading: start(), what the journal holds, long polling with
   * the runner, then the readers' warm-up.
   */
  launch(options?: RunOptions<Update>): Promise<Polling>;
  /**
   * Reads ordinary messages with each reader, one reading per turn (runtime/warm-up.ts): once
   * the bot answers, so that what citizens wrote while it loaded is not put off.
   */
  warmUp(): Promise<void>;
  /** Writes what the storage keeps in memory to write a few seconds later (see lazy). */
  writeWaiting(): Promise<void>;
  /** Whether the storage answers (GET /healthz in webhook mode). */
  isReady(): Promise<boolean>;
  /** Stops the background work and closes storage; call after the bot has stopped. */
  close(): Promise<void>;
}

/**
 * The first retention sweep, this long after the first answer: it writes what write-behind
 * holds (deleteOlderThan flushes first), so right after the first answer it cost the first
 * citizens a profile write each that their next message would have saved.
 */
const FIRST_SWEEP_AFTER_MS = 60_000;

/** Wires content, storage and the bot together; the runtime and the local chat share it. */
export async function createApp(options: AppOptions): Promise<App> {
  const root = options.root ?? PROJECT_ROOT;
  const { logger } = options;
  const onCorrupt = (file: string, reason: string) =>
    logger.error({ file, reason }, "a stored file was unreadable and has been moved aside");
  const now = options.now ?? Date.now;
  const retentionDays = options.retentionDays ?? 90;
  const disk = options.disk ?? realDisk;
  const folder = (name: string) => join(options.dataDir, name);
  // The storage opens (reading the request log's index, listing the chats) while the content
  // loads: neither waits for the other.
  const opening = openData(options, { now, onCorrupt, disk });
  opening.catch(() => {});
  const recentTexts = new RecentTexts();
  let content: Awaited<ReturnType<typeof loadContent>>;
  try {
    content = await loadContent(root, recentTexts, options.train);
  } catch (error) {
    await opening.then(
      ({ close }) => close(),
      () => {},
    );
    throw error;
  }
  const { sources, loaded, knowledge, texts, labelledPrint } = content;
  // The danger reader loads (the main thread's work) while the storage finishes opening
  // (mostly waits on the disk: the request log's index and its hash), not after it.
  const dangerLoading = options.detectDanger
    ? Promise.resolve(options.detectDanger)
    : loadDanger(root, loaded.knowledge.catalogue, sources.places, labelledPrint);
  dangerLoading.catch(() => {});
  const { storage, unlock } = await opening;
  // Filled once the bot exists: the operators hear once that requests cannot be stored.
  let tellOperators: (key: string) => void = () => {};
  const requests = watchedRepository(
    withoutRepeatedCreates(storage.requests, now),
    isStorageUnavailable,
    {
      onUnavailable: (error) => {
        logger.error(
          { error: describeError(error) },
          "storage takes no writes: requests cannot be stored",
        );
        tellOperators("op-storage-unavailable");
      },
      onRecovered: () => {
        logger.info("storage takes writes again");
        tellOperators("op-storage-back");
      },
    },
  );
  const questions = new QuestionStats(storage.questions, now, undefined, (error) =>
    logger.error({ error: describeError(error) }, "question counts not saved, kept"),
  );
  const hoursFile = join(root, "data", "operator-hours.yaml");
  const workingHours = await loadWorkingHours(hoursFile).catch((error: Error) => {
    throw new StartupError(`${hoursFile}: ${error.message}`);
  });
  const conversations = conversationStore(storage.conversations, {
    onOversize: (_chat, bytes) =>
      logger.warn({ bytes }, "a dialogue's stored state grew too long and was dropped"),
  });
  const profiles = profileStore(storage.profiles, now);

  const operatorChatFor = (spaceId: string | null) =>
    knowledge.current.directory.spaces.find((s) => s.id === spaceId)?.operatorChatId ??
    options.operatorChatId;
  // Read from the directory in use, so a per-space group added by /reload is recognised at once.
  const isOperatorChat = (chatId: number) =>
    chatId === options.operatorChatId ||
    knowledge.current.directory.spaces.some((s) => s.operatorChatId === chatId);
  const journal = new UpdateJournal(folder("updates"), disk);

  const trail = new OperatorTrail(storage.operatorMessages);
  await trail.load();
  const review = new ReviewQueue(storage.review, {
    retentionDays: options.reviewRetentionDays ?? 30,
    places: sources.places,
    now,
  });
  const feedback = new FeedbackStats(storage.feedback, now);
  let outbox: Outbox | undefined;
  const detectDanger = await dangerLoading;
  const bot = createBot({
    token: options.token,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    knowledge,
    profiles,
    conversations,
    texts,
    logger,
    now,
    handoff: {
      requests,
      isOperatorChat,
      operatorChatFor,
      // Once the new request is committed, so that the delivery pass sees it.
      notifyOperators: () => storage.afterUpdate(() => void outbox?.flush()),
      nextOpening: (chatId) => nextOpening(workingHours, chatId, now()),
    },
    retentionDays,
    admin: {
      adminIds: options.adminIds ?? new Set(),
      questions,
      now,
      statsSections: [
        // Only the period's requests are read from the log.
        handoffTimesSection((since) => requests.list({ createdSince: since })),
        feedbackSection(feedback),
        misunderstoodSection(review),
      ],
      statsChart: statsChart({
        questions,
        requests: (since) => requests.list({ createdSince: since }),
        spaceName: (id) => knowledge.current.directory.spaces.find((s) => s.id === id)?.name ?? id,
        now,
      }),
    },
    feedback,
    review: { queue: review, root },
    readReply: sources.replies,
    recentTexts,
    detectDanger,
    journal,
    handleUpdate: storage.handleUpdate,
  });
  tellOperators = (key) => {
    if (options.operatorChatId === undefined) return;
    bot.api
      .sendMessage(options.operatorChatId, texts.for("it")(key))
      .catch((error) => logger.warn({ error: describeError(error) }, "could not tell operators"));
  };
  bot.api.config.use(recordOperatorTrail(requests, trail, isOperatorChat, logger));
  const followErasures = erasureFollower(bot.api, requests, trail, knowledge, texts, logger);
  outbox = new Outbox(requests, telegramNotifier(bot.api, requests, knowledge, texts, trail), {
    logger: logger,
    now,
  });
  const delivery = outbox;
  const remindClaims = claimReminders(requests, telegramClaimReminder(bot.api, knowledge, texts), {
    hours: options.claimReminderHours ?? 24,
    now,
    logger,
  });

  const background = backgroundWork({
    storage,
    requests,
    conversations,
    review,
    delivery,
    followErasures,
    remindClaims,
    retentionDays,
    now,
    logger,
  });
  // The command menu, one call per language: not needed to answer, so published while the
  // bot already answers (on Telegram each call is a round trip). Non-essential: a failure is
  // logged and start-up goes on (see nonEssentialCalls).
  let publishing: Promise<void> = Promise.resolve();
  let firstSweep: NodeJS.Timeout | undefined;
  const later = afterFirstAnswer(bot, {
    // The first retention sweep reads the index of every chat and request.
    due: () => {
      firstSweep = setTimeout(() => background.sweepNow(), FIRST_SWEEP_AFTER_MS).unref();
    },
    // Loading's garbage back to the system (see compactAfterLoading), here rather than before
    // the first answer or while citizens are writing after it.
    whenQuiet: compactAfterLoading,
  });
  const warm = () =>
    warmUp([
      (text) => knowledge.current.classifier.classify(text),
      (text) => readDanger(detectDanger, text),
    ]).catch((error: unknown) =>
      logger.warn({ error: describeError(error) }, "readers not warmed up"),
    );
  const start = async () => {
    await bot.init();
    publishing = publishCommands(bot.api, texts).catch((error: unknown) =>
      logger.warn({ error: describeError(error) }, "command menu not published"),
    );
    background.start();
    later.arm();
  };
  return {
    bot,
    knowledge,
    texts,
    requests,
    outbox: delivery,
    recentTexts,
    remindClaims,
    start,
    async launch(runOptions) {
      await start();
      await replayUnfinished(bot, journal, logger);
      const polling = runPolling(bot, runOptions);
      void warm();
      return polling;
    },
    warmUp: warm,
    writeWaiting: () => storage.writeWaiting(),
    isReady: () => storage.isReady(),
    async close() {
      later.cancel();
      clearTimeout(firstSweep);
      await publishing;
      // A run in progress (sweep, erasure, reminder) finishes before the storage closes under it.
      await background.stop();
      await questions
        .flush()
        .catch((error) => logger.error({ error: describeError(error) }, "question counts lost"));
      await review.flush();
      await requests.close();
      await storage.close();
      await unlock();
    },
  };
}
