import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { DataFile } from "lowdb/node";
import type { z } from "zod";

/** A small key-value store; the bot depends on this, not on files. */
export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export type CorruptFileHandler = (file: string, reason: string) => void;

const SUFFIX = ".json";
const CACHED_KEYS = 10_000;

/**
 * One JSON file per key, written atomically by lowdb's adapter (temporary file, then
 * rename), so a crash mid-write leaves the previous version. Per-key files keep a write
 * proportional to one chat's data, whatever the number of chats.
 *
 * A file that no longer parses is moved aside (never overwritten) and reported, and the
 * key reads as empty: one chat's broken state must not stop the bot for everyone.
 */
export class JsonDirectoryStore<S extends z.ZodType> implements KeyValueStore<z.infer<S>> {
  private readonly files = new Map<string, DataFile<unknown>>();
  /**
   * Write-through cache of recent values: every update reads its chat's state, and the
   * disk read (plus parse and validation) was the bot's main cost under load. The files stay
   * the truth: they are read on a miss and written on every set.
   */
  private readonly cache = new Map<string, z.infer<S> | undefined>();
  private ready: Promise<unknown> | undefined;

  constructor(
    private readonly directory: string,
    private readonly schema: S,
    private readonly onCorrupt: CorruptFileHandler = () => {},
  ) {}

  private pathOf(key: string): string {
    return join(this.directory, `${encodeURIComponent(key)}${SUFFIX}`);
  }

  private fileOf(key: string): DataFile<unknown> {
    let file = this.files.get(key);
    if (file === undefined) {
      file = new DataFile<unknown>(this.pathOf(key), {
        parse: (text) => JSON.parse(text),
        stringify: (data) => JSON.stringify(data),
      });
      this.files.set(key, file);
    }
    return file;
  }

  private remember(key: string, value: z.infer<S> | undefined): void {
    this.cache.delete(key);
    this.cache.set(key, value);
    if (this.cache.size > CACHED_KEYS) this.cache.delete(this.cache.keys().next().value as string);
  }

  async get(key: string): Promise<z.infer<S> | undefined> {
    if (this.cache.has(key)) return structuredClone(this.cache.get(key));
    const value = await this.read(key);
    this.remember(key, value);
    return structuredClone(value);
  }

  private async read(key: string): Promise<z.infer<S> | undefined> {
    let raw: unknown;
    try {
      raw = await this.fileOf(key).read();
    } catch (error) {
      await this.quarantine(key, `not valid JSON (${(error as Error).message})`);
      return undefined;
    }
    if (raw === null) return undefined;
    const parsed = this.schema.safeParse(raw);
    if (!parsed.success) {
      await this.quarantine(
        key,
        `unexpected content (${parsed.error.issues[0]?.message ?? "invalid"})`,
      );
      return undefined;
    }
    return parsed.data;
  }

  async set(key: string, value: z.infer<S>): Promise<void> {
    this.ready ??= mkdir(this.directory, { recursive: true });
    await this.ready;
    await this.fileOf(key).write(value);
    this.remember(key, structuredClone(value));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
    this.files.delete(key);
    this.remember(key, undefined);
  }

  /**
   * Deletes the entries not written for longer than `ageMs` (by file time): what a citizen
   * left unfinished is not kept indefinitely. Returns how many went.
   */
  async deleteOlderThan(ageMs: number, now: number = Date.now()): Promise<number> {
    let deleted = 0;
    for (const key of await this.keys()) {
      const modified = await this.modifiedAt(key);
      if (modified !== undefined && now - modified > ageMs) {
        await this.delete(key);
        deleted++;
      }
    }
    return deleted;
  }

  /** When the key was last written (its file's time), if it exists. */
  modifiedAt(key: string): Promise<number | undefined> {
    return stat(this.pathOf(key)).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
  }

  async keys(): Promise<string[]> {
    try {
      const names = await readdir(this.directory);
      return names
        .filter((name) => name.endsWith(SUFFIX))
        .map((name) => decodeURIComponent(name.slice(0, -SUFFIX.length)));
    } catch {
      return [];
    }
  }

  private async quarantine(key: string, reason: string): Promise<void> {
    const path = this.pathOf(key);
    const aside = `${path}.corrupt-${Date.now()}`;
    await rename(path, aside).catch(() => {});
    this.files.delete(key);
    this.onCorrupt(aside, reason);
  }
}
