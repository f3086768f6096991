import type { FileHandle } from "node:fs/promises";
import { type Disk, realDisk } from "../../src/storage/disk.js";

/**
 * A disk that fails like a full (ENOSPC), read-only (EROFS) or forbidden (EACCES) one, for the
 * paths a test picks, and works again when the test frees it. An append that fails writes
 * part of its bytes first, as a real full disk can.
 */
export class FaultyDisk implements Disk {
  private code: string | undefined;
  private affects: (path: string) => boolean = () => true;
  failures = 0;

  fail(code: "ENOSPC" | "EROFS" | "EACCES", affects: (path: string) => boolean = () => true) {
    this.code = code;
    this.affects = affects;
  }

  free(): void {
    this.code = undefined;
  }

  private check(path: string): void {
    if (this.code === undefined || !this.affects(path)) return;
    this.failures++;
    throw Object.assign(new Error(`${this.code}: injected, write '${path}'`), {
      code: this.code,
      path,
    });
  }

  async writeFile(path: string, data: string): Promise<void> {
    this.check(path);
    await realDisk.writeFile(path, data);
  }

  writeAt(fd: number, path: string, data: Uint8Array, position: number): void {
    if (this.code !== undefined && this.affects(path)) {
      realDisk.writeAt?.(fd, path, data.subarray(0, Math.floor(data.length / 2)), position);
      this.check(path);
    }
    realDisk.writeAt?.(fd, path, data, position);
  }

  async openAppend(path: string): Promise<FileHandle> {
    const handle = await realDisk.openAppend(path);
    const appendFile = async (data: string) => {
      if (this.code !== undefined && this.affects(path)) {
        await handle.appendFile(data.slice(0, Math.floor(data.length / 2)));
        this.check(path);
      }
      await handle.appendFile(data);
    };
    return new Proxy(handle, {
      get: (target, property) => {
        if (property === "appendFile") return appendFile;
        const value: unknown = Reflect.get(target, property);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }
}
