import { closeSync, fdatasync, writeSync } from "node:fs";
import { appendFile, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { type Disk, makePrivateDir, realDisk, removeFile } from "./disk.js";

/** A batch file: `<first update id>.jsonl`, an update per line, then lines `{"done":[ids]}`. */
const BATCH = /^(\d+)\.jsonl$/;
/** One update per file, as earlier versions wrote them: still read at start. */
const SINGLE = /^(\d+)\.json$/;

/** One getUpdates batch on disk, until every update in it is handled. */
interface Batch {
  readonly path: string;
  /** How many of its updates are not handled yet. */
  waiting: number;
  /** Handled updates not yet marked in the file. */
  readonly marks: number[];
  /**
   * The next write, not yet started: the marks of the updates handled until this turn of
   * the event loop ends join it.
   */
  queued: Promise<void> | undefined;
  /** The last write: writes to one file run one after the other. */
  tail: Promise<unknown>;
  /**
   * The file, open for appending while the batch waits: its marks are written without an
   * open and a close each. None for a batch a previous run left, or one released (marked by
   * its path).
   */
  file: OpenFile | undefined;
}

/** A batch's file while it is open: a FileHandle, or a descriptor written on this thread. */
interface OpenFile {
  readonly fd: number;
  close(): Promise<void> | void;
}

const datasync = (fd: number) =>
  new Promise<void>((resolve, reject) =>
    fdatasync(fd, (error) => (error ? reject(error) : resolve())),
  );

/**
 * Updates taken from Telegram and not yet handled. Telegram forgets an update once the bot
 * asks for later ones, which the runner does before it has handled the batch: each batch is
 * written here first (one synced file per getUpdates answer, not one file per update), so a
 * crash (kill -9, power cut) before an update is handled leaves it to be handled at the next
 * start instead of losing it. A handled update is marked in its batch's file (marks made while
 * a write is under way share the next one), and the file goes once all of its updates are
 * handled: citizens' words stay on disk only while their batch is being handled.
 */
export class UpdateJournal {
  private ready: Promise<unknown> | undefined;
  /** Taken from the journal at start: Telegram may deliver them again, unconfirmed. */
  private readonly replayed = new Set<number>();
  /** The batch of each update not yet handled. */
  private readonly batches = new Map<number, Batch>();

  constructor(
    private readonly directory: string,
    private readonly disk: Disk = realDisk,
  ) {}

  async record(updates: readonly Update[]): Promise<void> {
    // An update delivered again while its first delivery is being handled is journaled once.
    const fresh = updates.filter((update) => !this.batches.has(update.update_id));
    const first = fresh[0];
    if (first === undefined) return;
    this.ready ??= makePrivateDir(this.directory);
    await this.ready;
    const path = join(this.directory, `${first.update_id}.jsonl`);
    const text = fresh.map((update) => `${JSON.stringify(update)}\n`).join("");
    // Appended to a new file and synced: a batch cut short by a crash loses at most its torn
    // last line, whose update, not yet confirmed to Telegram (that waits for this write),
    // comes again.
    const file = await this.write(path, text);
    this.track(path, fresh, file);
  }

  /**
   * The batch's file, written and synced, left open for its marks. On the real disk the
   * append runs on this thread and only the sync goes to libuv's pool: a FileHandle's
   * open, append and sync chain promises and three trips to the pool, about half again the
   * CPU of the sync itself per batch.
   */
  private async write(path: string, text: string): Promise<OpenFile> {
    if (this.disk.createNow) {
      const fd = this.disk.createNow(path, text);
      try {
        await datasync(fd);
      } catch (error) {
        closeSync(fd);
        await rm(path, { force: true }).catch(() => {});
        throw error;
      }
      return { fd, close: () => closeSync(fd) };
    }
    const file = await this.disk.openAppend(path);
    try {
      await file.appendFile(text);
      await file.datasync();
    } catch (error) {
      await file.close().catch(() => {});
      await rm(path, { force: true }).catch(() => {});
      throw error;
    }
    return file;
  }

  private track(path: string, updates: readonly Update[], file?: OpenFile): void {
    const batch: Batch = {
      path,
      waiting: 0,
      marks: [],
      queued: undefined,
      tail: Promise.resolve(),
      file,
    };
    for (const { update_id } of updates) {
      if (this.batches.has(update_id)) continue;
      this.batches.set(update_id, batch);
      batch.waiting++;
    }
  }

  notReplayed(updates: readonly Update[]): Update[] {
    return updates.filter((update) => !this.replayed.has(update.update_id));
  }

  /** Marks the update handled; resolves once that is on disk. */
  handled(updateId: number): Promise<void> {
    const batch = this.batches.get(updateId);
    // Not journaled (a webhook, the bench feeding updates directly): nothing to mark.
    if (batch === undefined) return Promise.resolve();
    this.batches.delete(updateId);
    batch.waiting--;
    batch.marks.push(updateId);
    if (batch.queued) return batch.queued;
    const next = batch.tail
      .catch(() => {})
      .then(() => new Promise(setImmediate))
      .then(async () => {
        batch.queued = undefined;
        if (batch.waiting === 0) {
          try {
            await batch.file?.close();
          } catch {}
          await removeFile(batch.path);
          return;
        }
        const mark = `${JSON.stringify({ done: batch.marks.splice(0) })}\n`;
        // A few bytes to the page cache, not synced: written on this thread, where a
        // FileHandle's append chains promises and a trip to libuv's pool for each mark
        // (about 5% of the bot's busy main thread under a burst of citizens).
        if (batch.file) writeSync(batch.file.fd, mark);
        else await appendFile(batch.path, mark);
      });
    batch.queued = next;
    batch.tail = next;
    return next;
  }

  /**
   * Closes the files held open for batches not yet handled, which stay on disk: for a journal
   * whose batches another one handles (early polling's, read again by the bot's), whose open
   * files would otherwise be closed by the garbage collector, with a warning.
   */
  async release(): Promise<void> {
    const open = new Set([...this.batches.values()].filter((batch) => batch.file !== undefined));
    await Promise.all(
      [...open].map(async (batch) => {
        await batch.tail.catch(() => {});
        const file = batch.file;
        batch.file = undefined;
        try {
          await file?.close();
        } catch {}
      }),
    );
  }

  /** What a previous run took and did not finish, oldest first. */
  async unfinished(): Promise<Update[]> {
    const names = await readdir(this.directory).catch(() => [] as string[]);
    const updates: Update[] = [];
    for (const name of names) {
      const single = SINGLE.test(name);
      if (!single && !BATCH.test(name)) continue;
      const path = join(this.directory, name);
      const taken = single ? await readSingle(path) : await readBatch(path);
      if (taken.length === 0) {
        await rm(path, { force: true });
        continue;
      }
      this.track(path, taken);
      updates.push(...taken);
    }
    for (const update of updates) this.replayed.add(update.update_id);
    return updates.sort((a, b) => a.update_id - b.update_id);
  }
}

async function readSingle(path: string): Promise<Update[]> {
  try {
    return [JSON.parse(await readFile(path, "utf8")) as Update];
  } catch {
    return [];
  }
}

/** A batch's updates not marked done; a line cut short by a crash is skipped. */
async function readBatch(path: string): Promise<Update[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  const taken = new Map<number, Update>();
  const done = new Set<number>();
  for (const line of text.split("\n")) {
    let entry: { update_id?: unknown; done?: unknown };
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof entry?.update_id === "number") taken.set(entry.update_id, entry as Update);
    else if (Array.isArray(entry?.done)) for (const id of entry.done) done.add(id);
  }
  return [...taken.values()].filter((update) => !done.has(update.update_id));
}
