import { appendFileSync } from "node:fs";
import { appendFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fnv1a } from "../util/fnv1a.js";
import { makePrivateDir, PRIVATE_FILE } from "./disk.js";

const HOUR_MS = 60 * 60 * 1000;
/** Written once every key present then is in an hour file. */
const COMPLETE = "complete";
const SLOTS = 4096;

/** An hour file holds a key per line, encoded; its name is the hour's number. */
const lineOf = (key: string) => `${encodeURIComponent(key)}\n`;
const isHourFile = (name: string) => /^\d+$/.test(name);
const linesIn = async (path: string) =>
  (await readFile(path, "utf8")).split("\n").filter((line) => line !== "");

/** A key's slot in the table of recent keys. */
const slotOf = (key: string) => fnv1a(key) % SLOTS;

/**
 * Which keys were written in which hour: one small file per hour in `directory`, a key per
 * line. The retention sweep then looks only at the keys of the hours old enough to expire,
 * instead of the modification time of every file in the store (3.9 s at 100,000 chats).
 *
 * A key is appended once per hour (a fixed table of recent keys skips repeats; a key it
 * forgot is appended again, which is harmless). Appends are not synced, like the store's
 * own writes: a crash of the process keeps them, as it keeps the files they describe.
 */
export class WrittenHours {
  private readonly recent: Array<string | undefined> = new Array(SLOTS);
  private hour = -1;
  private ready: Promise<unknown> | undefined;
  /** An erasure rewriting hour files: appends wait for it, so none is lost. */
  private forgetting: Promise<unknown> = Promise.resolve();
  /** The next append, not yet started, and its lines: keys recorded meanwhile join it. */
  private queued:
    | { readonly hour: number; readonly lines: string[]; done: Promise<void> }
    | undefined;
  /** The last append: appends run one after the other. */
  private appending: Promise<unknown> = Promise.resolve();

  constructor(private readonly directory: string) {}

  /** Notes that `key` is written now; to be awaited before the write it describes. */
  async record(key: string, now: number = Date.now()): Promise<void> {
    const hour = Math.floor(now / HOUR_MS);
    if (hour !== this.hour) {
      this.recent.fill(undefined);
      this.hour = hour;
    }
    const slot = slotOf(key);
    if (this.recent[slot] === key) return;
    // Noted at once, so that a second write of the key meanwhile appends nothing.
    this.recent[slot] = key;
    try {
      await this.append(hour, lineOf(key));
    } catch (error) {
      if (this.recent[slot] === key) this.recent[slot] = undefined;
      throw error;
    }
  }

  /** Appends a line to the hour's file, in one write with the lines recorded meanwhile. */
  private append(hour: number, line: string): Promise<void> {
    if (this.queued?.hour === hour) {
      this.queued.lines.push(line);
      return this.queued.done;
    }
    const queued = { hour, lines: [line], done: Promise.resolve() };
    queued.done = this.appending
      .catch(() => {})
      .then(async () => {
        if (this.queued === queued) this.queued = undefined;
        this.ready ??= makePrivateDir(this.directory);
        await this.ready;
        await this.forgetting;
        // A few lines to the page cache: on this thread, where fs/promises' append opens a
        // FileHandle and takes three trips to libuv's pool for them.
        appendFileSync(join(this.directory, String(hour)), queued.lines.join(""), {
          mode: PRIVATE_FILE,
        });
      });
    this.queued = queued;
    this.appending = queued.done;
    return queued.done;
  }

  /** Erasure: the key leaves every hour file (they would say when that chat wrote). */
  forget(key: string): Promise<void> {
    const line = encodeURIComponent(key);
    this.recent[slotOf(key)] = undefined;
    const task = this.forgetting.then(async () => {
      for (const name of await readdir(this.directory).catch(() => [] as string[])) {
        if (!isHourFile(name)) continue;
        const path = join(this.directory, name);
        const lines = await linesIn(path);
        const rest = lines.filter((l) => l !== line);
        if (rest.length === lines.length) continue;
        if (rest.length === 0) await rm(path, { force: true });
        else await writeFile(path, `${rest.join("\n")}\n`, { mode: PRIVATE_FILE });
      }
    });
    this.forgetting = task.catch(() => {});
    return task;
  }

  /**
   * The keys that may not have been written for `ageMs`: those of the hours that ended that
   * long ago (the caller checks each key's real age), or every key of the store when the
   * hours do not cover it yet (a store older than this index: once). `done` is called once
   * they are dealt with, to forget those hours.
   */
  async candidates(
    ageMs: number,
    now: number,
    allKeys: () => Promise<string[]>,
  ): Promise<{ keys: string[]; done: () => Promise<void> }> {
    const names = await readdir(this.directory).catch(() => [] as string[]);
    if (!names.includes(COMPLETE)) {
      const keys = await allKeys();
      return {
        keys,
        done: async () => {
          // What remains is recorded as written now: its real age is checked when this expires.
          await makePrivateDir(this.directory);
          const hour = String(Math.floor(now / HOUR_MS));
          const remaining = (await allKeys()).map(lineOf);
          await appendFile(join(this.directory, hour), remaining.join(""), { mode: PRIVATE_FILE });
          await writeFile(join(this.directory, COMPLETE), "", { mode: PRIVATE_FILE });
        },
      };
    }
    const expired = names.filter(
      (name) => isHourFile(name) && (Number(name) + 1) * HOUR_MS <= now - ageMs,
    );
    const keys = new Set<string>();
    for (const name of expired) {
      for (const line of await linesIn(join(this.directory, name)))
        keys.add(decodeURIComponent(line));
    }
    return {
      keys: [...keys],
      done: async () => {
        for (const name of expired) await rm(join(this.directory, name), { force: true });
      },
    };
  }
}
