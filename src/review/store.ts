import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { type ReviewItem, reviewItemSchema } from "./item.js";

/**
 * Where the review queue keeps its items, already redacted: one file (the embedded
 * default) or PostgreSQL. Items are kept in the order first queued.
 */
export interface ReviewStore {
  /**
   * Queues `item`, or, when the same words (ignoring case) are queued already, counts them
   * once more at `item.at`. Keeps only the newest `max` items.
   */
  add(item: ReviewItem, max: number): Promise<void>;
  list(): Promise<ReviewItem[]>;
  /** False when the item was no longer there. */
  remove(id: string): Promise<boolean>;
  /** Forgets the items last seen before `at`; returns how many. */
  removeBefore(at: number): Promise<number>;
}

const fileSchema = z.strictObject({ items: z.array(reviewItemSchema) });

/**
 * One small JSON file (0600) rewritten atomically. Every change re-reads the file, so
 * `npm run review -- --import` beside a running bot is not overwritten by a stale copy.
 */
export class FileReviewStore implements ReviewStore {
  constructor(private readonly file: string) {}

  async list(): Promise<ReviewItem[]> {
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

  async add(item: ReviewItem, max: number): Promise<void> {
    const items = await this.list();
    const same = items.find((queued) => queued.text.toLowerCase() === item.text.toLowerCase());
    if (same) {
      same.times += 1;
      same.at = item.at;
    } else {
      items.push(item);
    }
    await this.write(items.slice(-max));
  }

  async remove(id: string): Promise<boolean> {
    const items = await this.list();
    const kept = items.filter((item) => item.id !== id);
    if (kept.length === items.length) return false;
    await this.write(kept);
    return true;
  }

  async removeBefore(at: number): Promise<number> {
    const items = await this.list();
    const kept = items.filter((item) => item.at >= at);
    const dropped = items.length - kept.length;
    if (dropped > 0) await this.write(kept);
    return dropped;
  }
}
