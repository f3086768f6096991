import { createHash, randomBytes } from "node:crypto";
import type { Locale } from "../config/locales.js";
import { MISUNDERSTOOD_KINDS, type MisunderstoodKind, type ReviewItem } from "./item.js";
import { guessLanguage } from "./language.js";
import { type PlaceReader, redact } from "./redact.js";
import type { ReviewStore } from "./store.js";

export {
  MISUNDERSTOOD_KINDS,
  type MisunderstoodKind,
  type ReviewItem,
  reviewItemSchema,
} from "./item.js";

/** Who wrote a message the bot did not understand: only to redact it and pick its language. */
export interface Sender {
  /** The language the citizen reads, used when the text's own language is unclear. */
  readonly locale: Locale;
  /** Their Telegram names, replaced in the text; never stored. */
  readonly names: readonly (string | undefined)[];
  /**
   * Their chat, never stored with the words: its profile keeps their key (wordsKey), so that
   * /cancella_dati takes them back, after a restart too (review/erasure.ts).
   */
  readonly chat?: string;
  /**
   * The update's place reader, which has read the message's places already: the queue's own
   * would read them again.
   */
  readonly places?: PlaceReader;
}

/** The dialogues' one way to report a failure to understand; fire and forget. */
export type RecordMisunderstood = (kind: MisunderstoodKind, text: string, sender: Sender) => void;

/**
 * The key of queued words: a hash of them as the queue tells them apart (ignoring case), so
 * that a chat's profile can name the words it left for review without holding them.
 */
export const wordsKey = (text: string): string =>
  createHash("sha256").update(text.toLowerCase()).digest("hex").slice(0, 16);

/** Enough for a sentence or two; a long story is reviewed by its start, where the need is. */
export const MAX_REVIEW_TEXT = 500;
/** The oldest items go first beyond this: the queue is for review, not an archive. */
const MAX_ITEMS = 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewQueueOptions {
  /** REVIEW_RETENTION_DAYS; 0 keeps nothing. */
  readonly retentionDays: number;
  /**
   * Reads the streets and addresses to hide. Only tools that never add (listing, importing
   * labels) go without it.
   */
  readonly places?: PlaceReader;
  readonly now?: () => number;
}

/**
 * The messages the bot did not understand, waiting for an admin. Everything is redacted
 * before it reaches memory or the store; changes run one after the other.
 */
export class ReviewQueue {
  private writing: Promise<unknown> = Promise.resolve();
  private readonly now: () => number;

  constructor(
    private readonly store: ReviewStore,
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

  private change<T>(change: () => Promise<T>): Promise<T> {
    const next = this.writing.then(change);
    this.writing = next.catch(() => {});
    return next;
  }

  /**
   * Queues a message, redacted; the same words again only count once more. Returns the key
   * of the words queued (wordsKey), undefined when nothing was.
   */
  async add(kind: MisunderstoodKind, message: string, sender: Sender): Promise<string | undefined> {
    if (!this.enabled) return undefined;
    const names = sender.names.filter((n): n is string => typeof n === "string");
    const text = redact(
      message.trim().slice(0, MAX_REVIEW_TEXT),
      names,
      sender.places ?? this.options.places,
    ).trim();
    if (text === "") return undefined;
    const item: ReviewItem = {
      id: randomBytes(4).toString("hex"),
      at: this.now(),
      kind,
      language: guessLanguage(text, sender.locale === "en" ? "en" : "it"),
      text,
      times: 1,
    };
    await this.change(() => this.store.add(item, MAX_ITEMS));
    return wordsKey(text);
  }

  /**
   * /cancella_dati: takes off the queue the words of these keys, which a chat queued (the same
   * words from someone else go too: the item cannot tell them apart). Returns how many went.
   */
  async forget(keys: readonly string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const erased = new Set(keys);
    let removed = 0;
    for (const item of await this.list())
      if (erased.has(wordsKey(item.text)) && (await this.remove(item.id))) removed += 1;
    return removed;
  }

  async list(): Promise<readonly ReviewItem[]> {
    await this.writing;
    return this.store.list();
  }

  async get(id: string): Promise<ReviewItem | undefined> {
    return (await this.list()).find((item) => item.id === id);
  }

  /** Takes an item off the queue; false when it was no longer there. */
  remove(id: string): Promise<boolean> {
    return this.change(() => this.store.remove(id));
  }

  /** Forgets what is older than the retention period; everything when review is off. */
  applyRetention(): Promise<number> {
    const limit = this.enabled
      ? this.now() - this.options.retentionDays * DAY_MS
      : Number.POSITIVE_INFINITY;
    return this.change(() => this.store.removeBefore(limit));
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
