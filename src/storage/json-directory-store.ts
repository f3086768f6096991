import { join } from "node:path";
import type { z } from "zod";
import { setMostRecent } from "../util/most-recent.js";
import { type Disk, realDisk } from "./disk.js";
import {
  type AsideFile,
  type CorruptFileHandler,
  JsonFolder,
  type KeyFolder,
} from "./json-folder.js";
import { LogFolder } from "./log-folder.js";
import { MaybeStored } from "./maybe-stored.js";
import { SharedValues } from "./shared-values.js";
import type { DirectoryStoreOptions } from "./store-options.js";
import { WrittenHours } from "./written-hours.js";

/** A small key-value store; the bot depends on this, not on files. */
export interface KeyValueStore<T> {
  get(key: string): Promise<T | undefined>;
  set(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export type { CorruptFileHandler } from "./json-folder.js";

const CACHED_KEYS = 10_000;
/** An unchanged value is written again at most this often: the file's time says "still active". */
const REFRESH_MS = 60 * 60 * 1000;
/** Changes not flushed by their update are written this soon anyway. */
const WRITE_BEHIND_MS = 1000;
/**
 * How many waiting values one turn of the write-behind timer writes before letting the bot
 * answer again: each write runs on the calling thread (see writeAtomically), and a few
 * hundred at once would hold every chat's answer for tens of milliseconds.
 */
const WRITES_PER_TURN = 16;

/** A value set and not written yet (write-behind). */
interface Unwritten {
  readonly text: string;
  /** When the key's first unwritten change was set: it is written by then + the delay. */
  readonly since: number;
  /** Whether its update's flush writes it (always, unless the store is lazy). */
  readonly urgent: boolean;
}

/** A cached value: its JSON (undefined: no file), and when that was last written. */
interface Cached {
  readonly text: string | undefined;
  /** 0 while not written yet. */
  writtenAt: number;
}

/**
 * One JSON file per key (0600, in a 0700 folder), written atomically (temporary file, then
 * rename), so a crash mid-write leaves the previous version. Per-key files keep a write
 * proportional to one chat's data, whatever the number of chats.
 *
 * A file that no longer parses is moved aside (never overwritten) and reported, and the
 * key reads as empty: one chat's broken state must not stop the bot for everyone.
 */
export class JsonDirectoryStore<S extends z.ZodType> implements KeyValueStore<z.infer<S>> {
  /** Writes of one key run one after the other, so the last one called is the one kept. */
  private readonly writes = new Map<string, Promise<unknown>>();
  /**
   * Cache of recent values, as their JSON (undefined: no file): every update reads its
   * chat's state, and the disk read (plus parse and validation) was the bot's main cost under
   * load. Each get parses a fresh copy for the caller to change at will; the text is the one
   * written, so a hit reads exactly what a restart would. The files stay the truth: they are
   * read on a miss, and written on every set that changes the value.
   */
  private readonly cache = new Map<string, Cached>();
  /**
   * Write-behind: values set and not yet written (kept apart, so the cache may drop them),
   * oldest change first.
   */
  private readonly unwritten = new Map<string, Unwritten>();
  private flushTimer: NodeJS.Timeout | undefined;
  private readonly forgetWhenDeleted: boolean;
  private readonly writeBehind: boolean;
  private readonly lazy: DirectoryStoreOptions["lazy"];
  /** How long a waiting value may wait for the timer. */
  private readonly delayMs: number;
  /**
   * The write each key has on its way: a write finds out there whether an erasure (or a
   * newer write) came while it waited its turn, and then writes nothing.
   */
  private readonly writing = new Map<string, symbol>();
  /** Filled once from the directory listing, then by every write. */
  private stored: Promise<MaybeStored> | undefined;
  /** Which keys were written when: the retention sweep reads this, not every file's time. */
  private readonly written: WrittenHours;

  /** The files themselves. */
  private readonly folder: KeyFolder<S>;
  /** sharedReads: one frozen value per key's text (SharedValues). */
  private readonly parsed: SharedValues | undefined;

  constructor(
    directory: string,
    schema: S,
    onCorrupt: CorruptFileHandler = () => {},
    disk: Disk = realDisk,
    options: DirectoryStoreOptions = {},
  ) {
    this.folder = options.log
      ? new LogFolder(directory, schema, onCorrupt, disk)
      : new JsonFolder(directory, schema, onCorrupt, disk);
    this.written = new WrittenHours(join(directory, ".written"));
    this.forgetWhenDeleted = options.forgetWhenDeleted ?? true;
    this.writeBehind = options.writeBehind ?? false;
    this.lazy = options.lazy;
    this.delayMs = options.lazy?.ms ?? WRITE_BEHIND_MS;
    this.parsed = options.sharedReads ? new SharedValues() : undefined;
  }

  private remember(key: string, text: string | undefined, writtenAt: number): void {
    setMostRecent(this.cache, key, { text, writtenAt }, CACHED_KEYS);
  }

  async get(key: string): Promise<z.infer<S> | undefined> {
    let text = this.unwritten.get(key)?.text;
    if (text === undefined) {
      let cached = this.cache.get(key);
      if (cached === undefined) {
        const value = (await this.maybeStored()).mayHave(key)
          ? await this.folder.read(key)
          : undefined;
        this.remember(key, value === undefined ? undefined : JSON.stringify(value), 0);
        cached = this.cache.get(key) as Cached;
      }
      text = cached.text;
    }
    return text === undefined ? undefined : this.valueOf(key, text);
  }

  /** The value of the key's text: parsed afresh, or (sharedReads) once per text. */
  private valueOf(key: string, text: string): z.infer<S> {
    return this.parsed === undefined ? JSON.parse(text) : this.parsed.valueOf(key, text);
  }

  /**
   * Lists the folder now, in the background, instead of on the first read: with 100,000
   * chats the listing took most of a second, and the first citizen after a start waited for it.
   */
  listEarly(): void {
    void this.maybeStored();
  }

  private maybeStored(): Promise<MaybeStored> {
    this.stored ??= this.folder
      .storedKeys()
      .catch(() => [] as string[])
      .then((keys) => {
        const stored = new MaybeStored();
        for (const key of keys) stored.add(key);
        for (const key of this.unwritten.keys()) stored.add(key);
        return stored;
      });
    return this.stored;
  }

  async set(key: string, value: z.infer<S>): Promise<void> {
    const text = JSON.stringify(value);
    const cached = this.cache.get(key);
    const unwritten = this.unwritten.get(key);
    // The same value again: no write, unless the file's time needs refreshing.
    if (unwritten?.text === text) return;
    if (
      unwritten === undefined &&
      cached?.text === text &&
      Date.now() - cached.writtenAt < REFRESH_MS
    ) {
      return;
    }
    if (!this.writeBehind) {
      await this.write(key, text);
      return;
    }
    (await this.maybeStored()).add(key);
    const before = unwritten?.text ?? cached?.text;
    const urgent =
      unwritten?.urgent ||
      this.lazy === undefined ||
      this.lazy.urgent(before === undefined ? undefined : this.valueOf(key, before), value);
    // A key keeps its place (and its first change's time) in the queue when changed again.
    this.unwritten.set(key, { text, since: unwritten?.since ?? Date.now(), urgent });
    this.remember(key, text, 0);
    this.flushTimer ??= setTimeout(() => this.flushDue(), this.delayMs).unref();
  }

  /**
   * The timer: writes the values that waited their delay, a few per turn of the event loop,
   * and comes back for the next ones due. A failed write waits for the next turn, the next
   * update that flushes its key, or close().
   */
  private async flushDue(): Promise<void> {
    this.flushTimer = undefined;
    const due = Date.now() - this.delayMs;
    const keys = [...this.unwritten].filter(([, { since }]) => since <= due).map(([key]) => key);
    const failed = new Set<string>();
    for (let at = 0; at < keys.length; at += WRITES_PER_TURN) {
      if (at > 0) await new Promise(setImmediate);
      // Together, so that the index of hours written takes their keys in one append.
      const turn = keys.slice(at, at + WRITES_PER_TURN);
      await Promise.all(turn.map((key) => this.flush(key, true).catch(() => failed.add(key))));
    }
    if (this.unwritten.size === 0 || this.flushTimer) return;
    // A value left by a failed write is tried again a whole delay later, not at once; one that
    // fell due while this turn was writing, as soon as it is due.
    let oldest = Number.POSITIVE_INFINITY;
    for (const [key, { since }] of this.unwritten) {
      if (!failed.has(key)) oldest = Math.min(oldest, since);
    }
    const wait = Number.isFinite(oldest)
      ? Math.max(0, oldest + this.delayMs - Date.now())
      : this.delayMs;
    this.flushTimer = setTimeout(() => this.flushDue(), wait).unref();
  }

  /**
   * Writes the key's value if it was set and not written yet (write-behind): at the end of
   * its update, only an urgent one; `all`, any.
   */
  async flush(key: string, all = false): Promise<void> {
    const unwritten = this.unwritten.get(key);
    if (unwritten === undefined || !(all || unwritten.urgent)) return;
    this.unwritten.delete(key);
    try {
      await this.write(key, unwritten.text);
    } catch (error) {
      // Kept for the next flush, unless something newer came meanwhile.
      if (!this.unwritten.has(key)) this.unwritten.set(key, unwritten);
      throw error;
    }
  }

  /** Writes every value set and not written yet. */
  async flushAll(): Promise<void> {
    const keys = [...this.unwritten.keys()];
    const results = await Promise.allSettled(keys.map((k) => this.flush(k, true)));
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  private async write(key: string, text: string): Promise<void> {
    const own = Symbol(key);
    this.writing.set(key, own);
    await this.folder.whenReady();
    (await this.maybeStored()).add(key);
    await this.written.record(key);
    // Erased (or written anew) while this write waited: what it would write is gone.
    const current = () => this.writing.get(key) === own;
    await this.serialize(key, async () => {
      if (current()) await this.folder.write(key, text);
    });
    if (!current()) return;
    this.writing.delete(key);
    // Unless a newer value waits to be written (write-behind), the cache holds what is on disk.
    if (!this.unwritten.has(key)) this.remember(key, text, Date.now());
  }

  private serialize(key: string, write: () => Promise<void>): Promise<void> {
    const previous = this.writes.get(key) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(write);
    this.writes.set(key, next);
    void next.then(
      () => this.writes.get(key) === next && this.writes.delete(key),
      () => this.writes.get(key) === next && this.writes.delete(key),
    );
    return next;
  }

  /** Deletes the key's file, any copy of it set aside as unreadable, and when it was written. */
  async delete(key: string): Promise<void> {
    await this.deleteAll([key]);
    if (this.forgetWhenDeleted) await this.written.forget(key);
  }

  /** Deletes the keys' files and their copies set aside, listing the folder once. */
  private async deleteAll(keys: readonly string[]): Promise<void> {
    const aside = keys.length === 0 ? [] : await this.asideFiles();
    const stored = await this.maybeStored();
    for (const key of keys) {
      this.unwritten.delete(key);
      this.writing.delete(key);
      this.parsed?.delete(key);
      // A key never written has no file: no failed unlink (a dialogue ending unsaved).
      const own = aside.filter((file) => file.key === key);
      if (stored.mayHave(key) || own.length > 0) {
        await this.serialize(key, () => this.folder.remove(key, own));
      }
      this.remember(key, undefined, Date.now());
    }
  }

  /** Removes files set aside as unreadable longer than `ageMs` ago: they may hold personal data. */
  async deleteAsideOlderThan(ageMs: number, now: number = Date.now()): Promise<number> {
    let deleted = 0;
    for (const aside of await this.asideFiles()) {
      if (now - aside.time > ageMs) {
        await this.folder.removeAside(aside);
        deleted++;
      }
    }
    return deleted;
  }

  private async asideFiles(): Promise<AsideFile[]> {
    // After the first listing, which says whether any file is aside.
    await this.maybeStored();
    return this.folder.asideFiles();
  }

  /**
   * Deletes the entries not written for longer than `ageMs` (by file time): what a citizen
   * left unfinished is not kept indefinitely. Only the keys written in hours that old are
   * looked at. Returns how many went.
   */
  async deleteOlderThan(ageMs: number, now: number = Date.now()): Promise<number> {
    await this.flushAll();
    const { keys, done } = await this.written.candidates(ageMs, now, () => this.keys());
    const expired: string[] = [];
    for (const key of keys) {
      const modified = await this.modifiedAt(key);
      if (modified !== undefined && now - modified > ageMs) expired.push(key);
    }
    await this.deleteAll(expired);
    await done();
    return expired.length;
  }

  /** When the key was last written (its file's time), if it exists. */
  modifiedAt(key: string): Promise<number | undefined> {
    return this.folder.modifiedAt(key);
  }

  async keys(): Promise<string[]> {
    const keys = new Set(await this.folder.storedKeys().catch(() => [] as string[]));
    for (const key of this.unwritten.keys()) keys.add(key);
    return [...keys];
  }
}
