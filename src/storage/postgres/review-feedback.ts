import type { DailyFeedback, DailyFeedbackStore } from "../../feedback/index.js";
import type { ReviewStore } from "../../review/index.js";
import { type ReviewItem, reviewItemSchema } from "../../review/item.js";
import type { Database } from "./database.js";

/** Daily answers as one row per day, each answer added in one statement (no lost counts). */
export function pgDailyFeedback(db: Database): DailyFeedbackStore & {
  /** Stores a day's counts unless the day has some (db:import); says whether. */
  importDay(day: string, counts: DailyFeedback): Promise<boolean>;
} {
  return {
    async importDay(day, counts) {
      const { rowCount } = await db.query(
        "INSERT INTO daily_feedback (day, up, down) VALUES ($1, $2, $3) ON CONFLICT (day) DO NOTHING",
        [day, counts.up, counts.down],
      );
      return rowCount === 1;
    },
    async add(day, answer) {
      const up = answer === "up" ? 1 : 0;
      await db.query(
        `INSERT INTO daily_feedback AS d (day, up, down) VALUES ($1, $2, $3)
         ON CONFLICT (day) DO UPDATE SET up = d.up + excluded.up, down = d.down + excluded.down`,
        [day, up, 1 - up],
      );
    },
    async since(day) {
      const { rows } = await db.query<{ up: string; down: string }>(
        "SELECT coalesce(sum(up), 0) AS up, coalesce(sum(down), 0) AS down FROM daily_feedback WHERE day >= $1",
        [day],
      );
      return { up: Number(rows[0]?.up ?? 0), down: Number(rows[0]?.down ?? 0) };
    },
  };
}

/**
 * The review queue as rows. The same words from several instances meet on one unique
 * index, so they are counted on one row; the cap keeps the rows first queued last.
 */
export function pgReviewStore(db: Database): ReviewStore & {
  /** Stores a queued item unless it, or the same words, is there already (db:import). */
  importItem(item: ReviewItem): Promise<boolean>;
} {
  return {
    async importItem(item) {
      const { rowCount } = await db.query(
        `INSERT INTO review_queue (id, at, kind, language, text, times)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [item.id, item.at, item.kind, item.language, item.text, item.times],
      );
      return rowCount === 1;
    },
    async add(item, max) {
      await db.transaction(async (query) => {
        await query(
          `INSERT INTO review_queue AS q (id, at, kind, language, text, times)
           VALUES ($1, $2, $3, $4, $5, 1)
           ON CONFLICT ((lower(text))) DO UPDATE SET times = q.times + 1, at = excluded.at`,
          [item.id, item.at, item.kind, item.language, item.text],
        );
        await query(
          `DELETE FROM review_queue WHERE id IN
             (SELECT id FROM review_queue ORDER BY queued DESC OFFSET $1)`,
          [max],
        );
      });
    },
    async list() {
      const { rows } = await db.query<ReviewItem & { at: string }>(
        "SELECT id, at, kind, language, text, times FROM review_queue ORDER BY queued",
      );
      // A row that does not read as an item (edited by hand) is left out, like the file's.
      return rows.flatMap((row) => {
        const parsed = reviewItemSchema.safeParse({ ...row, at: Number(row.at) });
        return parsed.success ? [parsed.data] : [];
      });
    },
    async remove(id) {
      const { rowCount } = await db.query("DELETE FROM review_queue WHERE id = $1", [id]);
      return rowCount === 1;
    },
    async removeBefore(at) {
      // Infinity (review switched off) forgets everything; bigint has no infinity.
      const { rowCount } = Number.isFinite(at)
        ? await db.query("DELETE FROM review_queue WHERE at < $1", [at])
        : await db.query("DELETE FROM review_queue");
      return rowCount ?? 0;
    },
  };
}
