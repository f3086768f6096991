import { readdir, readFile, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { type Disk, makePrivateDir, removeFile, writeAtomically } from "./disk.js";

export type CorruptFileHandler = (file: string, reason: string) => void;

const SUFFIX = ".json";
/** Files moved aside as unreadable: `<key>.json.corrupt-<time>`. */
const ASIDE = ".corrupt-";

/** The key of a `<key>.json` file name (chat ids need no decoding). */
const keyOf = (name: string): string => {
  const encoded = name.slice(0, -SUFFIX.length);
  return encoded.includes("%") ? decodeURIComponent(encoded) : encoded;
};

/** A file moved aside as unreadable: whose key it was, and when. */
export interface AsideFile {
  readonly name: string;
  readonly key: string;
  readonly time: number;
}

/** Where a store's values are kept: a file per key (JsonFolder) or one log (LogFolder). */
export interface KeyFolder<S extends z.ZodType> {
  /** The key's value, undefined when it has none or an unreadable one (reported). */
  read(key: string): Promise<z.infer<S> | undefined>;
  /** Writes the key's whole value or nothing (after whenReady). */
  write(key: string, text: string): Promise<void>;
  /** Creates the folder if needed; once per store. */
  whenReady(): Promise<unknown>;
  /** Removes every copy of the key's value, and the given copies of it set aside. */
  remove(key: string, aside: readonly AsideFile[]): Promise<void>;
  removeAside(file: AsideFile): Promise<void>;
  /** When the key was last written, if it has a value. */
  modifiedAt(key: string): Promise<number | undefined>;
  /** The files set aside as unreadable (see JsonFolder.asideFiles). */
  asideFiles(): Promise<AsideFile[]>;
  /** The keys that have a value (none when the folder does not exist). */
  storedKeys(): Promise<string[]>;
}

/**
 * The folder of one JSON file per key, as files: their names, the reading of one (a file
 * that no longer parses is moved aside, never overwritten, and reported), the atomic write,
 * and the copies set aside. No caching here: JsonDirectoryStore decides when to touch disk.
 */
export class JsonFolder<S extends z.ZodType> implements KeyFolder<S> {
  /** Whether a file may have been set aside in the folder; known after the first listing. */
  private setAside = true;
  /** Counts files set aside, so that a listing begun before one does not hide it. */
  private setAsideCount = 0;
  private ready: Promise<unknown> | undefined;

  constructor(
    private readonly directory: string,
    private readonly schema: S,
    private readonly onCorrupt: CorruptFileHandler,
    private readonly disk: Disk,
  ) {}

  private pathOf(key: string): string {
    return join(this.directory, `${encodeURIComponent(key)}${SUFFIX}`);
  }

  /** The key's value, undefined when it has no file or an unreadable one (then set aside). */
  async read(key: string): Promise<z.infer<S> | undefined> {
    let text: string;
    try {
      text = await readFile(this.pathOf(key), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    // A first write a power cut tore (see writeSmallFileNow): that change is lost, no more.
    if (text === "") return undefined;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      await this.quarantine(key, `not valid JSON (${(error as Error).message})`);
      return undefined;
    }
    const parsed = this.schema.safeParse(raw);
    if (!parsed.success) {
      await this.quarantine(
        key,
        `unexpected content (${parsed.error.issues[0]?.message ?? "invalid"})`,
      );
      return undefined;
    }
    return parsed.data;
  }

  /** Writes the key's whole file or nothing (after whenReady). */
  async write(key: string, text: string): Promise<void> {
    await writeAtomically(this.disk, this.pathOf(key), text);
  }

  /** Creates the folder if needed; once per store. */
  whenReady(): Promise<unknown> {
    this.ready ??= makePrivateDir(this.directory);
    return this.ready;
  }

  /** Removes the key's file and the given copies of it set aside. */
  async remove(key: string, aside: readonly AsideFile[]): Promise<void> {
    await removeFile(this.pathOf(key));
    for (const file of aside) await removeFile(join(this.directory, file.name));
  }

  async removeAside(file: AsideFile): Promise<void> {
    await removeFile(join(this.directory, file.name));
  }

  /** When the key was last written (its file's time), if it exists. */
  modifiedAt(key: string): Promise<number | undefined> {
    return stat(this.pathOf(key)).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
  }

  /**
   * The files set aside as unreadable. Call after a first listing: until then the folder
   * may hold some, and it is listed again.
   */
  async asideFiles(): Promise<AsideFile[]> {
    // Every ended dialogue is deleted: no listing of the whole folder when nothing is aside.
    if (!this.setAside) return [];
    const names = await this.list().catch(() => [] as string[]);
    return names.flatMap((name) => {
      const at = name.lastIndexOf(`${SUFFIX}${ASIDE}`);
      if (at < 0) return [];
      const key = decodeURIComponent(name.slice(0, at));
      return [{ name, key, time: Number(name.slice(at + SUFFIX.length + ASIDE.length)) || 0 }];
    });
  }

  /** The folder's file names (none when it does not exist); notes whether any was set aside. */
  async list(): Promise<string[]> {
    const count = this.setAsideCount;
    const names = await readdir(this.directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    });
    if (count === this.setAsideCount) {
      this.setAside = names.some((name) => name.includes(`${SUFFIX}${ASIDE}`));
    }
    return names;
  }

  async storedKeys(): Promise<string[]> {
    const keys: string[] = [];
    for (const name of await this.list()) {
      const key = JsonFolder.keyOf(name);
      if (key !== undefined) keys.push(key);
    }
    return keys;
  }

  /** The key of a listed file name, if it is a key's file. */
  static keyOf(name: string): string | undefined {
    return name.endsWith(SUFFIX) ? keyOf(name) : undefined;
  }

  private async quarantine(key: string, reason: string): Promise<void> {
    const path = this.pathOf(key);
    const aside = `${path}${ASIDE}${Date.now()}`;
    this.setAside = true;
    this.setAsideCount++;
    await rename(path, aside).catch(() => {});
    this.onCorrupt(aside, reason);
  }
}
