import { join } from "node:path";
import type { z } from "zod";
import {
  type DailyFeedbackStore,
  dailyFeedbackSchema,
  keyValueDailyFeedback,
} from "../feedback/index.js";
import { LogHandoffStore, type LogStoreOptions } from "../handoff/log-store.js";
import type { HandoffRepository } from "../handoff/repository.js";
import { FileReviewStore, type ReviewStore } from "../review/index.js";
import {
  type DailyQuestionsStore,
  dailyQuestionsSchema,
  keyValueDailyQuestions,
} from "../stats/questions.js";
import { type AgingStore, versionedStateSchema } from "./conversation-store.js";
import { type Disk, realDisk } from "./disk.js";
import {
  type CorruptFileHandler,
  JsonDirectoryStore,
  type KeyValueStore,
} from "./json-directory-store.js";
import { type OperatorTrailEntry, operatorTrailSchema } from "./operator-trail.js";
import { type ChatProfile, chatProfileSchema, isPromisedChange } from "./profiles.js";

type StoredConversation = z.infer<typeof versionedStateSchema>;

/**
 * How long a profile's change may wait in memory: a citizen's reply to the area question
 * usually comes within it, and the question and its answer then make one write instead of
 * two, each a new file and a rename (about a tenth of the bot's CPU per update). A kill -9
 * loses at most this much of them: the area or the question waiting is asked again.
 */
const PROFILE_WRITE_BEHIND_MS = 5000;

/**
 * Everything the bot keeps, from one place: the embedded files under DATA_DIR, or
 * PostgreSQL when DATABASE_URL is set (several instances can then share it).
 */
export interface StorageBackend {
  readonly kind: "files" | "postgres";
  readonly requests: HandoffRepository;
  readonly profiles: AgingStore<ChatProfile>;
  /** The conversations plugin's state per chat (see conversationStore). */
  readonly conversations: AgingStore<StoredConversation>;
  readonly questions: DailyQuestionsStore;
  /** Anonymous "was it useful?" answers per day. */
  readonly feedback: DailyFeedbackStore;
  /** Misunderstood messages, redacted, waiting for an admin (see ReviewQueue). */
  readonly review: ReviewStore;
  /** Which operators' messages hold each request's personal data (see OperatorTrail). */
  readonly operatorMessages: KeyValueStore<OperatorTrailEntry>;
  /**
   * Runs one update's handling: at most once per update id, one at a time per chat across
   * instances. The files need neither (one process, which the runner already serialises);
   * they write the chat's changed profile and dialogue once the handling ends.
   */
  handleUpdate(
    updateId: number,
    chatId: number | undefined,
    handle: () => Promise<void>,
  ): Promise<void>;
  /** Runs `task` once the update being handled is committed (at once for the files). */
  afterUpdate(task: () => void): void;
  /**
   * Runs the retention sweep `task` unless another instance is running it now, and forgets
   * the store's own bookkeeping once past use.
   */
  sweep(task: () => Promise<void>): Promise<void>;
  /** Deletes what was set aside as unreadable longer ago than `ageMs` (files only). */
  forgetSetAside(ageMs: number, now: number): Promise<void>;
  /** Writes now what waits in memory to be written later (write-behind), as close() does. */
  writeWaiting(): Promise<void>;
  /** Whether the store answers now (for GET /healthz). */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StorageOptions {
  readonly dataDir: string;
  /** postgres://…; without it, the files under dataDir. */
  readonly databaseUrl?: string;
  readonly now: () => number;
  readonly onCorrupt: CorruptFileHandler;
  /** File writes; tests pass one that fails like a full or read-only disk. */
  readonly disk?: Disk;
  readonly onTornTail?: LogStoreOptions["onTornTail"];
}

export async function openStorage(options: StorageOptions): Promise<StorageBackend> {
  if (options.databaseUrl !== undefined) {
    // Loaded only when asked for: the embedded default never touches pg.
    const { openPostgresStorage } = await import("./postgres/backend.js");
    return openPostgresStorage({ ...options, databaseUrl: options.databaseUrl });
  }
  return openFileStorage(options);
}

async function openFileStorage(options: StorageOptions): Promise<StorageBackend> {
  const { dataDir, now, onCorrupt } = options;
  const disk = options.disk ?? realDisk;
  const folder = (name: string) => join(dataDir, name);
  // A damaged request log stops start-up here (HandoffStoreCorruptError), untouched; only an
  // incomplete last write (never acknowledged) is set aside.
  const requests = await LogHandoffStore.open(join(folder("handoffs"), "requests.jsonl"), {
    now,
    disk,
    ...(options.onTornTail ? { onTornTail: options.onTornTail } : {}),
  });
  // A chat's dialogue is written once at the end of each of its updates, and only when
  // changed (see writeBehind); its profile too when the change was promised (the language
  // chosen), else within PROFILE_WRITE_BEHIND_MS with the changes that follow (see lazy);
  // as lines of one log, not a file created per new chat (see LogFolder).
  const profiles = new JsonDirectoryStore(folder("profiles"), chatProfileSchema, onCorrupt, disk, {
    writeBehind: true,
    lazy: { ms: PROFILE_WRITE_BEHIND_MS, urgent: isPromisedChange },
    sharedReads: true,
    log: true,
  });
  const conversations = new JsonDirectoryStore(
    folder("conversations"),
    versionedStateSchema,
    onCorrupt,
    disk,
    { forgetWhenDeleted: false, writeBehind: true },
  );
  // Every update reads both: their folders are listed while the rest of the bot loads.
  profiles.listEarly();
  conversations.listEarly();
  /** Before the update leaves the journal: what it changed that must not wait is on disk. */
  const flushChat = async (chatId: number | undefined) => {
    if (chatId === undefined) return;
    const key = String(chatId);
    await Promise.all([profiles.flush(key), conversations.flush(key)]);
  };
  const writeWaiting = async () => {
    await Promise.all([profiles.flushAll(), conversations.flushAll()]);
  };
  let closing: Promise<void> | undefined;
  return {
    kind: "files",
    requests,
    profiles,
    conversations,
    questions: keyValueDailyQuestions(
      new JsonDirectoryStore(folder("stats"), dailyQuestionsSchema, onCorrupt, disk),
    ),
    feedback: keyValueDailyFeedback(
      new JsonDirectoryStore(folder("feedback"), dailyFeedbackSchema, onCorrupt, disk),
    ),
    review: new FileReviewStore(join(folder("review"), "queue.json")),
    operatorMessages: new JsonDirectoryStore(
      folder("operator-messages"),
      operatorTrailSchema,
      onCorrupt,
      disk,
    ),
    handleUpdate: async (_updateId, chatId, handle) => {
      try {
        await handle();
      } finally {
        await flushChat(chatId);
      }
    },
    afterUpdate: (task) => task(),
    sweep: (task) => task(),
    async forgetSetAside(ageMs, at) {
      // Files set aside as unreadable may hold the same personal data.
      await profiles.deleteAsideOlderThan(ageMs, at);
      await conversations.deleteAsideOlderThan(ageMs, at);
    },
    writeWaiting,
    isReady: async () => true,
    close: () => {
      closing ??= writeWaiting().then(
        () => requests.close(),
        async (error) => {
          await requests.close();
          throw error;
        },
      );
      return closing;
    },
  };
}
