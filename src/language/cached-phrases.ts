import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  codeFiles,
  DERIVED_CACHE_DIR,
  fingerprint,
  markUsed,
  removeStale,
} from "../cache/index.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { compilePhrase, type Phrase } from "./phrases.js";

/** A compiled phrase as JSON holds it: the opening's set of words as a list. */
type StoredPhrase = Omit<Phrase, "opening"> & {
  readonly opening: {
    readonly words: readonly string[];
    readonly prefixes: readonly string[];
  } | null;
};

const stored = (phrase: Phrase): StoredPhrase => ({
  ...phrase,
  opening: phrase.opening && {
    words: [...phrase.opening.words],
    prefixes: phrase.opening.prefixes,
  },
});

const revived = (phrase: StoredPhrase): Phrase => ({
  ...phrase,
  opening: phrase.opening && { ...phrase.opening, words: new Set(phrase.opening.words) },
});

/**
 * Runs `build` with a compilePhrase that remembers between runs what it compiled under
 * `name`: normalising every word of the 6,000 danger cues took a quarter of a second of each
 * start. The key covers the code that compiles (this folder and the NLU normaliser); within
 * it, a phrase is found by its text, so an edited cue is compiled anew and the stored list
 * keeps only the phrases of the last build. A build that throws (a cue with no word) stores
 * nothing. Missing, damaged or unwritable, the cache only costs the compiling.
 */
export async function withCachedPhrases<T>(
  name: string,
  build: (compile: (source: string) => Phrase) => T,
  dir: string = DERIVED_CACHE_DIR,
): Promise<T> {
  const key = await fingerprint(PROJECT_ROOT, await codeFiles(["language", "nlu"]));
  const file = join(dir, `${name}-${key}.json`);
  const known: Record<string, StoredPhrase> = await readFile(file, "utf8")
    .then((text) => {
      markUsed(file);
      return JSON.parse(text) as Record<string, StoredPhrase>;
    })
    .catch(() => ({}));
  const used = new Map<string, StoredPhrase>();
  let compiled = false;
  const result = build((source) => {
    const found = Object.hasOwn(known, source) ? known[source] : undefined;
    if (found !== undefined) {
      used.set(source, found);
      return revived(found);
    }
    compiled = true;
    const phrase = compilePhrase(source);
    used.set(source, stored(phrase));
    return phrase;
  });
  if (compiled || used.size < Object.keys(known).length) {
    const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await mkdir(dir, { recursive: true });
      await writeFile(temporary, JSON.stringify(Object.fromEntries(used)));
      await rename(temporary, file);
      await removeStale(file);
    } catch {
      await rm(temporary, { force: true }).catch(() => {});
    }
  }
  return result;
}
