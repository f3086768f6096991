import { join } from "node:path";
import type { z } from "zod";
import { dailyFeedbackSchema } from "../../feedback/index.js";
import { readHandoffLog } from "../../handoff/log-store.js";
import { PgHandoffStore } from "../../handoff/pg-store.js";
import { FileReviewStore } from "../../review/index.js";
import { dailyQuestionsSchema } from "../../stats/questions.js";
import { versionedStateSchema } from "../conversation-store.js";
import { JsonDirectoryStore } from "../json-directory-store.js";
import { chatProfileSchema } from "../profiles.js";
import { createPool } from "./backend.js";
import { PgChatStateStore } from "./chat-state-store.js";
import { pgDailyQuestions } from "./daily-questions.js";
import { Database } from "./database.js";
import { loadMigrations, migrate } from "./migrations.js";
import { pgDailyFeedback, pgReviewStore } from "./review-feedback.js";

export interface ImportCount {
  /** Copied now. */
  readonly copied: number;
  /** Already in the database (an earlier import, or the bot since): left as they are. */
  readonly present: number;
}

export interface ImportReport {
  readonly requests: ImportCount;
  readonly profiles: ImportCount;
  readonly conversations: ImportCount;
  readonly questionDays: ImportCount;
  readonly feedbackDays: ImportCount;
  readonly reviewItems: ImportCount;
}

async function tally<T>(items: Iterable<T>, copy: (item: T) => Promise<boolean>) {
  let copied = 0;
  let present = 0;
  for (const item of items) {
    if (await copy(item)) copied++;
    else present++;
  }
  return { copied, present };
}

/** Every entry of a folder of per-key files, with the time it was written. */
async function entriesOf<S extends z.ZodType>(directory: string, schema: S, log = false) {
  const store = new JsonDirectoryStore(directory, schema, undefined, undefined, { log });
  const entries: Array<{ key: string; value: z.infer<S>; writtenAt: number }> = [];
  for (const key of await store.keys()) {
    const value = await store.get(key);
    const writtenAt = await store.modifiedAt(key);
    if (value !== undefined && writtenAt !== undefined)
      entries.push({ key, value, writtenAt: Math.round(writtenAt) });
  }
  return entries;
}

/**
 * Copies what the embedded default keeps under `dataDir` into PostgreSQL: requests (with
 * their references, times and notification state), chat profiles, unfinished conversations
 * the daily question and feedback counts, and the review queue. Idempotent: whatever the database already has is kept, so
 * running it again copies nothing twice and never overwrites what the bot wrote since.
 * The files are only read.
 */
export async function importDataDir(dataDir: string, databaseUrl: string): Promise<ImportReport> {
  const pool = createPool(databaseUrl, 2);
  try {
    await migrate(pool, await loadMigrations());
    const db = new Database(pool);
    const requests = new PgHandoffStore(db);
    const log = await readHandoffLog(join(dataDir, "handoffs", "requests.jsonl")).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return [];
        throw error;
      },
    );
    // The files' times carry over, so retention counts from the citizen's last message.
    const profiles = new PgChatStateStore(db, "profile", chatProfileSchema);
    const conversations = new PgChatStateStore(db, "conversation", versionedStateSchema);
    const questions = pgDailyQuestions(db);
    const feedback = pgDailyFeedback(db);
    const review = pgReviewStore(db);
    return {
      requests: await tally(log, (request) => requests.importRequest(request)),
      profiles: await tally(
        await entriesOf(join(dataDir, "profiles"), chatProfileSchema, true),
        ({ key, value, writtenAt }) => profiles.importEntry(key, value, writtenAt),
      ),
      conversations: await tally(
        await entriesOf(join(dataDir, "conversations"), versionedStateSchema),
        ({ key, value, writtenAt }) => conversations.importEntry(key, value, writtenAt),
      ),
      questionDays: await tally(
        await entriesOf(join(dataDir, "stats"), dailyQuestionsSchema),
        ({ key, value }) => questions.importDay(key, value),
      ),
      feedbackDays: await tally(
        await entriesOf(join(dataDir, "feedback"), dailyFeedbackSchema),
        ({ key, value }) => feedback.importDay(key, value),
      ),
      // Already redacted in the file; retention still counts from each item's own time.
      reviewItems: await tally(
        await new FileReviewStore(join(dataDir, "review", "queue.json")).list(),
        (item) => review.importItem(item),
      ),
    };
  } finally {
    await pool.end();
  }
}
