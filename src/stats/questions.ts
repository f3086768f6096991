import { z } from "zod";
import type { KeyValueStore } from "../storage/json-directory-store.js";

/** Anonymous daily counts of what citizens ask: no text, no chat, just the need understood. */
export const dailyQuestionsSchema = z.strictObject({
  total: z.number().int().min(0),
  /** Messages the bot could not match to a need (out of scope or unsure). */
  fallback: z.number().int().min(0),
  intents: z.record(z.string(), z.number().int().min(0)),
});
export type DailyQuestions = z.infer<typeof dailyQuestionsSchema>;

export const dayKey = (time: number) => new Date(time).toISOString().slice(0, 10);

export class QuestionStats {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore<DailyQuestions>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one classified message; writes are serialised so no count is lost. */
  record(intent: string | null): Promise<void> {
    const task = this.queue.then(async () => {
      const key = dayKey(this.now());
      const day = (await this.store.get(key)) ?? { total: 0, fallback: 0, intents: {} };
      day.total += 1;
      if (intent === null) day.fallback += 1;
      else day.intents[intent] = (day.intents[intent] ?? 0) + 1;
      await this.store.set(key, day);
    });
    this.queue = task.catch(() => {});
    return task;
  }

  /** Sums the days from `since` (inclusive) to now. */
  async since(since: number): Promise<DailyQuestions> {
    const from = dayKey(since);
    const sum: DailyQuestions = { total: 0, fallback: 0, intents: {} };
    for (const key of await this.store.keys()) {
      if (key < from) continue;
      const day = await this.store.get(key);
      if (!day) continue;
      sum.total += day.total;
      sum.fallback += day.fallback;
      for (const [intent, n] of Object.entries(day.intents))
        sum.intents[intent] = (sum.intents[intent] ?? 0) + n;
    }
    return sum;
  }
}
