import { createHash } from "node:crypto";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
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
 * missing, damaged or unwritable, the value is derived again.
 */
export async function cachedDerivation<T>(
  name: string,
  key: string,
  derive: () => Promise<T>,
  options: { readonly dir?: string; readonly keep?: (value: T) => boolean } = {},
): Promise<T> {
  const dir = options.dir ?? DERIVED_CACHE_DIR;
  const file = join(dir, `${name}-${key}.json`);
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    // Not cached yet, or damaged: derive it.
  }
  const value = await derive();
  if (options.keep?.(value) ?? true) {
    try {
      await mkdir(dir, { recursive: true });
      await new TextFile(file).write(JSON.stringify(value));
    } catch {
      // A read-only checkout still works, it just derives on every start.
    }
  }
  return value;
}
