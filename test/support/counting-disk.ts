import type { FileHandle } from "node:fs/promises";
import { type Disk, realDisk } from "../../src/storage/disk.js";

/** The real disk, counting the whole-file writes made under each folder named. */
export class CountingDisk implements Disk {
  readonly written: string[] = [];

  /** How many whole-file writes went to paths containing `part` (e.g. "/profiles/"). */
  writesTo(part: string): number {
    return this.written.filter((path) => path.includes(part)).length;
  }

  writeFile(path: string, data: string | Uint8Array): Promise<void> {
    this.written.push(path);
    return realDisk.writeFile(path, data);
  }

  writeSmallFileNow(path: string, temporary: string, data: string): void {
    this.written.push(path);
    realDisk.writeSmallFileNow?.(path, temporary, data);
  }

  writeAt(fd: number, path: string, data: Uint8Array, position: number): void {
    this.written.push(path);
    realDisk.writeAt?.(fd, path, data, position);
  }

  openAppend(path: string): Promise<FileHandle> {
    return realDisk.openAppend(path);
  }
}
