import { fnv1a } from "../util/fnv1a.js";
/**
 * Typo-tolerant lookup of a word in a fixed vocabulary. Candidates come from a
 * deletion index (every word with up to two letters removed), so a query costs
 * a few map look-ups plus edit distances on the handful of words that share a
 * deletion, instead of a scan of the whole vocabulary.
 */
export interface FuzzyVocabulary {
  has(word: string): boolean;
  /** The closest known words within the allowed distance, closest first; [] when none. */
  correct(word: string): string[];
}

/** Short words tolerate fewer typos: "roma" must not become "rosa", nor "rho" "ro". */
export function allowedTypos(word: string): number {
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * Edits from `a` to `b`: insertions, deletions, substitutions and swaps of two neighbouring
 * letters, each letter edited once (the restricted Damerau-Levenshtein distance, as natural's
 * `DamerauLevenshteinDistance(a, b, { restricted: true })` computes it). Three rows of numbers
 * reused between calls: natural built an object per cell of the whole matrix, a tenth of the
 * bytes a citizen's message allocated.
 */
let rows: [Uint32Array, Uint32Array, Uint32Array] = [
  new Uint32Array(64),
  new Uint32Array(64),
  new Uint32Array(64),
];
export function typoDistance(a: string, b: string): number {
  const width = b.length + 1;
  if (rows[0].length < width) {
    rows = [new Uint32Array(width), new Uint32Array(width), new Uint32Array(width)];
  }
  let [beforeLast, last, current] = rows;
  for (let column = 0; column < width; column++) last[column] = column;
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    const letter = a.charCodeAt(row - 1);
    for (let column = 1; column < width; column++) {
      const other = b.charCodeAt(column - 1);
      let cost = Math.min(
        (current[column - 1] as number) + 1,
        (last[column] as number) + 1,
        (last[column - 1] as number) + (letter === other ? 0 : 1),
      );
      if (
        row > 1 &&
        column > 1 &&
        letter === b.charCodeAt(column - 2) &&
        a.charCodeAt(row - 2) === other
      ) {
        cost = Math.min(cost, (beforeLast[column - 2] as number) + 1);
      }
      current[column] = cost;
    }
    [beforeLast, last, current] = [last, current, beforeLast];
  }
  return last[width - 1] as number;
}

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i += 1) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) {
      into.add(shorter);
      deletions(shorter, depth - 1, into);
    }
  }
}

/**
 * A vocabulary's typo index as plain data: building it takes a tenth of a second for Milan's
 * streets, so start-up keeps it in the derived cache (see cached.ts) and passes it back.
 * Each deletion key is kept as its hash, in a sorted typed array searched by bisection:
 * about 70,000 keys for Milan's streets, which as strings were 2.5 MB of the bot's idle
 * heap. A key's hash is unique among the keys (the few that share one are kept by their text
 * in `shared`), so a key found is the key asked for when its first word has it (hasKey).
 */
export interface FuzzyIndexData {
  /** Every known word, `exactOnly` ones included. */
  readonly known: readonly string[];
  /** Every deletion key's hash (fnv1a) but the shared ones, sorted. */
  readonly hashes: ArrayLike<number>;
  /** The word, or words, each hash's key comes from. */
  readonly words: ReadonlyArray<string | readonly string[]>;
  /** The keys whose hash another key has too, by their text, with their words. */
  readonly shared: ReadonlyArray<readonly [key: string, words: string | readonly string[]]>;
}

/** Whether `key` is one of `word`'s keys: the word with at most its allowed typos left out. */
function hasKey(word: string, key: string): boolean {
  if (word.length - key.length > allowedTypos(word) || key.length > word.length) return false;
  let at = 0;
  for (let i = 0; i < word.length && at < key.length; i++)
    if (word.charCodeAt(i) === key.charCodeAt(at)) at++;
  return at === key.length;
}

