import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { guessLanguage } from "./language.js";
import { redact } from "./redact.js";

/** Where the bot failed to understand a citizen. */
export const MISUNDERSTOOD_KINDS = ["out-of-scope", "unsure", "place", "reply"] as const;
export type MisunderstoodKind = (typeof MISUNDERSTOOD_KINDS)[number];

/** Who wrote a message the bot did not understand: only to redact it and pick its language. */
export interface Sender {
  /** The language the citizen reads, used when the text's own language is unclear. */
  readonly locale: "it" | "en";
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
 */
export class ReviewQueue {
  private items: ReviewItem[] | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly now: () => number;

  constructor(
    private readonly file: string,
    private readonly options: ReviewQueueOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.retentionDays > 0;
  }

  private async load(): Promise<ReviewItem[]> {
    if (this.items) return this.items;
    let items: ReviewItem[] = [];
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.file, "utf8")));
      if (parsed.success) items = parsed.data.items;
    } catch {
      // Missing (nothing queued yet) or unreadable: an empty queue loses nothing personal.
    }
    this.items ??= items;
    return this.items;
  }

  private save(): Promise<void> {
    const snapshot = JSON.stringify({ items: this.items ?? [] });
    this.writing = this.writing.then(async () => {
      await mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
      const temporary = `${this.file}.tmp`;
      await writeFile(temporary, snapshot, { mode: 0o600 });
      await chmod(temporary, 0o600);
      await rename(temporary, this.file);
    });
    return this.writing;
  }

  /** Queues a message, redacted; the same words again only count once more. */
  async add(kind: MisunderstoodKind, message: string, sender: Sender): Promise<void> {
    if (!this.enabled) return;
    const names = sender.names.filter((n): n is string => typeof n === "string");
    const text = redact(message.trim().slice(0, MAX_REVIEW_TEXT), names).trim();
    if (text === "") return;
    const items = await this.load();
    const same = items.find((item) => item.text.toLowerCase() === text.toLowerCase());
    if (same) {
      same.times += 1;
      same.at = this.now();
    } else {
      items.push({
        id: randomBytes(4).toString("hex"),
        at: this.now(),
        kind,
        language: guessLanguage(text, sender.locale),
        text,
        times: 1,
      });
      if (items.length > MAX_ITEMS) items.splice(0, items.length - MAX_ITEMS);
    }
    await this.save();
  }

  async list(): Promise<readonly ReviewItem[]> {
    return [...(await this.load())];
  }

  async get(id: string): Promise<ReviewItem | undefined> {
    return (await this.load()).find((item) => item.id === id);
  }

  async remove(id: string): Promise<boolean> {
    const items = await this.load();
    const index = items.findIndex((item) => item.id === id);
    if (index === -1) return false;
    items.splice(index, 1);
    await this.save();
    return true;
  }

  /** Forgets what is older than the retention period; everything when review is off. */
  async applyRetention(): Promise<number> {
    const items = await this.load();
    const limit = this.now() - this.options.retentionDays * DAY_MS;
    const kept = this.enabled ? items.filter((item) => item.at >= limit) : [];
    const dropped = items.length - kept.length;
    if (dropped > 0) {
      this.items = kept;
      await this.save();
    }
    return dropped;
  }

  /** Queued messages by kind, for /stats. */
  async countsByKind(): Promise<Record<MisunderstoodKind, number>> {
    const counts = Object.fromEntries(MISUNDERSTOOD_KINDS.map((k) => [k, 0])) as Record<
      MisunderstoodKind,
      number
    >;
    for (const item of await this.load()) counts[item.kind] += item.times;
    return counts;
  }

  flush(): Promise<void> {
    return this.writing;
  }
}
