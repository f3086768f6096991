import { createHash } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { endianness } from "node:os";
import type { Disk } from "../storage/disk.js";
import { readAt } from "./log-file.js";
import { RequestIndex } from "./log-index.js";

const SNAPSHOT_SCHEMA = "wemi-handoffs-index";
const SNAPSHOT_VERSION = 2;

/** The log's index as it stood after its first `covered` bytes (`lines` lines). */
export interface Snapshot {
  readonly covered: number;
  readonly lines: number;
  /** Of the log's first `covered` bytes: any change to them, damage included, voids the snapshot. */
  readonly sha1: string;
  readonly index: RequestIndex;
}

/** Beside the log. It holds no contact details; erasure and compaction rewrite it. */
export const snapshotFile = (log: string) => `${log}.index`;

const sha1 = (bytes: Buffer) => createHash("sha1").update(bytes).digest("hex");

/**
 * A header line (what the snapshot describes, and the hash of what follows), then the index
 * in binary (typed arrays copy in and out in one go; JSON took seconds at 100,000 requests).
 * Written whole or not at all (temporary file, rename); not synced: a snapshot lost in a
 * crash, or unreadable, only means start-up reads the whole log.
 */
export async function writeSnapshot(disk: Disk, log: string, snapshot: Snapshot): Promise<void> {
  const body = snapshot.index.encode();
  const header = JSON.stringify({
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    endianness: endianness(),
    covered: snapshot.covered,
    lines: snapshot.lines,
    sha1: snapshot.sha1,
    body: sha1(body),
  });
  const path = snapshotFile(log);
  const temporary = `${path}.tmp`;
  try {
    await disk.writeFile(temporary, Buffer.concat([Buffer.from(`${header}\n`), body]));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}

/** Longer than any header line: where start-up looks for its end. */
const HEADER_MAX = 4096;

/**
 * The header line, and the body in a buffer of its own, which the index's typed arrays then
 * view in place: reading the file whole and copying its body out (the header's length puts
 * it off 8-byte alignment) held the body twice, 14 MB more at the peak of a start-up with
 * 100,000 requests.
 */
async function readParts(
  path: string,
): Promise<{ header: string; body: Buffer<ArrayBuffer> } | undefined> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const head = await readAt(handle, 0, Math.min(size, HEADER_MAX));
    const split = head.indexOf(0x0a);
    if (split < 0) return undefined;
    const body = await readAt(handle, split + 1, size - split - 1);
    return { header: head.toString("utf8", 0, split), body };
  } finally {
    await handle.close();
  }
}

/** The snapshot beside the log, or undefined if there is none or it cannot be trusted. */
export async function readSnapshot(log: string): Promise<Snapshot | undefined> {
  const parts = await readParts(snapshotFile(log)).catch(() => undefined);
  if (parts === undefined) return undefined;
  const { body } = parts;
  try {
    const header = JSON.parse(parts.header);
    if (
      header?.schema !== SNAPSHOT_SCHEMA ||
      header.version !== SNAPSHOT_VERSION ||
      header.endianness !== endianness() ||
      !Number.isSafeInteger(header.covered) ||
      !Number.isSafeInteger(header.lines) ||
      typeof header.sha1 !== "string" ||
      header.body !== sha1(body)
    )
      return undefined;
    const index = RequestIndex.decode(body);
    return index && { covered: header.covered, lines: header.lines, sha1: header.sha1, index };
  } catch {
    return undefined;
  }
}
