import {
  closeSync,
  constants,
  openSync,
  rename as renameFile,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  writeFile as writeWhole,
} from "node:fs";
import { type FileHandle, mkdir, open, rm, unlink } from "node:fs/promises";

/** Personal data at rest is readable by the bot's user only. */
export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;

/**
 * The few file writes storage makes, passed in so tests can fail them (a full disk, a
 * read-only mount) without root or a real small filesystem.
 */
export interface Disk {
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /**
   * A chat's small state file written and renamed into place at once, on the calling thread
   * (see writeAtomically; a first file straight under its name). Without it, writeFile and
   * an asynchronous rename.
   */
  writeSmallFileNow?(path: string, temporary: string, data: string): void;
  /** Opens a file for appending (created 0600). */
  openAppend(path: string): Promise<FileHandle>;
  /**
   * A file (created 0600) appended `data` on the calling thread and left open for more
   * appends: its descriptor. One that fails is removed. Without it, openAppend.
   */
  createNow?(path: string, data: string): number;
  /**
   * Writes all of `data` at `position` of the file open as `fd` (at `path`), on the calling
   * thread: a value log's lines (see LogFolder). Without it, the real write.
   */
  writeAt?(fd: number, path: string, data: Uint8Array, position: number): void;
}

/**
 * fs's callback forms, not fs/promises: a whole-file write there opens a FileHandle and
 * chains promises for each step, about a fifth more CPU for the same system calls.
 */
const writeFile = (path: string, data: string | Uint8Array) =>
  new Promise<void>((resolve, reject) =>
    writeWhole(path, data, { mode: PRIVATE_FILE }, (error) => (error ? reject(error) : resolve())),
  );
const rename = (from: string, to: string) =>
  new Promise<void>((resolve, reject) =>
    renameFile(from, to, (error) => (error ? reject(error) : resolve())),
  );

/** Creates a file that must not exist yet (O_EXCL), for a key's first write. */
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;

/**
 * A key's first file is written straight under its name: there is no previous version for a
 * crash mid-write to spare, so the temporary file and the rename (half of the cost of a
 * write in a folder of thousands: 24 against 53 microseconds) buy nothing. A later write
 * replaces the file through a temporary one, so that a crash keeps the previous version.
 * A first write that fails leaves no file; one that a power cut tears leaves an empty file,
 * which reads as no value (see JsonFolder.read): the loss of that first change only.
 */
/** Writes all of `data` at the file's position (a regular file takes it in one write). */
function writeAll(fd: number, data: string): void {
  const bytes = Buffer.from(data);
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
}

/** Closes and removes a file this process has just opened and failed to fill. */
function undoCreate(fd: number, path: string): void {
  closeSync(fd);
  unlinkSync(path);
}

function writeSmallFileNow(path: string, temporary: string, data: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, CREATE_NEW, PRIVATE_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (fd === undefined) {
    writeFileSync(temporary, data, { mode: PRIVATE_FILE });
    renameSync(temporary, path);
    return;
  }
  try {
    writeAll(fd, data);
  } catch (error) {
    undoCreate(fd, path);
    throw error;
  }
  closeSync(fd);
}

function createNow(path: string, data: string): number {
  const fd = openSync(path, "a", PRIVATE_FILE);
  try {
    writeAll(fd, data);
  } catch (error) {
    undoCreate(fd, path);
    throw error;
  }
  return fd;
}

function writeAt(fd: number, _path: string, data: Uint8Array, position: number): void {
  for (let at = 0; at < data.length; ) {
    at += writeSync(fd, data, at, data.length - at, position + at);
  }
}

/** Writes at a position through `disk`, or straight to the file when it has no such write. */
export function writeAtNow(
  disk: Disk,
  fd: number,
  path: string,
  data: Uint8Array,
  position: number,
): void {
  if (disk.writeAt) disk.writeAt(fd, path, data, position);
  else writeAt(fd, path, data, position);
}

export const realDisk: Disk = {
  writeFile,
  writeSmallFileNow,
  openAppend: (path) => open(path, "a", PRIVATE_FILE),
  createNow,
  writeAt,
};

/** Creates a directory (and parents) readable by the bot's user only. */
export function makePrivateDir(path: string): Promise<unknown> {
  return mkdir(path, { recursive: true, mode: PRIVATE_DIR });
}

/** Errors that mean "storage cannot take writes now", not "this data is wrong". */
const UNWRITABLE = new Set(["ENOSPC", "EDQUOT", "EACCES", "EPERM", "EROFS", "EIO"]);

/**
 * Also by the message ("ENOSPC: no space left on device, write"): an error that crossed a
 * dialogue's `external` was cloned, which keeps the message but not the `code`.
 */
export function isStorageUnavailable(error: unknown): boolean {
  const code =
    (error as NodeJS.ErrnoException)?.code ??
    /^([A-Z]+):/.exec(String((error as Error)?.message))?.[1];
  return UNWRITABLE.has(code ?? "");
}

/** Names this process's temporary files apart (writes of one key are serialised anyway). */
let temporaries = 0;

/**
 * Writes a whole file or nothing: a temporary file, then an atomic rename over the old one
 * (on the real disk, a key's first file is written in place: see writeSmallFileNow).
 * On the real disk both steps run on the calling thread: a chat's profile or dialogue is a
 * few kilobytes going to the page cache (no sync), and each asynchronous step hands its
 * system call to libuv's thread pool and back, which cost about twice the CPU of the calls
 * themselves on the bot's 2-core machine (0.115 vs 0.056 ms per write and rename; 10% of the
 * bot's CPU per update in alternated runs).
 */
export async function writeAtomically(disk: Disk, path: string, data: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${++temporaries}.tmp`;
  try {
    if (disk.writeSmallFileNow) disk.writeSmallFileNow(path, temporary, data);
    else {
      await disk.writeFile(temporary, data);
      await rename(temporary, path);
    }
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}

/** Removes a file if it is there: one unlink (fs.rm would lstat first). */
export async function removeFile(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
