import { z } from "zod";
import { dayKey } from "../stats/questions.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";

/** Anonymous daily counts of "was it useful?": no request, no chat, just the answer. */
export const dailyFeedbackSchema = z.strictObject({
  up: z.number().int().min(0),
  down: z.number().int().min(0),
});
export type DailyFeedback = z.infer<typeof dailyFeedbackSchema>;

export type FeedbackAnswer = "up" | "down";

/** Where the daily answers are counted: files, or PostgreSQL shared by several instances. */
export interface DailyFeedbackStore {
  /** Counts one answer on `day` (YYYY-MM-DD). */
  add(day: string, answer: FeedbackAnswer): Promise<void>;
  /** The answers summed from `day` on. */
  since(day: string): Promise<DailyFeedback>;
}

/** One small file per day; FeedbackStats runs the read-modify-writes one at a time. */
export function keyValueDailyFeedback(store: KeyValueStore<DailyFeedback>): DailyFeedbackStore {
  return {
    async add(key, answer) {
      const day = (await store.get(key)) ?? { up: 0, down: 0 };
      day[answer] += 1;
      await store.set(key, day);
    },
    async since(from) {
      const sum = { up: 0, down: 0 };
      for (const key of await store.keys()) {
        const day = key >= from ? await store.get(key) : undefined;
        if (day) {
          sum.up += day.up;
          sum.down += day.down;
        }
      }
      return sum;
    },
  };
}

export class FeedbackStats {
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DailyFeedbackStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one answer on today's counts; answers are rare, so each is written at once. */
  record(answer: FeedbackAnswer): Promise<void> {
    const key = dayKey(this.now());
    this.writing = this.writing.then(() => this.store.add(key, answer));
    return this.writing;
  }

  async since(since: number): Promise<DailyFeedback> {
    await this.writing;
    return this.store.since(dayKey(since));
  }
}
