import { closeSync, fdatasync, fstatSync, ftruncateSync, writeSync } from "node:fs";
import { appendFile, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { type Disk, makePrivateDir, realDisk, removeFile } from "./disk.js";

/**
 * A journal file: `<first update id>.jsonl`, an update per line, with lines `{"done":[ids]}`
 * among them (the marks).
 */
const BATCH = /^(\d+)\.jsonl$/;
/** One update per file, as earlier versions wrote them: still read at start. */
const SINGLE = /^(\d+)\.json$/;

/**
 * A journal file: the lines of one getUpdates batch or of several in a row, until every update
 * in it is handled.
 */
interface JournalFile {
  readonly path: string;
  /** How many of its updates are not handled yet. */
  waiting: number;
  /** How many batches it holds: a file takes at most BATCHES_PER_FILE. */
  batches: number;
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
   * The file, open for appending while it waits: its marks and further batches are written
   * without an open and a close each. None for a file a previous run left, or one released
   * (marked by its path).
   */
  file: OpenFile | undefined;
}

/** A journal file while it is open: a FileHandle, or a descriptor written on this thread. */
interface OpenFile {
  readonly fd: number;
  /** Appends a batch's lines. */
  append(text: string): Promise<void> | void;
  sync(): Promise<void>;
  close(): Promise<void> | void;
}

/**
 * Batches written to one file before the next goes to a new one. Under a burst each
 * getUpdates answer brings a few updates, and a file per batch (created, synced, closed and
 * unlinked) cost about 5% of the bot's CPU per update; a file a few batches share is
 * unlinked once all of them are handled, so words stay on disk a few seconds longer at most.
 */
const BATCHES_PER_FILE = 32;

const datasync = (fd: number) =>
  new Promise<void>((resolve, reject) =>
    fdatasync(fd, (error) => (error ? reject(error) : resolve())),
  );

/** Writes all of `text` at the end of the file (opened for appending). */
const appendAll = (fd: number, text: string) => {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
};

/**
 * Updates taken from Telegram and not yet handled. Telegram forgets an update once the bot
 * asks for later ones, which the runner does before it has handled the batch: each batch is
 * written here first (appended and synced once per getUpdates answer, not once per update),
 * so a crash (kill -9, power cut) before an update is handled leaves it to be handled at the
 * next start instead of losing it. A handled update is marked in its file (marks made while
 * a write is under way share the next one), and the file goes once all of its updates are
 * handled: citizens' words stay on disk only while their batch, or a batch taken just after
 * it in the same file, is being handled.
 */
export class UpdateJournal {
  private ready: Promise<unknown> | undefined;
  /** Taken from the journal at start: Telegram may deliver them again, unconfirmed. */
  private readonly replayed = new Set<number>();
  /** The file of each update not yet handled. */
  private readonly files = new Map<number, JournalFile>();
  /** The file the next batch is appended to, while it takes more. */
  private current: JournalFile | undefined;
  /** The last batch's write: batches are written one after the other. */
  private recording: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly directory: string,
    private readonly disk: Disk = realDisk,
  ) {}

  record(updates: readonly Update[]): Promise<void> {
    const next = this.recording.catch(() => {}).then(() => this.recordNow(updates));
    this.recording = next;
    return next;
  }

  private async recordNow(updates: readonly Update[]): Promise<void> {
    // An update delivered again while its first delivery is being handled is journaled once.
    const fresh = updates.filter((update) => !this.files.has(update.update_id));
    const first = fresh[0];
    if (first === undefined) return;
    this.ready ??= makePrivateDir(this.directory);
    await this.ready;
    const text = fresh.map((update) => `${JSON.stringify(update)}\n`).join("");
    const current = this.current;
    if (current?.file !== undefined) {
      await this.append(current, current.file, fresh, text);
      return;
    }
    const path = join(this.directory, `${first.update_id}.jsonl`);
    // Appended to a new file and synced: a batch cut short by a crash loses at most its torn
    // last line, whose update, not yet confirmed to Telegram (that waits for this write),
    // comes again.
    const file = await this.write(path, text);
    this.current = this.track(path, fresh, file);
  }

  /**
   * A batch appended to the current file and synced. One that fails is cut off again (a
   * full disk may have taken part of it) and the file takes no more: its updates, not
   * confirmed to Telegram, come again.
   */
  private async append(
    journalFile: JournalFile,
    file: OpenFile,
    updates: readonly Update[],
    text: string,
  ): Promise<void> {
    // Counted before the write, so that the file is not unlinked while the batch syncs.
    this.add(journalFile, updates);
    if (++journalFile.batches >= BATCHES_PER_FILE) this.current = undefined;
    let size: number | undefined;
    try {
      size = fstatSync(file.fd).size;
      await file.append(text);
      await file.sync();
    } catch (error) {
      if (this.current === journalFile) this.current = undefined;
      if (size !== undefined) {
        try {
          ftruncateSync(file.fd, size);
        } catch {}
      }
      for (const { update_id } of updates) {
        this.files.delete(update_id);
        journalFile.waiting--;
      }
      if (journalFile.waiting === 0) {
        journalFile.tail = journalFile.tail.catch(() => {}).then(() => this.remove(journalFile));
      }
      throw error;
    }
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
      return {
        fd,
        append: (more) => appendAll(fd, more),
        sync: () => datasync(fd),
        close: () => closeSync(fd),
      };
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
    return {
      fd: file.fd,
      append: (more) => file.appendFile(more),
      sync: () => file.datasync(),
      close: () => file.close(),
    };
  }

  private track(path: string, updates: readonly Update[], file?: OpenFile): JournalFile {
    const journalFile: JournalFile = {
      path,
      waiting: 0,
      batches: 1,
      marks: [],
      queued: undefined,
      tail: Promise.resolve(),
      file,
    };
    this.add(journalFile, updates);
    return journalFile;
  }

  private add(journalFile: JournalFile, updates: readonly Update[]): void {
    for (const { update_id } of updates) {
      if (this.files.has(update_id)) continue;
      this.files.set(update_id, journalFile);
      journalFile.waiting++;
    }
  }

  /** Closes and unlinks a file all of whose updates are handled; it takes no more batches. */
  private async remove(journalFile: JournalFile): Promise<void> {
    if (this.current === journalFile) this.current = undefined;
    const file = journalFile.file;
    journalFile.file = undefined;
    try {
      await file?.close();
    } catch {}
    await removeFile(journalFile.path);
  }

  notReplayed(updates: readonly Update[]): Update[] {
    return updates.filter((update) => !this.replayed.has(update.update_id));
  }

  /** Marks the update handled; resolves once that is on disk. */
  handled(updateId: number): Promise<void> {
    const journalFile = this.files.get(updateId);
    // Not journaled (a webhook, the bench feeding updates directly): nothing to mark.
    if (journalFile === undefined) return Promise.resolve();
    this.files.delete(updateId);
    journalFile.waiting--;
    journalFile.marks.push(updateId);
    if (journalFile.queued) return journalFile.queued;
    const next = journalFile.tail
      .catch(() => {})
      .then(() => new Promise(setImmediate))
      .then(async () => {
        journalFile.queued = undefined;
        // Every update in it handled, including any batch appended meanwhile: it goes.
        if (journalFile.waiting === 0) {
          await this.remove(journalFile);
          return;
        }
        const mark = `${JSON.stringify({ done: journalFile.marks.splice(0) })}\n`;
        // A few bytes to the page cache, not synced: written on this thread, where a
        // FileHandle's append chains promises and a trip to libuv's pool for each mark
        // (about 5% of the bot's busy main thread under a burst of citizens).
        if (journalFile.file) writeSync(journalFile.file.fd, mark);
        else await appendFile(journalFile.path, mark);
      });
    journalFile.queued = next;
    journalFile.tail = next;
    return next;
  }

  /**
   * Closes the files held open for batches not yet handled, which stay on disk: for a journal
   * whose batches another one handles (early polling's, read again by the bot's), whose open
   * files would otherwise be closed by the garbage collector, with a warning.
   */
  async release(): Promise<void> {
    this.current = undefined;
    const open = new Set([...this.files.values()].filter((f) => f.file !== undefined));
    await Promise.all(
      [...open].map(async (journalFile) => {
        await journalFile.tail.catch(() => {});
        const file = journalFile.file;
        journalFile.file = undefined;
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
