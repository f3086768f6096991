import { join } from "node:path";
import { type RunnerHandle, type RunOptions, run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { BotContext } from "./bot/context.js";
import { createBot, publishCommands } from "./bot/create-bot.js";
import { erasureFollower, recordOperatorTrail, telegramNotifier } from "./bot/operators.js";
import { telegramClaimReminder } from "./bot/reminders.js";
import { replayUnfinished } from "./bot/resilience.js";
import type { Texts } from "./bot/texts.js";
import type { Catalogue } from "./catalogue/load.js";
import { PROJECT_ROOT } from "./config/paths.js";
import { FeedbackStats } from "./feedback/index.js";
import { Outbox } from "./handoff/outbox.js";
import { claimReminders } from "./handoff/reminders.js";
import {
  type HandoffRepository,
  watchedRepository,
  withoutRepeatedCreates,
} from "./handoff/repository.js";
import { applyRetention } from "./handoff/retention.js";
import { loadWorkingHours, nextOpening } from "./handoff/working-hours.js";
import type { KnowledgeHolder } from "./knowledge/index.js";
import { withCachedPhrases } from "./language/cached-phrases.js";
import { loadReplyReader } from "./language/replies.js";
import type { Logger } from "./logging/index.js";
import { describeError } from "./logging/index.js";
import { ReviewQueue } from "./review/index.js";
import { compactAfterLoading } from "./runtime/heap.js";
import { periodic } from "./runtime/periodic.js";
import { loadContent, openData, StartupError } from "./runtime/start-up.js";
import { DANGER_INTENT, type DangerDetector, loadDangerDetector } from "./safety/danger.js";
import { loadDangerModel } from "./safety/danger-model.js";
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
  /** Starts the background work: notification delivery and the retention sweep. */
  startBackground(): void;
  /** The bot's identity (getMe, unless known), the command menu, then the background work. */
  start(): Promise<void>;
  /** Everything npm start does after loading: start(), then long polling with the runner. */
  launch(options?: RunOptions<Update>): Promise<RunnerHandle>;
  /** Writes what the storage keeps in memory to write a few seconds later (see lazy). */
  writeWaiting(): Promise<void>;
  /** Whether the storage answers (GET /healthz in webhook mode). */
  isReady(): Promise<boolean>;
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
const ERASURE_FOLLOW_MS = 2000;
/** Start-up to the work left for after the first answer, when no update comes before. */
const LATER_AFTER_MS = 2000;
/**
 * The first retention sweep, this long after the first answer: it writes what write-behind
 * holds (deleteOlderThan flushes first), so right after the first answer it cost the first
 * citizens a profile write each that their next message would have saved.
 */
const FIRST_SWEEP_AFTER_MS = 60_000;
const REMINDER_SWEEP_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The runner's stop() only stops fetching: updates already taken may still be running (a
 * /stats loading its chart). This resolves once every update handled so far has finished,
 * so that close() does not pull the storage from under them.
 */
function trackHandling(bot: Bot<BotContext>): () => Promise<void> {
  const handling = new Set<Promise<void>>();
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookReply) => {
    const done = handle(update, webhookReply);
    handling.add(done);
    const forget = () => handling.delete(done);
    done.then(forget, forget);
    return done;
  };
  return async () => {
    await Promise.allSettled([...handling]);
  };
}

