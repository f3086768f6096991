import { join } from "node:path";
import { LogHandoffStore } from "../handoff/log-store.js";
import type { HandoffRepository } from "../handoff/repository.js";
import {
  type DailyQuestionsStore,
  dailyQuestionsSchema,
  keyValueDailyQuestions,
} from "../stats/questions.js";
import {
  type AgingStore,
  type ConversationStore,
  conversationStore,
  versionedStateSchema,
} from "./conversation-store.js";
import { type CorruptFileHandler, JsonDirectoryStore } from "./json-directory-store.js";
import { type ChatProfile, chatProfileSchema } from "./profiles.js";

/**
 * Everything the bot keeps, from one place: the embedded files under DATA_DIR, or
 * PostgreSQL when DATABASE_URL is set (several instances can then share it).
 */
export interface StorageBackend {
  readonly kind: "files" | "postgres";
  readonly requests: HandoffRepository;
  readonly profiles: AgingStore<ChatProfile>;
  readonly conversations: ConversationStore;
  readonly questions: DailyQuestionsStore;
  /**
   * Runs one update's handling: at most once per update id, one at a time per chat across
   * instances. The files need neither (one process, which the runner already serialises).
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
}

export async function openStorage(options: StorageOptions): Promise<StorageBackend> {
  if (options.databaseUrl !== undefined) {
    // Loaded only when asked for: the embedded default never touches pg.
    const { openPostgresStorage } = await import("./postgres/backend.js");
    return openPostgresStorage({ ...options, databaseUrl: options.databaseUrl });
  }
  return openFileStorage(options);
}

async function openFileStorage({
  dataDir,
  now,
  onCorrupt,
}: StorageOptions): Promise<StorageBackend> {
  // A damaged request log stops start-up here (HandoffStoreCorruptError), untouched.
  const requests = await LogHandoffStore.open(join(dataDir, "handoffs", "requests.jsonl"), { now });
  let closing: Promise<void> | undefined;
  return {
    kind: "files",
    requests,
    profiles: new JsonDirectoryStore(join(dataDir, "profiles"), chatProfileSchema, onCorrupt),
    conversations: conversationStore(
      new JsonDirectoryStore(join(dataDir, "conversations"), versionedStateSchema, onCorrupt),
    ),
    questions: keyValueDailyQuestions(
      new JsonDirectoryStore(join(dataDir, "stats"), dailyQuestionsSchema, onCorrupt),
    ),
    handleUpdate: (_updateId, _chatId, handle) => handle(),
    afterUpdate: (task) => task(),
    sweep: (task) => task(),
    isReady: async () => true,
    close: () => {
      closing ??= requests.close();
      return closing;
    },
  };
}
