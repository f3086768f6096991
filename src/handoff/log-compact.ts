import { createHash, type Hash } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import type { Disk } from "../storage/disk.js";
import { HEADER, type LinePosition } from "./log-file.js";
import type { IndexEntry } from "./log-index.js";

/** How much of the log a bulk read or a compaction reads at once. */
const WINDOW = 1024 * 1024;
/** Requests a compaction reads and writes at a time. */
const BATCH = 1000;

/**
 * The bytes of each entry's line, read in windows of the log in file order (`readAt` reads
 * the log), rather than a line at a time.
 */
export async function readInWindows(
  entries: readonly IndexEntry[],
  readAt: (offset: number, length: number) => Promise<Buffer>,
  each: (entry: IndexEntry, bytes: Buffer) => void,
): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  for (let i = 0; i < sorted.length; ) {
    const first = sorted[i] as IndexEntry;
    let j = i + 1;
    while (j < sorted.length && (sorted[j] as IndexEntry).offset - first.offset < WINDOW) j++;
    const last = sorted[j - 1] as IndexEntry;
    const window = await readAt(first.offset, last.offset + last.length - first.offset);
    for (const entry of sorted.slice(i, j)) {
      const start = entry.offset - first.offset;
      each(entry, window.subarray(start, start + entry.length));
    }
    i = j;
  }
}

/** A compacted log: its size, lines and hash, and where each request's line went. */
export interface Compacted {
  readonly size: number;
  readonly lines: number;
  readonly hash: Hash;
  readonly moved: ReadonlyArray<readonly [string, LinePosition]>;
}

/**
 * Writes the latest version of each request (`entries`, their lines read by `readLines`) to a
 * new log, then renames it over `file`: a crash leaves either the old log or the compacted
 * one, whole. A compaction that cannot be written (full disk) leaves the log as it was.
 */
export async function writeCompacted(
  file: string,
  disk: Disk,
  entries: readonly IndexEntry[],
  readLines: (
    entries: readonly IndexEntry[],
    each: (entry: IndexEntry, bytes: Buffer) => void,
  ) => Promise<void>,
): Promise<Compacted> {
  const temporary = `${file}.compact`;
  const moved: Array<[string, LinePosition]> = [];
  const hash = createHash("sha1");
  let size = 0;
  let lines = 0;
  try {
    await rm(temporary, { force: true });
    const output = await disk.openAppend(temporary);
    try {
      const write = async (chunk: Buffer) => {
        await output.appendFile(chunk);
        hash.update(chunk);
        size += chunk.length;
      };
      await write(Buffer.from(`${HEADER}\n`));
      lines = 1;
      for (let i = 0; i < entries.length; i += BATCH) {
        const batch = entries.slice(i, i + BATCH);
        const bytes = new Map<IndexEntry, Buffer>();
        await readLines(batch, (entry, line) => bytes.set(entry, line));
        const chunk: Buffer[] = [];
        let offset = size;
        for (const entry of batch) {
          const line = bytes.get(entry) as Buffer;
          lines++;
          moved.push([entry.reference, { offset, length: line.length, line: lines }]);
          chunk.push(line, Buffer.from("\n"));
          offset += line.length + 1;
        }
        await write(Buffer.concat(chunk));
      }
      await output.sync();
    } finally {
      await output.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
  return { size, lines, hash, moved };
}
