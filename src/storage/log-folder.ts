import {
  closeSync,
  constants,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
} from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { type Disk, makePrivateDir, PRIVATE_FILE, writeAtNow } from "./disk.js";
import {
  type AsideFile,
  type CorruptFileHandler,
  JsonFolder,
  type KeyFolder,
} from "./json-folder.js";

/** The log's name in its folder (no key's file ends so: see JsonFolder). */
export const VALUE_LOG = "values.log";
/** Superseded lines beyond the live ones before the log is rewritten with only the latter. */
const SLACK = 4096;
const CHUNK = 1 << 20;
const NEWLINE = 10;
const TAB = 9;
const SPACE = 0x20;

/** A key's line: `<key>\t<ms written>\t<offset of the key's previous line, or -1>\t<JSON>`. */
interface Line {
  readonly key: string;
  readonly time: number;
  readonly previous: number;
  readonly json: string;
  /** Its bytes, without the newline. */
  readonly length: number;
}

/** The key of a line, or undefined for one erased (blanked) or not a value's line. */
function keyOf(bytes: Buffer, start: number, end: number): string | undefined {
  const tab = bytes.indexOf(TAB, start);
  if (tab < 0 || tab >= end) return undefined;
  const encoded = bytes.toString("latin1", start, tab);
  return encoded.includes("%") ? decodeURIComponent(encoded) : encoded;
}

/** The line's fields, or undefined for one erased (blanked) or not a value's line. */
function parseLine(bytes: Buffer, start: number, end: number): Line | undefined {
  const key = keyOf(bytes, start, end);
  const tab1 = bytes.indexOf(TAB, start);
  const tab2 = tab1 < 0 ? -1 : bytes.indexOf(TAB, tab1 + 1);
  const tab3 = tab2 < 0 ? -1 : bytes.indexOf(TAB, tab2 + 1);
  if (key === undefined || tab3 < 0 || tab3 >= end) return undefined;
  return {
    key,
    time: Number(bytes.toString("latin1", tab1 + 1, tab2)),
    previous: Number(bytes.toString("latin1", tab2 + 1, tab3)),
    json: bytes.toString("utf8", tab3 + 1, end),
    length: end - start,
  };
}

/**
 * A folder's values as lines appended to one file (`values.log`, 0600) instead of a file per
 * key: a new chat's first write was a file created (open, write, close: 20-60 µs of kernel
 * time in a folder of thousands), a later one a temporary file and a rename; here the values
 * a turn writes together are one write at the end of the log. Files written per key before
 * (JsonFolder) are still read; a key written again moves to the log and its file goes.
 *
 * In memory, the offset of each key's latest line (a Map: tens of bytes per chat). Each line
 * holds the offset of its key's previous one, so that erasing a key blanks every copy of it
 * in place (spaces over the bytes, then no key reads it); once superseded lines outnumber
 * the live ones by SLACK it is rewritten with only the latest line of each key (synced,
 * renamed over the old one, whose copies go with it). A line a crash tore (the last) is cut off before the
 * next write, and a batch that fails to write is cut off at once: no write is half kept.
 */
export class LogFolder<S extends z.ZodType> implements KeyFolder<S> {
  private readonly path: string;
  private readonly files: JsonFolder<S>;
  private readonly index = new Map<string, number>();
  /** Values waiting for this turn's write, with the promises of their `write`s. */
  private pending: Array<{ key: string; text: string; done: (error?: unknown) => void }> = [];
  /** Keys read from a file of their own: it goes once the key's value is in the log. */
  private readonly filed = new Set<string>();
  private fd: number | undefined;
  private writable = false;
  /** Where the next line goes: after the last whole line. */
  private size = 0;
  private lines = 0;
  private opened: Promise<void> | undefined;
  private ready: Promise<unknown> | undefined;

  constructor(
    private readonly directory: string,
    private readonly schema: S,
    private readonly onCorrupt: CorruptFileHandler,
    private readonly disk: Disk,
  ) {
    this.path = join(directory, VALUE_LOG);
    this.files = new JsonFolder(directory, schema, onCorrupt, disk);
  }

