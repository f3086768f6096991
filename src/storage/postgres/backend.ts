import pg from "pg";
import { PgHandoffStore } from "../../handoff/pg-store.js";
import type { HandoffRequest } from "../../handoff/request.js";
import type { StorageBackend, StorageOptions } from "../backend.js";
import { versionedStateSchema } from "../conversation-store.js";
import { operatorTrailSchema } from "../operator-trail.js";
import { chatProfileSchema } from "../profiles.js";
import { PgChatStateStore } from "./chat-state-store.js";
import { pgDailyQuestions } from "./daily-questions.js";
import { Database } from "./database.js";
import { LOCKS } from "./locks.js";
import { loadMigrations, migrate } from "./migrations.js";
import { pgDailyFeedback, pgReviewStore } from "./review-feedback.js";
import { UpdateGate } from "./update-gate.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Connections for queries, and apart for the per-update locks (see UpdateGate). */
const POOL_SIZE = 8;

export interface PostgresOptions extends StorageOptions {
  readonly databaseUrl: string;
}

export function createPool(databaseUrl: string, max = POOL_SIZE): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  // An idle connection dropped by the server must not crash the process; the next query
  // opens a new one, and /healthz reports the database meanwhile.
  pool.on("error", () => {});
  return pool;
}

/** Every request, read-only and without migrating: for exports beside running instances. */
export async function readRequests(databaseUrl: string): Promise<HandoffRequest[]> {
  const pool = createPool(databaseUrl, 1);
  try {
    return await new PgHandoffStore(new Database(pool)).list();
  } finally {
    await pool.end();
  }
}

/**
 * PostgreSQL storage: migrates the schema at start (or stops on a schema newer than this
 * release), then serves every store from the database. Nothing is loaded into memory.
 */
export async function openPostgresStorage(options: PostgresOptions): Promise<StorageBackend> {
  const { now, onCorrupt } = options;
  const pool = createPool(options.databaseUrl);
  const lockPool = createPool(options.databaseUrl);
  try {
    await migrate(pool, await loadMigrations());
  } catch (error) {
    await Promise.all([pool.end(), lockPool.end()]);
    throw error;
  }
  const db = new Database(pool);
  const gate = new UpdateGate(lockPool, db, now);
  let closing: Promise<unknown> | undefined;
  return {
    kind: "postgres",
    requests: new PgHandoffStore(db, { now }),
    profiles: new PgChatStateStore(db, "profile", chatProfileSchema, now, onCorrupt),
    conversations: new PgChatStateStore(db, "conversation", versionedStateSchema, now, onCorrupt),
    operatorMessages: new PgChatStateStore(db, "operator-message", operatorTrailSchema, now),
    questions: pgDailyQuestions(db),
    feedback: pgDailyFeedback(db),
    review: pgReviewStore(db),
    async handleUpdate(updateId, chatId, handle) {
      await gate.run(updateId, chatId, handle);
    },
    afterUpdate: (task) => db.afterUpdate(task),
    async sweep(task) {
      // A session lock on one connection, tried not waited for: the instance holding it is
      // sweeping, and the next hour's turn may fall to any instance.
      const client = await pool.connect();
      try {
        const { rows } = await client.query<{ locked: boolean }>(
          "SELECT pg_try_advisory_lock($1, $2) AS locked",
          [...LOCKS.retention],
        );
        if (!rows[0]?.locked) return;
        try {
          await task();
          await gate.forgetOlderThan(DAY_MS);
        } finally {
          await client.query("SELECT pg_advisory_unlock($1, $2)", [...LOCKS.retention]);
        }
      } finally {
        client.release();
      }
    },
    // The database sets nothing aside: an unreadable row reads as empty and is overwritten.
    forgetSetAside: async () => {},
    // Every write reaches the database at once.
    writeWaiting: async () => {},
    async isReady() {
      try {
        await pool.query("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      closing ??= Promise.all([pool.end(), lockPool.end()]);
      await closing;
    },
  };
}