/** `exactOnly` words are known but never offered as corrections (and cost no index space). */
export function buildFuzzyIndex(
  words: Iterable<string>,
  exactOnly: Iterable<string> = [],
): FuzzyIndexData {
  const known = new Set<string>(exactOnly);
  // Most deletions lead to one word: kept as the word itself, an array only for two or more
  // (about 100,000 keys for Milan's streets; the arrays were a third of the index's heap).
  const byDeletion = new Map<string, string | string[]>();
  for (const word of words) {
    if (known.has(word)) continue;
    known.add(word);
    const keys = new Set<string>([word]);
    deletions(word, allowedTypos(word), keys);
    for (const key of keys) {
      const list = byDeletion.get(key);
      if (list === undefined) byDeletion.set(key, word);
      else if (typeof list === "string") byDeletion.set(key, [list, word]);
      else list.push(word);
    }
  }
  const keysByHash = new Map<number, string[]>();
  for (const key of byDeletion.keys()) {
    const hash = fnv1a(key);
    const same = keysByHash.get(hash);
    if (same === undefined) keysByHash.set(hash, [key]);
    else same.push(key);
  }
  const hashes = [...keysByHash.keys()].filter((hash) => keysByHash.get(hash)?.length === 1);
  hashes.sort((a, b) => a - b);
  const wordsOf = (key: string) => byDeletion.get(key) as string | string[];
  return {
    known: [...known],
    hashes: Uint32Array.from(hashes),
    words: hashes.map((hash) => wordsOf((keysByHash.get(hash) as string[])[0] as string)),
    shared: [...keysByHash.values()]
      .filter((keys) => keys.length > 1)
      .flat()
      .map((key) => [key, wordsOf(key)] as const),
  };
}

/** The index as JSON carries it (the hashes as a list), and back as bisection reads it. */
export const storedFuzzyIndex = (data: FuzzyIndexData): FuzzyIndexData => ({
  ...data,
  hashes: Array.from(data.hashes),
});
export const restoredFuzzyIndex = (data: FuzzyIndexData): FuzzyIndexData => ({
  ...data,
  hashes: Uint32Array.from(data.hashes),
});

export function createFuzzyVocabulary(
  words: Iterable<string>,
  exactOnly: Iterable<string> = [],
): FuzzyVocabulary {
  return fuzzyVocabulary(buildFuzzyIndex(words, exactOnly));
}

/** Where `hash` is in the sorted `hashes`, or -1. */
function bisect(hashes: ArrayLike<number>, hash: number): number {
  let low = 0;
  let high = hashes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = hashes[middle] as number;
    if (found === hash) return middle;
    if (found < hash) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The vocabulary of an index built now or earlier (the same words give the same index). */
export function fuzzyVocabulary(data: FuzzyIndexData): FuzzyVocabulary {
  const known = new Set(data.known);
  const { hashes, words } = data;
  const shared = new Map(data.shared);
  const wordsOf = (key: string): string | readonly string[] => {
    const byText = shared.get(key);
    if (byText !== undefined) return byText;
    const at = bisect(hashes, fnv1a(key));
    if (at < 0) return [];
    const listed = words[at] as string | readonly string[];
    // Another key of the same hash, not in the index: its words are not this key's.
    return hasKey(typeof listed === "string" ? listed : (listed[0] as string), key) ? listed : [];
  };
  return {
    has: (word) => known.has(word),
    correct(word) {
      const maxTypos = allowedTypos(word);
      if (maxTypos === 0) return [];
      const keys = new Set<string>([word]);
      deletions(word, maxTypos, keys);
      const found = new Map<string, number>();
      for (const key of keys) {
        const listed = wordsOf(key);
        for (const candidate of typeof listed === "string" ? [listed] : listed) {
          if (found.has(candidate)) continue;
          const limit = Math.min(maxTypos, allowedTypos(candidate));
          const distance = typoDistance(word, candidate);
          if (distance <= limit) found.set(candidate, distance);
        }
      }
      const best = Math.min(...found.values());
      return [...found.entries()].filter(([, d]) => d === best).map(([candidate]) => candidate);
    },
  };
}