  /** Reads the log once (the index of keys), without creating or changing anything. */
  private open(): Promise<void> {
    this.opened ??= Promise.resolve().then(() => {
      try {
        this.fd = openSync(this.path, constants.O_RDONLY);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        throw error;
      }
      // Only the keys: the values are read when asked for.
      this.size = this.eachLine(this.fd, (bytes, start, end, offset) => {
        const key = keyOf(bytes, start, end);
        if (key !== undefined) this.index.set(key, offset);
      });
    });
    return this.opened;
  }

  /**
   * Calls `visit` with each line in the log open as `fd` (its bytes from `start` to `end`,
   * and its offset in the log); counts the lines; returns the offset after the last whole one.
   */
  private eachLine(
    fd: number,
    visit: (bytes: Buffer, start: number, end: number, offset: number) => void,
  ): number {
    let buffer = Buffer.allocUnsafe(CHUNK);
    /** The bytes of a line begun in the last read, kept at the buffer's start. */
    let kept = 0;
    /** The log's offset of the buffer's first byte. */
    let base = 0;
    for (;;) {
      if (kept === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, kept);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, kept, buffer.length - kept, base + kept);
      if (read === 0) return base;
      const bytes = buffer.subarray(0, kept + read);
      let start = 0;
      for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
        visit(bytes, start, end, base + start);
        this.lines++;
        start = end + 1;
      }
      kept = bytes.copy(buffer, 0, start);
      base += start;
    }
  }

  whenReady(): Promise<unknown> {
    this.ready ??= makePrivateDir(this.directory).then(() => this.open());
    return this.ready;
  }

  async read(key: string): Promise<z.infer<S> | undefined> {
    await this.open();
    const offset = this.index.get(key);
    if (offset === undefined) {
      const value = await this.files.read(key);
      if (value !== undefined) this.filed.add(key);
      return value;
    }
    const line = this.lineAt(offset);
    let reason: string;
    try {
      const parsed = this.schema.safeParse(JSON.parse(line.json));
      if (parsed.success) return parsed.data;
      reason = `unexpected content (${parsed.error.issues[0]?.message ?? "invalid"})`;
    } catch (error) {
      reason = `not valid JSON (${(error as Error).message})`;
    }
    // Read as empty, as a broken file would be; its copies go, so that none outlives erasure.
    this.erase(key);
    this.onCorrupt(`${this.path} (${key})`, reason);
    return undefined;
  }

  /** The line at `offset` of the log. */
  private lineAt(offset: number): Line {
    for (let size = 1024; ; size *= 4) {
      const bytes = Buffer.allocUnsafe(size);
      const read = readSync(this.fd as number, bytes, 0, size, offset);
      const end = bytes.indexOf(NEWLINE);
      if (end >= 0 && end < read) {
        const line = parseLine(bytes, 0, end);
        if (line) return line;
      }
      if (read < size) throw new Error(`${this.path}: no line at ${offset}`);
    }
  }

  /** Appends the value with the others written in this turn of the event loop. */
  write(key: string, text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ key, text, done: (error) => (error ? reject(error) : resolve()) });
      if (this.pending.length === 1) setImmediate(this.writePending);
    });
  }

  private readonly writePending = () => {
    const batch = this.pending;
    this.pending = [];
    const placed = new Map<string, number>();
    try {
      this.makeWritable();
      const now = Date.now();
      let at = this.size;
      let text = "";
      for (const { key, text: json } of batch) {
        const previous = placed.get(key) ?? this.index.get(key) ?? -1;
        const line = `${encodeURIComponent(key)}\t${now}\t${previous}\t${json}\n`;
        placed.set(key, at);
        at += Buffer.byteLength(line);
        text += line;
      }
      this.append(Buffer.from(text));
    } catch (error) {
      for (const { done } of batch) done(error);
      return;
    }
    for (const [key, offset] of placed) this.index.set(key, offset);
    this.lines += batch.length;
    // A chat stored before the log kept a file of its own: the write is done once that file is
    // gone too (a removal that fails leaves a copy the log's line outranks, as `filed` no
    // longer names it), so that no caller sees the value in two places.
    const leaving = [...placed.keys()].filter((key) => this.filed.delete(key));
    if (leaving.length === 0) for (const { done } of batch) done();
    else
      void Promise.all(leaving.map((key) => this.files.remove(key, []).catch(() => {}))).then(
        () => {
          for (const { done } of batch) done();
        },
      );
    // Superseded and erased lines outnumber live ones (and SLACK): each rewrite then copies
    // at most one live line per line written since the last, however many chats there are.
    if (this.lines > 2 * this.index.size + SLACK) this.compact();
  };

  /** Writes whole lines at the end of the log, or cuts off what a failure left. */
  private append(bytes: Buffer): void {
    try {
      writeAtNow(this.disk, this.fd as number, this.path, bytes, this.size);
    } catch (error) {
      this.cutOff();
      throw error;
    }
    this.size += bytes.length;
  }

  /** The log open for writing (created 0600), nothing after its last whole line. */
  private makeWritable(): void {
    if (this.writable) return;
    const fd = openSync(this.path, constants.O_RDWR | constants.O_CREAT, PRIVATE_FILE);
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = fd;
    this.writable = true;
    this.cutOff();
  }

  private cutOff(): void {
    try {
      ftruncateSync(this.fd as number, this.size);
    } catch {
      // The next write goes at `size` anyway; a torn line past it is cut at the next start.
    }
  }

  /** Blanks every line of the key (its latest, and each one it points back to). */
  private erase(key: string): void {
    let offset = this.index.get(key) ?? -1;
    this.index.delete(key);
    if (offset < 0) return;
    this.makeWritable();
    while (offset >= 0) {
      const line = this.lineAt(offset);
      writeAtNow(this.disk, this.fd as number, this.path, Buffer.alloc(line.length, SPACE), offset);
      offset = line.previous;
    }
  }

  /** Rewrites the log with the latest line of each key: synced, then renamed over it. */
  private compact(): void {
    const next = `${this.path}.next`;
    const fd = openSync(
      next,
      constants.O_RDWR | constants.O_CREAT | constants.O_TRUNC,
      PRIVATE_FILE,
    );
    const moved = new Map<string, number>();
    let size = 0;
    try {
      let text = "";
      /** Where the next line goes in the new log: its bytes written and waiting in `text`. */
      let at = 0;
      const flush = () => {
        const bytes = Buffer.from(text);
        writeAtNow(this.disk, fd, next, bytes, size);
        size += bytes.length;
        text = "";
      };
      this.lines = 0;
      this.eachLine(this.fd as number, (bytes, start, end, offset) => {
        const key = keyOf(bytes, start, end);
        if (key === undefined || this.index.get(key) !== offset) return;
        const line = parseLine(bytes, start, end) as Line;
        const kept = `${encodeURIComponent(line.key)}\t${line.time}\t-1\t${line.json}\n`;
        moved.set(line.key, at);
        at += Buffer.byteLength(kept);
        text += kept;
        if (text.length > CHUNK) flush();
      });
      flush();
      fdatasyncSync(fd);
      renameSync(next, this.path);
    } catch {
      // The old log stays whole (compacting is tried again after the next writes), and the
      // copy goes: erasure reaches only the log.
      closeSync(fd);
      try {
        unlinkSync(next);
      } catch {}
      this.lines = this.index.size;
      return;
    }
    closeSync(this.fd as number);
    this.fd = fd;
    this.size = size;
    this.lines = moved.size;
    for (const [key, offset] of moved) this.index.set(key, offset);
  }

  async remove(key: string, aside: readonly AsideFile[]): Promise<void> {
    await this.open();
    this.erase(key);
    this.filed.delete(key);
    await this.files.remove(key, aside);
  }

  removeAside(file: AsideFile): Promise<void> {
    return this.files.removeAside(file);
  }

  async modifiedAt(key: string): Promise<number | undefined> {
    await this.open();
    const offset = this.index.get(key);
    return offset === undefined ? this.files.modifiedAt(key) : this.lineAt(offset).time;
  }

  asideFiles(): Promise<AsideFile[]> {
    return this.files.asideFiles();
  }

  async storedKeys(): Promise<string[]> {
    await this.open();
    const keys = new Set(await this.files.storedKeys());
    for (const key of this.index.keys()) keys.add(key);
    return [...keys];
  }
}
