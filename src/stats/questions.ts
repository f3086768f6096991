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

const empty = (): DailyQuestions => ({ total: 0, fallback: 0, intents: {} });

export function add(into: DailyQuestions, more: DailyQuestions): void {
  into.total += more.total;
  into.fallback += more.fallback;
  for (const [intent, n] of Object.entries(more.intents))
    into.intents[intent] = (into.intents[intent] ?? 0) + n;
}

/** Where the daily counts are kept. */
export interface DailyQuestionsStore {
  /** Adds counts to a day's; atomic where several instances share the store. */
  add(day: string, counts: DailyQuestions): Promise<void>;
  /** The counts of every day from `day` (inclusive), by day in order. */
  since(day: string): Promise<Map<string, DailyQuestions>>;
}

/** Daily counts as one entry per day in a key-value store, for a single process. */
export function keyValueDailyQuestions(store: KeyValueStore<DailyQuestions>): DailyQuestionsStore {
  return {
    async add(day, counts) {
      const sum = (await store.get(day)) ?? empty();
      add(sum, counts);
      await store.set(day, sum);
    },
    async since(from) {
      const days = new Map<string, DailyQuestions>();
      for (const key of (await store.keys()).sort()) {
        const day = key >= from ? await store.get(key) : undefined;
        if (day) days.set(key, day);
      }
      return days;
    },
  };
}

/**
 * Counts are kept in memory and added to the day's stored counts at most every `flushMs`: every
 * classified message counting through a file write would put all chats in one queue.
 */
export class QuestionStats {
  private pending = new Map<string, DailyQuestions>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DailyQuestionsStore,
    private readonly now: () => number = Date.now,
    private readonly flushMs = 5000,
    /** Told when counts could not be written; they stay in memory for the next flush. */
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  record(intent: string | null): void {
    this.keep(dayKey(this.now()), {
      total: 1,
      fallback: intent === null ? 1 : 0,
      intents: intent === null ? {} : { [intent]: 1 },
    });
  }

  private keep(key: string, counts: DailyQuestions): void {
    const day = this.pending.get(key) ?? empty();
    add(day, counts);
    this.pending.set(key, day);
    if (this.timer === undefined) {
      this.timer = setTimeout(() => void this.flush().catch(this.onError), this.flushMs);
      this.timer.unref();
    }
  }

  /** Adds the counts held in memory to the store; one flush at a time, in order. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    const write = this.writing.then(async () => {
      for (const [key, counts] of batch) {
        try {
          await this.store.add(key, counts);
          batch.delete(key);
        } catch (error) {
          // Kept for the next flush (a full disk or a database restarting): not lost, nor doubled.
          for (const [left, more] of batch) this.keep(left, more);
          throw error;
        }
      }
    });
    this.writing = write.catch(() => {});
    return write;
  }

  /**
   * Each day from `since` (inclusive) with its counts, by day key (YYYY-MM-DD); counts a failed
   * flush kept in memory included.
   */
  async byDay(since: number): Promise<Map<string, DailyQuestions>> {
    await this.flush().catch(this.onError);
    const from = dayKey(since);
    const days = await this.store.since(from);
    for (const [key, pending] of this.pending) {
      if (key < from) continue;
      // A fresh sum: the stored day may be the store's cached object.
      const day = empty();
      const stored = days.get(key);
      if (stored) add(day, stored);
      add(day, pending);
      days.set(key, day);
    }
    return days;
  }

  /** Sums the days from `since` (inclusive) to now, counts not yet flushed included. */
  async since(since: number): Promise<DailyQuestions> {
    const sum = empty();
    for (const day of (await this.byDay(since)).values()) add(sum, day);
    return sum;
  }
}
