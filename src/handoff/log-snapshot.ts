import { createHash } from "node:crypto";
import { readFile, rename, rm } from "node:fs/promises";
import { endianness } from "node:os";
import type { Disk } from "../storage/disk.js";
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

/** The snapshot beside the log, or undefined if there is none or it cannot be trusted. */
export async function readSnapshot(log: string): Promise<Snapshot | undefined> {
  const bytes = await readFile(snapshotFile(log)).catch(() => undefined);
  if (bytes === undefined) return undefined;
  const split = bytes.indexOf(0x0a);
  const body = bytes.subarray(split + 1);
  try {
    const header = JSON.parse(bytes.toString("utf8", 0, split));
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
