import type { Hash } from "node:crypto";
import { type FileHandle, open, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { type Disk, makePrivateDir, realDisk } from "../storage/disk.js";
import { readInWindows, writeCompacted } from "./log-compact.js";
import { HandoffStoreCorruptError, HEADER, parseEntry, readAt } from "./log-file.js";
import type { IndexEntry, RequestIndex } from "./log-index.js";
import { type Loaded, load, nothingLoaded, type OnTornTail } from "./log-load.js";
import { snapshotFile, writeSnapshot } from "./log-snapshot.js";
import type { HandoffRepository, NewHandoffRequest, RequestFilter } from "./repository.js";
import { type HandoffRequest, handoffRequestSchema, newReference } from "./request.js";

export {
  HandoffStoreCorruptError,
  readHandoffLog,
  SCHEMA,
  SCHEMA_VERSION,
} from "./log-file.js";

import { setMostRecent } from "../util/most-recent.js";

/** Requests read or written lately, kept whole: the ones a dialogue or an operator is on. */
const CACHED = 1000;
/** Lines appended after which the index is written again, so a start reads a short tail. */
const SNAPSHOT_EVERY = 1000;
/** Superseded lines beyond which the log is rewritten (and beyond its live lines times two). */
const COMPACT_AFTER = 10_000;
export interface LogStoreOptions {
  readonly now?: () => number;
  readonly random?: () => number;
  readonly disk?: Disk;
  /** Told when start-up set an incomplete last write aside (`sideFile` keeps its bytes). */
  readonly onTornTail?: OnTornTail;
  /** Superseded lines that make the log compact itself (and twice its live lines). */
  readonly compactAfter?: number;
}

/**
 * Handoff requests in an append-only JSON Lines log: a header line with the schema
 * version, then one line per write holding the request's new version. A write appends one
 * line and flushes it to disk (fdatasync), so its cost does not grow with the number of
 * requests, and a crash can lose nothing that was acknowledged.
 *
 * Memory holds an index (where each request's latest line is, and the fields queries filter
 * on) and the requests used lately; the rest is read from the log when asked for. The index
 * is saved beside the log (a snapshot, with a hash of the part of the log it describes):
 * start-up checks that hash, which any damage to the log changes, and reads only the lines
 * after it. Without a snapshot that matches, the whole log is read and checked, as before.
 */
export class LogHandoffStore implements HandoffRepository {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly cache = new Map<string, HandoffRequest>();
  private readonly reads = new Set<Promise<unknown>>();
  /** Bytes of whole lines on disk: a failed append is cut back to this. */
  private size: number;
  private lines: number;
  /** Of the log's first `size` bytes: what the snapshot records, to be checked at start. */
  private hash: Hash;
  private snapshotLines: number;
  private tornOnDisk = false;

  private constructor(
    private readonly file: string,
    private handle: FileHandle,
    private reader: FileHandle,
    private readonly index: RequestIndex,
    loaded: Loaded,
    private readonly now: () => number,
    private readonly random: () => number,
    private readonly disk: Disk,
    private readonly compactAfter: number,
  ) {
    this.size = loaded.size;
    this.lines = loaded.lines;
    this.hash = loaded.hash;
    this.snapshotLines = loaded.snapshotLines;
  }

  static async open(file: string, options: LogStoreOptions = {}): Promise<LogHandoffStore> {
    const disk = options.disk ?? realDisk;
    const now = options.now ?? Date.now;
    await makePrivateDir(dirname(file));
    let reader: FileHandle | undefined;
    try {
      reader = await open(file, "r");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT")
        throw new HandoffStoreCorruptError(file, 0, `cannot be read (${code})`);
    }
    let loaded = nothingLoaded();
    let handle: FileHandle | undefined;
    try {
      if (reader !== undefined) loaded = await load(file, reader, disk, now, options.onTornTail);
      handle = await disk.openAppend(file);
      reader ??= await open(file, "r");
    } catch (error) {
      await Promise.all([reader?.close(), handle?.close()]);
      throw error;
    }
    const store = new LogHandoffStore(
      file,
      handle,
      reader,
      loaded.index,
      loaded,
      now,
      options.random ?? Math.random,
      disk,
      options.compactAfter ?? COMPACT_AFTER,
    );
    if (loaded.size === 0)
      await store.append(HEADER).catch(async (error: unknown) => {
        // A log that does not open (a full disk) leaves no file open for the GC to close.
        await Promise.all([handle.close(), reader.close()]);
        throw error;
      });
    else if (loaded.lines - loaded.snapshotLines > SNAPSHOT_EVERY)
      await store.saveIndex().catch(() => {});
    return store;
  }

  /**
   * A failed append (full disk, read-only remount) may have left part of its line: it is cut
   * back before anything else is written, so the log never holds a broken line in the middle.
   */
  private async append(line: string): Promise<void> {
    const bytes = Buffer.from(`${line}\n`);
    if (this.tornOnDisk) {
      await this.handle.truncate(this.size);
      this.tornOnDisk = false;
    }
    try {
      await this.handle.appendFile(bytes);
      await this.handle.datasync();
    } catch (error) {
      this.tornOnDisk = true;
      await this.handle.truncate(this.size).then(
        () => {
          this.tornOnDisk = false;
        },
        () => {},
      );
      throw error;
    }
    this.size += bytes.length;
    this.lines++;
    this.hash.update(bytes);
  }

  /** Runs writes one at a time, in call order: no update is computed from a stale version. */
  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => {});
    return result;
  }

  private remember(request: HandoffRequest): void {
    setMostRecent(this.cache, request.reference, request, CACHED);
  }

  private async put(request: HandoffRequest): Promise<HandoffRequest> {
    const valid = handoffRequestSchema.parse(request);
    const line = JSON.stringify({ put: valid });
    const position = { offset: this.size, length: Buffer.byteLength(line), line: this.lines + 1 };
    await this.append(line);
    this.index.put(valid, position);
    this.remember(valid);
    this.maintain();
    return valid;
  }

  /** Queues what keeps start-up short and the log small; a failure waits for the next time. */
  private maintain(): void {
    const superseded = this.lines - 1 - this.index.size;
    if (superseded > Math.max(this.compactAfter, 2 * this.index.size))
      void this.serialize(() => this.rewrite()).catch(() => {});
    else if (this.lines - this.snapshotLines >= SNAPSHOT_EVERY)
      void this.serialize(() => this.saveIndex()).catch(() => {});
  }

  /** Reads through the current reader; a compaction waits for these before closing it. */
  private track<T>(reading: Promise<T>): Promise<T> {
    this.reads.add(reading);
    return reading.finally(() => this.reads.delete(reading));
  }

  private async read(entry: IndexEntry): Promise<HandoffRequest> {
    const cached = this.cache.get(entry.reference);
    if (cached !== undefined) return cached;
    const bytes = await this.track(readAt(this.reader, entry.offset, entry.length));
    const request = this.decode(entry, bytes);
    // Unless a write or a compaction changed it meanwhile.
    if (this.index.offsetOf(entry.reference) === entry.offset) this.remember(request);
    return request;
  }

  private decode(entry: IndexEntry, bytes: Buffer): HandoffRequest {
    if (bytes.length !== entry.length || bytes.includes(0x0a))
      throw new HandoffStoreCorruptError(this.file, entry.line, "the line is not where it was");
    const request = parseEntry(this.file, bytes.toString("utf8"), entry.line);
    if (request.reference !== entry.reference)
      throw new HandoffStoreCorruptError(this.file, entry.line, "holds another request");
    return request;
  }

  /** Many requests, reading the log a window at a time rather than a line at a time. */
  private async readMany(entries: readonly IndexEntry[]): Promise<HandoffRequest[]> {
    const found = new Map<IndexEntry, HandoffRequest>();
    const missing: IndexEntry[] = [];
    for (const entry of entries) {
      const cached = this.cache.get(entry.reference);
      if (cached === undefined) missing.push(entry);
      else found.set(entry, cached);
    }
    await this.readRaw(missing, (entry, bytes) => found.set(entry, this.decode(entry, bytes)));
    return entries.map((entry) => found.get(entry) as HandoffRequest);
  }

  /** The bytes of each entry's line, read in windows of the log in file order. */
  private readRaw(
    entries: readonly IndexEntry[],
    each: (entry: IndexEntry, bytes: Buffer) => void,
  ): Promise<void> {
    const read = (offset: number, length: number) =>
      this.track(readAt(this.reader, offset, length));
    return readInWindows(entries, read, each);
  }

  create(draft: NewHandoffRequest): Promise<HandoffRequest> {
    return this.serialize(async () => {
      let reference = newReference(this.random);
      for (let length = 4; this.index.has(reference); length = Math.min(6, length + 1)) {
        reference = newReference(this.random, length);
      }
      const now = this.now();
      return this.put({ ...draft, reference, createdAt: now, updatedAt: now });
    });
  }

  async get(reference: string): Promise<HandoffRequest | undefined> {
    const entry = this.index.get(reference);
    return entry === undefined ? undefined : this.read(entry);
  }

  update(
    reference: string,
    change: (request: HandoffRequest) => HandoffRequest | null,
  ): Promise<HandoffRequest | undefined> {
    return this.serialize(async () => {
      const entry = this.index.get(reference);
      if (entry === undefined) return undefined;
      const current = await this.read(entry);
      const next = change(current);
      if (next === null || next === current) return current;
      return this.put({ ...next, reference: current.reference, updatedAt: this.now() });
    });
  }

  list(filter: RequestFilter = {}): Promise<HandoffRequest[]> {
    return this.readMany(this.index.select(filter));
  }

  async findByOperatorMessage(
    chatId: number,
    messageId: number | undefined,
    threadId: number | undefined,
  ): Promise<HandoffRequest | undefined> {
    const reference = this.index.findByOperatorMessage(chatId, messageId, threadId);
    return reference === undefined ? undefined : this.get(reference);
  }

  /** One process owns the log: nothing to lease, the due requests are simply listed. */
  takeDueNotifications(now: number): Promise<HandoffRequest[]> {
    return this.readMany(this.index.due(now));
  }

  compact(): Promise<void> {
    return this.serialize(() => this.rewrite());
  }

  /** The log compacted (log-compact.ts), then reopened and its index moved to the new lines. */
  private async rewrite(): Promise<void> {
    const { size, lines, hash, moved } = await writeCompacted(
      this.file,
      this.disk,
      [...this.index.all()],
      (entries, each) => this.readRaw(entries, each),
    );
    const opened = await Promise.allSettled([
      this.disk.openAppend(this.file),
      open(this.file, "r"),
    ]);
    const [handle, reader] = opened.map((one) => (one.status === "fulfilled" ? one.value : null));
    if (!handle || !reader) {
      // The one that opened is closed, not left to the GC.
      await Promise.all([handle?.close(), reader?.close()]);
      throw opened.find((one) => one.status === "rejected")?.reason;
    }
    const previous = [this.handle, this.reader];
    this.handle = handle;
    this.reader = reader;
    for (const [reference, position] of moved) this.index.move(reference, position);
    this.size = size;
    this.lines = lines;
    this.hash = hash;
    this.snapshotLines = 0;
    await Promise.allSettled([...this.reads]);
    await Promise.all(previous.map((h) => h.close()));
    // The old snapshot describes the old log, erased versions included: never left behind.
    await this.saveIndex().catch(() => rm(snapshotFile(this.file), { force: true }));
  }

  /** Saves the index for the next start-up; the log stays the truth, this only saves time. */
  private async saveIndex(): Promise<void> {
    await writeSnapshot(this.disk, this.file, {
      covered: this.size,
      lines: this.lines,
      sha1: this.hash.copy().digest("hex"),
      index: this.index,
    });
    this.snapshotLines = this.lines;
  }

  async close(): Promise<void> {
    if (this.lines > this.snapshotLines)
      await this.serialize(() => this.saveIndex()).catch(() => {});
    await this.queue;
    await Promise.allSettled([...this.reads]);
    await Promise.all([this.handle.close(), this.reader.close()]);
  }
}
