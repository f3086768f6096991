import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { cachedDerivation, codeFiles, fingerprint } from "../cache/index.js";
import {
  askedWordsFile,
  type CatalogueLoadResult,
  type CataloguePaths,
  loadCatalogue,
  readingWordsFiles,
} from "./load.js";

/**
 * loadCatalogue, remembered between runs: parsing, schema checks and the near-duplicate
 * search over every example took about half a second of each start and /reload. The key
 * covers every catalogue file and the code that reads and checks them (this folder and the
 * NLU normalisation the duplicate search uses); only a clean result is kept.
 */
export async function loadCatalogueCached(
  paths: CataloguePaths,
  cacheDir?: string,
  /** Reads and checks it when the cache has no clean result (the bot: on another thread). */
  check: (paths: CataloguePaths) => Promise<CatalogueLoadResult> = loadCatalogue,
): Promise<CatalogueLoadResult> {
  let names: string[];
  try {
    names = (await readdir(paths.intentsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return check(paths);
  }
  const sources = [
    paths.servicesFile,
    ...names.map((name) => join(paths.intentsDir, name)),
    // The languages' reading words: the catalogue holds them too.
    ...(await readingWordsFiles(paths)).map(([, file]) => file),
    // What a request asks for (data/nlu/asked.yaml): the catalogue holds it too.
    ...[await askedWordsFile(paths)].filter((file) => file !== undefined),
  ];
  const key = await fingerprint(paths.root, [
    ...(await codeFiles(["catalogue", "nlu"])),
    ...sources,
  ]);
  return cachedDerivation("catalogue", key, () => check(paths), {
    ...(cacheDir === undefined ? {} : { dir: cacheDir }),
    keep: (result) => result.ok,
  });
}
