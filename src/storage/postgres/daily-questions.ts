import type { DailyQuestions, DailyQuestionsStore } from "../../stats/questions.js";
import type { Database } from "./database.js";

/**
 * Daily counts as one row per day. Each instance adds its own counts in one statement, so
 * two instances flushing into the same day never lose each other's.
 */
export function pgDailyQuestions(db: Database): DailyQuestionsStore & {
  /** Stores a day's counts unless the day has some (db:import); says whether. */
  importDay(day: string, counts: DailyQuestions): Promise<boolean>;
} {
  return {
    async add(day, counts) {
      await db.query(
        `INSERT INTO daily_questions AS d (day, total, fallback, intents) VALUES ($1, $2, $3, $4)
         ON CONFLICT (day) DO UPDATE SET
           total = d.total + excluded.total,
           fallback = d.fallback + excluded.fallback,
           intents = (
             SELECT coalesce(jsonb_object_agg(intent, n), '{}'::jsonb)
             FROM (
               SELECT intent, sum(value::integer) AS n
               FROM (SELECT * FROM jsonb_each_text(d.intents)
                     UNION ALL SELECT * FROM jsonb_each_text(excluded.intents)) AS both_sides(intent, value)
               GROUP BY intent
             ) AS summed
           )`,
        [day, counts.total, counts.fallback, JSON.stringify(counts.intents)],
      );
    },
    async importDay(day, counts) {
      const { rowCount } = await db.query(
        `INSERT INTO daily_questions (day, total, fallback, intents) VALUES ($1, $2, $3, $4)
         ON CONFLICT (day) DO NOTHING`,
        [day, counts.total, counts.fallback, JSON.stringify(counts.intents)],
      );
      return rowCount === 1;
    },
    async since(day) {
      const { rows } = await db.query<DailyQuestions & { day: string }>(
        "SELECT day, total, fallback, intents FROM daily_questions WHERE day >= $1 ORDER BY day",
        [day],
      );
      return new Map(rows.map(({ day: key, ...counts }) => [key, counts]));
    },
  };
}
