import { createHash, type Hash } from "node:crypto";
import { type FileHandle, truncate } from "node:fs/promises";
import type { Disk } from "../storage/disk.js";
import { hashPrefix, parseLines, readAt, wholeLength } from "./log-file.js";
import { RequestIndex } from "./log-index.js";
import { readSnapshot } from "./log-snapshot.js";

/** Told when start-up set an incomplete last write aside (`sideFile` keeps its bytes). */
export type OnTornTail = (details: { file: string; sideFile: string; bytes: number }) => void;

/** What start-up found: the index, and how far the log's whole lines go. */
export interface Loaded {
  readonly index: RequestIndex;
  readonly size: number;
  readonly lines: number;
  readonly hash: Hash;
  /** Lines the snapshot already covered (0 without one). */
  readonly snapshotLines: number;
}

export const nothingLoaded = (): Loaded => ({
  index: new RequestIndex(),
  size: 0,
  lines: 0,
  hash: createHash("sha1"),
  snapshotLines: 0,
});

/**
 * Reads the index from the snapshot if it matches the log, then the lines after it (all of
 * them without one). An incomplete last write is set aside; damage stops start-up.
 */
export async function load(
  file: string,
  reader: FileHandle,
  disk: Disk,
  now: () => number,
  onTornTail: OnTornTail | undefined,
): Promise<Loaded> {
  const { size: fileSize } = await reader.stat();
  const snapshot = await readSnapshot(file);
  let start = 0;
  let lines = 0;
  let index: RequestIndex | undefined;
  let hash: Hash | undefined;
  if (snapshot !== undefined && snapshot.covered <= fileSize) {
    const prefix = await hashPrefix(reader, snapshot.covered);
    if (prefix.copy().digest("hex") === snapshot.sha1) {
      ({ index } = snapshot);
      hash = prefix;
      start = snapshot.covered;
      lines = snapshot.lines;
    }
  }
  const snapshotLines = lines;
  index ??= new RequestIndex();
  hash ??= createHash("sha1");
  const rest = await readAt(reader, start, fileSize - start);
  const whole = wholeLength(rest);
  if (whole < rest.length) {
    const sideFile = `${file}.torn-${now()}`;
    await disk.writeFile(sideFile, rest.toString("utf8", whole));
    await truncate(file, start + whole);
    onTornTail?.({ file, sideFile, bytes: rest.length - whole });
  }
  const known = index;
  lines =
    parseLines(file, rest.subarray(0, whole), start, lines + 1, (request, position) =>
      known.put(request, position),
    ) - 1;
  hash.update(rest.subarray(0, whole));
  return { index, size: start + whole, lines, hash, snapshotLines };
}
