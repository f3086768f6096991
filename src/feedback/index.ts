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

export class FeedbackStats {
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore<DailyFeedback>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one answer on today's file; answers are rare, so each is written at once. */
  record(answer: FeedbackAnswer): Promise<void> {
    const key = dayKey(this.now());
    this.writing = this.writing.then(async () => {
      const day = (await this.store.get(key)) ?? { up: 0, down: 0 };
      day[answer] += 1;
      await this.store.set(key, day);
    });
    return this.writing;
  }

  async since(since: number): Promise<DailyFeedback> {
    await this.writing;
    const from = dayKey(since);
    const sum = { up: 0, down: 0 };
    for (const key of await this.store.keys()) {
      const day = key >= from ? await this.store.get(key) : undefined;
      if (day) {
        sum.up += day.up;
        sum.down += day.down;
      }
    }
    return sum;
  }
}
