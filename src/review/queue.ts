import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import type { Locale } from "../config/locales.js";
import { guessLanguage } from "./language.js";
import { redact } from "./redact.js";

/** Where the bot failed to understand a citizen. */
export const MISUNDERSTOOD_KINDS = ["out-of-scope", "unsure", "place", "reply"] as const;
export type MisunderstoodKind = (typeof MISUNDERSTOOD_KINDS)[number];

/** Who wrote a message the bot did not understand: only to redact it and pick its language. */
export interface Sender {
  /** The language the citizen reads, used when the text's own language is unclear. */
  readonly locale: Locale;
  /** Their Telegram names, replaced in the text; never stored. */
  readonly names: readonly (string | undefined)[];
}

/** The dialogues' one way to report a failure to understand; fire and forget. */
export type RecordMisunderstood = (kind: MisunderstoodKind, text: string, sender: Sender) => void;

/** A queued message: redacted words, no chat or user id. */
export const reviewItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{8}$/),
  at: z.number(),
  kind: z.enum(MISUNDERSTOOD_KINDS),
  language: z.enum(["it", "en"]),
  text: z.string().min(1),
  /** How many times the same words came back while queued. */
  times: z.number().int().min(1),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

const fileSchema = z.strictObject({ items: z.array(reviewItemSchema) });

/** Enough for a sentence or two; a long story is reviewed by its start, where the need is. */
export const MAX_REVIEW_TEXT = 500;
/** The oldest items go first beyond this: the queue is for review, not an archive. */
const MAX_ITEMS = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewQueueOptions {
  /** REVIEW_RETENTION_DAYS; 0 keeps nothing. */
  readonly retentionDays: number;
  readonly now?: () => number;
}

/**
 * The messages the bot did not understand, waiting for an admin, in one small JSON file
 * (0600) rewritten atomically. Everything is redacted before it reaches memory or disk.
 * Every change re-reads the file, so `npm run review -- --import` beside a running bot
 * is not overwritten by a stale copy.
 */
export class ReviewQueue {
  private writing: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;

  constructor(
    private readonly file: string,
    private readonly options: ReviewQueueOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /** REVIEW_RETENTION_DAYS, for /privacy. */
  get retentionDays(): number {
    return this.options.retentionDays;
  }

  get enabled(): boolean {
    return this.options.retentionDays > 0;
  }

  private async read(): Promise<ReviewItem[]> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.file, "utf8")));
      if (parsed.success) return parsed.data.items;
    } catch {
      // Missing (nothing queued yet) or unreadable: an empty queue loses nothing personal.
    }
    return [];
  }

  private async write(items: readonly ReviewItem[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, JSON.stringify({ items }), { mode: 0o600 });
    await chmod(temporary, 0o600);
    await rename(temporary, this.file);
  }

  /** Runs one read-modify-write after the others; `change` returns the items to keep. */
  private change<T>(change: (items: ReviewItem[]) => { items?: ReviewItem[]; result: T }) {
    const next = this.writing.then(async () => {
      const outcome = change(await this.read());
      if (outcome.items) await this.write(outcome.items);
      return outcome.result;
    });
    this.writing = next.catch(() => {});
    return next;
  }

  /** Queues a message, redacted; the same words again only count once more. */
  async add(kind: MisunderstoodKind, message: string, sender: Sender): Promise<void> {
    if (!this.enabled) return;
    const names = sender.names.filter((n): n is string => typeof n === "string");
    const text = redact(message.trim().slice(0, MAX_REVIEW_TEXT), names).trim();
    if (text === "") return;
    await this.change((items) => {
      const same = items.find((item) => item.text.toLowerCase() === text.toLowerCase());
      if (same) {
        same.times += 1;
        same.at = this.now();
      } else {
        items.push({
          id: randomBytes(4).toString("hex"),
          at: this.now(),
          kind,
          language: guessLanguage(text, sender.locale === "en" ? "en" : "it"),
          text,
          times: 1,
        });
      }
      return { items: items.slice(-MAX_ITEMS), result: undefined };
    });
  }

  async list(): Promise<readonly ReviewItem[]> {
    await this.writing;
    return this.read();
  }

  async get(id: string): Promise<ReviewItem | undefined> {
    return (await this.list()).find((item) => item.id === id);
  }

  /** Takes an item off the queue; false when it was no longer there. */
  remove(id: string): Promise<boolean> {
    return this.change((items) => {
      const kept = items.filter((item) => item.id !== id);
      return kept.length === items.length ? { result: false } : { items: kept, result: true };
    });
  }

  /** Forgets what is older than the retention period; everything when review is off. */
  applyRetention(): Promise<number> {
    const limit = this.now() - this.options.retentionDays * DAY_MS;
    return this.change((items) => {
      const kept = this.enabled ? items.filter((item) => item.at >= limit) : [];
      const dropped = items.length - kept.length;
      return dropped > 0 ? { items: kept, result: dropped } : { result: 0 };
    });
  }

  /** Queued messages by kind, for /stats. */
  async countsByKind(): Promise<Record<MisunderstoodKind, number>> {
    const counts = Object.fromEntries(MISUNDERSTOOD_KINDS.map((k) => [k, 0])) as Record<
      MisunderstoodKind,
      number
    >;
    for (const item of await this.list()) counts[item.kind] += item.times;
    return counts;
  }

  async flush(): Promise<void> {
    await this.writing;
  }
}
