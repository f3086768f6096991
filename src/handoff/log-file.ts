import { createHash, type Hash } from "node:crypto";
import { type FileHandle, readFile } from "node:fs/promises";
import { z } from "zod";
import { type HandoffRequest, handoffRequestSchema } from "./request.js";

export const SCHEMA = "wemi-handoffs";
export const SCHEMA_VERSION = 1;
export const HEADER = JSON.stringify({ schema: SCHEMA, version: SCHEMA_VERSION });

const headerSchema = z.strictObject({
  schema: z.literal(SCHEMA),
  version: z.literal(SCHEMA_VERSION),
});
const entrySchema = z.strictObject({ put: handoffRequestSchema });

/** The store's file cannot be trusted: start-up stops, and the file is left as it is. */
export class HandoffStoreCorruptError extends Error {
  override readonly name = "HandoffStoreCorruptError";
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(
      `${file}:${line}: ${reason}. The file was not modified: inspect or restore it, then start again.`,
    );
  }
}

const NEWLINE = 0x0a;

/**
 * How many bytes of `bytes` are whole lines, leaving out what a crash can leave at the end:
 * a last line without its newline (cut mid-write), or lines of zero bytes (the file's size
 * reached the disk, its data did not). Such a write was never acknowledged: the write is
 * synced before anyone is told, so setting it aside loses nothing that was promised.
 */
export function wholeLength(bytes: Buffer): number {
  let end = bytes.lastIndexOf(NEWLINE) + 1;
  while (end > 0) {
    const previous = end >= 2 ? bytes.lastIndexOf(NEWLINE, end - 2) + 1 : 0;
    if (previous === end - 1) break;
    for (let i = previous; i < end - 1; i++) if (bytes[i] !== 0) return end;
    end = previous;
  }
  return end;
}

/** A request's latest line: where it is in the file, and which line it is (from 1). */
export interface LinePosition {
  readonly offset: number;
  readonly length: number;
  readonly line: number;
}

/** One line of the log (without its newline): the request it holds, or file:line. */
export function parseEntry(file: string, text: string, line: number): HandoffRequest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HandoffStoreCorruptError(file, line, "not valid JSON");
  }
  const parsed = entrySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HandoffStoreCorruptError(file, line, `${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data.put;
}

/**
 * Reads whole lines of `bytes`, which start at `offset` in the file and at line `firstLine`;
 * line 1 is the header. Returns the number of the line after them. Throws
 * HandoffStoreCorruptError on anything unexpected.
 */
export function parseLines(
  file: string,
  bytes: Buffer,
  offset: number,
  firstLine: number,
  onRequest: (request: HandoffRequest, position: LinePosition) => void,
): number {
  let line = firstLine;
  for (let start = 0; start < bytes.length; line++) {
    const end = bytes.indexOf(NEWLINE, start);
    if (end < 0) throw new HandoffStoreCorruptError(file, line, "the last line is incomplete");
    const text = bytes.toString("utf8", start, end);
    if (line === 1) {
      let header: unknown;
      try {
        header = JSON.parse(text);
      } catch {}
      if (!headerSchema.safeParse(header).success)
        throw new HandoffStoreCorruptError(file, 1, "unknown header or schema version");
    } else {
      onRequest(parseEntry(file, text, line), {
        offset: offset + start,
        length: end - start,
        line,
      });
    }
    start = end + 1;
  }
  return line;
}

const CHUNK = 4 * 1024 * 1024;

/**
 * The hash of the first `bytes` of a file, read in chunks (the log can be large), the next
 * chunk read while this one is hashed: at start-up each read's answer waits for the main
 * thread, busy loading the content, so reads one after the other left it idle in between.
 */
export async function hashPrefix(handle: FileHandle, bytes: number): Promise<Hash> {
  const hash = createHash("sha1");
  const size = Math.min(CHUNK, Math.max(bytes, 1));
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  const readChunk = (position: number, buffer: Buffer) =>
    position < bytes
      ? handle.read(buffer, 0, Math.min(size, bytes - position), position)
      : Promise.resolve({ bytesRead: 0, buffer });
  let next = readChunk(0, buffers[0] as Buffer);
  for (let position = 0, turn = 0; position < bytes; turn ^= 1) {
    const { bytesRead, buffer } = await next;
    if (bytesRead === 0) break;
    next = readChunk(position + bytesRead, buffers[turn ^ 1] as Buffer);
    hash.update(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  await next;
  return hash;
}

/** Reads `length` bytes at `position`: a request's line, or the log's tail. */
export async function readAt(
  handle: FileHandle,
  position: number,
  length: number,
): Promise<Buffer<ArrayBuffer>> {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(bytes, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return bytes.subarray(0, done);
}

/**
 * The requests in a log as they stand now (the last version of each, in creation order),
 * read without opening the log for writing: for exports and reports beside a running bot.
 * A last line without its newline is a write in progress, not yet acknowledged: left out.
 */
export async function readHandoffLog(file: string): Promise<HandoffRequest[]> {
  const bytes = await readFile(file);
  const latest = new Map<string, HandoffRequest>();
  parseLines(file, bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1), 0, 1, (request) =>
    latest.set(request.reference, request),
  );
  return [...latest.values()];
}