/** The danger reader: the cues in locales/ (compiled once, then kept between runs) and the model. */
async function dangerDetector(root: string, catalogue: Catalogue): Promise<DangerDetector> {
  const model = await loadDangerModel(join(root, "data", "nlu"), catalogue, DANGER_INTENT);
  return withCachedPhrases("danger-phrases", (compile) =>
    loadDangerDetector(join(root, "locales"), model, compile),
  );
}

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
  const locales = join(root, "locales");
  const recentTexts = new RecentTexts();
  // One reader for the bot and the classifier: its phrases are compiled once, and kept
  // between runs.
  const readReply = await withCachedPhrases("reply-phrases", (compile) =>
    loadReplyReader(locales, recentTexts, compile),
  );
  let content: Awaited<ReturnType<typeof loadContent>>;
  try {
    content = await loadContent(root, readReply);
  } catch (error) {
    await opening.then(
      ({ close }) => close(),
      () => {},
    );
    throw error;
  }
  const { sources, loaded, knowledge, texts } = content;
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
  const bot = createBot({
    token: options.token,
    ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
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
    readReply,
    recentTexts,
    detectDanger: options.detectDanger ?? (await dangerDetector(root, loaded.knowledge.catalogue)),
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

  // Minimum storage: closed requests lose their personal fields after the retention period,
  // a citizen silent that long is forgotten, and an unfinished dialogue (which may hold a
  // name or phone typed before confirming) is dropped after a day.
  const retention = async () => {
    try {
      // On one instance at a time when several share a database.
      await storage.sweep(async () => {
        await applyRetention(requests, retentionDays, now());
        await storage.profiles.deleteOlderThan(retentionDays * DAY_MS, now());
        await conversations.deleteOlderThan(DAY_MS, now());
        // What was set aside as unreadable may hold the same personal data: gone after a day.
        await storage.forgetSetAside(DAY_MS, now());
      });
      await review.applyRetention();
    } catch (error) {
      logger.error({ error: describeError(error) }, "retention sweep failed");
    }
  };
  const background = {
    retention: periodic(retention, RETENTION_SWEEP_MS),
    erasures: periodic(followErasures, ERASURE_FOLLOW_MS),
    reminders: periodic(remindClaims, REMINDER_SWEEP_MS),
  };
  const startBackground = (sweepNow = true) => {
    delivery.start();
    background.retention.start({ now: sweepNow });
    background.erasures.start();
    background.reminders.start();
  };
  // The command menu, one call per language: not needed to answer, so published while the
  // bot already answers (on Telegram each call is a round trip). Non-essential: a failure is
  // logged and start-up goes on (see nonEssentialCalls).
  let publishing: Promise<void> = Promise.resolve();
  // What start-up can leave for later waits until the first update has been answered, or a
  // moment after start if none comes: the first answer does not wait for it.
  let later: NodeJS.Timeout | undefined;
  let firstSweep: NodeJS.Timeout | undefined;
  const afterFirstAnswer = () => {
    if (later === undefined) return;
    clearTimeout(later);
    later = undefined;
    // The first retention sweep reads the index of every chat and request.
    firstSweep = setTimeout(() => background.retention.runNow(), FIRST_SWEEP_AFTER_MS).unref();
    // Loading's garbage back to the system (see compactAfterLoading), here rather than before
    // the first answer.
    compactAfterLoading();
  };
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = (update, webhookReply) => {
    const done = handle(update, webhookReply);
    if (later !== undefined) {
      const next = () => setImmediate(afterFirstAnswer);
      done.then(next, next);
    }
    return done;
  };
  const start = async () => {
    await bot.init();
    publishing = publishCommands(bot.api, texts).catch((error: unknown) =>
      logger.warn({ error: describeError(error) }, "command menu not published"),
    );
    startBackground(false);
    later = setTimeout(afterFirstAnswer, LATER_AFTER_MS).unref();
  };
  return {
    bot,
    knowledge,
    texts,
    requests,
    outbox: delivery,
    recentTexts,
    remindClaims,
    startBackground,
    start,
    async launch(runOptions) {
      await start();
      await replayUnfinished(bot, journal, logger);
      // getUpdates is retried every second while the network is down (the runner's default
      // doubles the pause without limit), quietly: its own log lines could show the token.
      const drained = trackHandling(bot);
      const runner = run(bot, {
        ...runOptions,
        runner: { retryInterval: 1000, silent: true, ...runOptions?.runner },
        sink: { concurrency: MAX_CONCURRENT_UPDATES, ...runOptions?.sink },
      });
      return {
        ...runner,
        async stop() {
          await runner.stop();
          await drained();
        },
      };
    },
    writeWaiting: () => storage.writeWaiting(),
    isReady: () => storage.isReady(),
    async close() {
      clearTimeout(later);
      later = undefined;
      clearTimeout(firstSweep);
      // A run in progress (sweep, erasure, reminder) finishes before the storage closes under it.
      await Promise.all(Object.values(background).map((task) => task.stop()));
      await publishing;
      await delivery.stop();
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
