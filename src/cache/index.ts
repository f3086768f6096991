import { createHash } from "node:crypto";
import { utimesSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextFile } from "lowdb/node";
import { PROJECT_ROOT } from "../config/paths.js";

/** Where values derived from the shipped content are kept between runs (as the NLU model). */
export const DERIVED_CACHE_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "wemi-bot");

/** The project's code folder in use: src/ under tsx, dist/ when compiled. */
const CODE_DIR = fileURLToPath(new URL("../", import.meta.url));
const CODE_EXTENSION = extname(fileURLToPath(import.meta.url));

/** The code files of the given folders of the project (catalogue, nlu…), sorted. */
export async function codeFiles(folders: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(
    folders.map(async (folder) =>
      (await readdir(join(CODE_DIR, folder)))
        .filter((name) => name.endsWith(CODE_EXTENSION))
        .sort()
        .map((name) => join(CODE_DIR, folder, name)),
    ),
  );
  return lists.flat();
}

/**
 * A hash of the files' names and contents: any edit to the content, or to the code that
 * derives from it, gives another key. A missing file hashes as missing, not as an error.
 */
export async function fingerprint(root: string, files: readonly string[]): Promise<string> {
  const contents = await Promise.all(files.map((file) => readFile(file).catch(() => null)));
  const hash = createHash("sha256");
  files.forEach((file, i) => {
    hash.update(`${file.startsWith(root) ? file.slice(root.length) : file}\0`);
    hash.update(contents[i] ?? "\0missing\0");
  });
  return hash.digest("hex").slice(0, 24);
}

/**
 * The value derived under `key`: from the cache when present, else derived and, when `keep`
 * says it is worth it, stored for the next start. The cache is only an optimisation:
 * missing, damaged or unwritable, the value is derived again. `restore` turns the stored
 * form into the one used (typed arrays from their text, see typed.ts); one it cannot read
 * throws, and counts as damaged.
 */
export async function cachedDerivation<T, R = T>(
  name: string,
  key: string,
  derive: () => Promise<T>,
  options: {
    readonly dir?: string;
    readonly keep?: (value: T) => boolean;
    readonly restore?: (stored: T) => R;
  } = {},
): Promise<R> {
  const dir = options.dir ?? DERIVED_CACHE_DIR;
  const restore = options.restore ?? ((stored: T) => stored as unknown as R);
  const file = join(dir, `${name}-${key}.json`);
  try {
    const value = restore(JSON.parse(await readFile(file, "utf8")) as T);
    markUsed(file);
    return value;
  } catch {
    // Not cached yet, or damaged: derive it.
  }
  const value = await derive();
  if (options.keep?.(value) ?? true) {
    try {
      await mkdir(dir, { recursive: true });
      await new TextFile(file).write(JSON.stringify(value));
      await removeStale(file);
    } catch {
      // A read-only checkout still works, it just derives on every start.
    }
  }
  return restore(value);
}

/**
 * An entry not read nor written for this long, when another of its kind is written, is
 * stale. Not at once: the test suite, the CLIs and the bot read entries of the same kind
 * under different keys in turn (copies of the content edited by a test, the model of every
 * other language), and each would delete what the others are about to read.
 */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** An entry's kind and key: `geo-<key>.json`, `model-<key>.bin`, and their temporaries. */
const ENTRY = /^\.?(.+)-[0-9a-f]{24}\.(?:json|bin)(?:(?:\.[\w-]+)?\.tmp)?$/;

/**
 * Notes that the entry was just read (its modification time, which removeStale goes by); a
 * read-only checkout just keeps the old time. Synchronous: a few microseconds each, where a
 * promise per file took 40 ms of a start-up's main thread at load 10 (--cpu-prof).
 */
export function markUsed(file: string): void {
  const now = new Date();
  try {
    utimesSync(file, now, now);
  } catch {
    // Gone meanwhile, or not ours to touch: it is only a hint for the clean-up.
  }
}

/**
 * After `file` was written: removes the other entries of its kind (and temporaries a crashed
 * write left) not used for STALE_AFTER_MS. Every edit to the content or the code gave a new
 * key, and the old entries stayed forever (137 files, 172 MB in one checkout). Best effort:
 * an entry another process removes or reads meanwhile is only derived again.
 */
export async function removeStale(file: string, now: number = Date.now()): Promise<void> {
  const kind = ENTRY.exec(basename(file))?.[1];
  if (kind === undefined) return;
  const dir = dirname(file);
  const names = await readdir(dir).catch(() => []);
  await Promise.all(
    names
      .filter((name) => name !== basename(file) && ENTRY.exec(name)?.[1] === kind)
      .map(async (name) => {
        const entry = join(dir, name);
        try {
          if (now - (await stat(entry)).mtimeMs > STALE_AFTER_MS) await rm(entry, { force: true });
        } catch {
          // Gone already, or a folder that takes no writes: the next write tries again.
        }
      }),
  );
}
