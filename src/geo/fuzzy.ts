import { typedFromText, typedToText } from "../cache/typed.js";
import { fnv1a } from "../util/fnv1a.js";
import { perWord } from "../util/per-word.js";
/**
 * Typo-tolerant lookup of a word in a fixed vocabulary. Candidates come from a
 * deletion index (every word with up to two letters removed), so a query costs
 * a few map look-ups plus edit distances on the handful of words that share a
 * deletion, instead of a scan of the whole vocabulary.
 */
export interface FuzzyVocabulary {
  has(word: string): boolean;
  /** The closest known words within the allowed distance, closest first; [] when none. */
  correct(word: string): readonly string[];
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

/** `word` without the letters at `first` and `second` (-1: none; first < second). */
function keyOf(word: string, first: number, second: number): string {
  if (first === -1) return word;
  if (second === -1) return word.slice(0, first) + word.slice(first + 1);
  return word.slice(0, first) + word.slice(first + 1, second) + word.slice(second + 1);
}

const FNV_PRIME = 0x01000193;

/**
 * fnv1a of a deletion key, without building it, as a signed 32-bit integer (V8 passes one to a
 * function as it is, where an unsigned hash above 2^31 was a heap number made at every key a
 * query visits): from `hash`, fnv1a's state over the key's letters before `from`, on over the
 * word's letters from `from` but the one at `skip` (-1: none).
 */
function hashOn(word: string, hash: number, from: number, skip: number): number {
  let on = hash;
  for (let i = from; i < word.length; i++)
    if (i !== skip) on = Math.imul(on ^ word.charCodeAt(i), FNV_PRIME);
  return on | 0;
}

/** fnv1a's state after each beginning of eachKey's word: `prefixes[k]` after its first k letters. */
let prefixes = new Int32Array(64);

/**
 * The keys a query looks up, as buildFuzzyIndex's deletions make them and in their order
 * (the word, then each letter left out followed by the keys without one letter more), each
 * given as its hash and the places of the letters left out: the fifty-odd keys of a long word
 * were as many strings, and a Set of them, for a handful of look-ups that find anything. A
 * letter equal to the one before leaves the same key out and is skipped; a key reached twice
 * otherwise («abab» without its first two letters or its last two) is looked up twice, which
 * finds the same words again and changes nothing. A key's hash goes on from the state its
 * letters before the first one left out already gave (the word's beginnings hashed once, and
 * the word without its i-th letter hashed along as the second one moves on), not from the word's
 * first letter at each of the hundred-odd keys of a long word.
 */
function eachKey(
  word: string,
  maxTypos: number,
  visit: (hash: number, first: number, second: number) => void,
): void {
  const length = word.length;
  if (prefixes.length <= length) prefixes = new Int32Array(2 * length + 1);
  prefixes[0] = 0x811c9dc5 | 0;
  for (let k = 0; k < length; k++)
    prefixes[k + 1] = Math.imul((prefixes[k] as number) ^ word.charCodeAt(k), FNV_PRIME);
  visit(prefixes[length] as number, -1, -1);
  for (let i = 0; i < length; i++) {
    if (i > 0 && word.charCodeAt(i) === word.charCodeAt(i - 1)) continue;
    visit(hashOn(word, prefixes[i] as number, i + 1, -1), i, -1);
    if (maxTypos < 2) continue;
    // The shorter word's letters, by their places in `word`: every one but i.
    let before = -1;
    // Past i: fnv1a's state over the letters before `at` but the i-th.
    let withoutI = prefixes[i] as number;
    for (let at = 0; at < length; at++) {
      if (at === i) continue;
      const same = before !== -1 && word.charCodeAt(at) === word.charCodeAt(before);
      before = at;
      if (!same) {
        if (at < i) visit(hashOn(word, prefixes[at] as number, at + 1, i), at, i);
        else visit(hashOn(word, withoutI, at + 1, -1), i, at);
      }
      if (at > i) withoutI = Math.imul(withoutI ^ word.charCodeAt(at), FNV_PRIME);
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
 * A key's words are places in `known`, not strings: read back from the cache, the strings of
 * 70,000 keys' words were as many copies (about 2 MB of heap).
 */
export interface FuzzyIndexData {
  /** Every known word, `exactOnly` ones included. */
  readonly known: readonly string[];
  /** Every deletion key's hash (fnv1a) but the shared ones, sorted. */
  readonly hashes: Uint32Array;
  /** Where the words of the key of hashes[i] begin in `wordIds` (and, at i + 1, end). */
  readonly starts: Uint32Array;
  /** The keys' words, in the order they were given, as their places in `known`. */
  readonly wordIds: Uint32Array;
  /** The keys whose hash another key has too, by their text, with their words. */
  readonly shared: ReadonlyArray<readonly [key: string, words: readonly string[]]>;
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
  const byDeletion = new Map<string, string[]>();
  for (const word of words) {
    if (known.has(word)) continue;
    known.add(word);
    const keys = new Set<string>([word]);
    deletions(word, allowedTypos(word), keys);
    for (const key of keys) {
      const list = byDeletion.get(key);
      if (list === undefined) byDeletion.set(key, [word]);
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
  const wordsOf = (key: string) => byDeletion.get(key) as string[];
  const place = new Map([...known].map((word, i) => [word, i]));
  const starts = new Uint32Array(hashes.length + 1);
  const wordIds: number[] = [];
  hashes.forEach((hash, i) => {
    starts[i] = wordIds.length;
    for (const word of wordsOf((keysByHash.get(hash) as string[])[0] as string))
      wordIds.push(place.get(word) as number);
  });
  starts[hashes.length] = wordIds.length;
  return {
    known: [...known],
    hashes: Uint32Array.from(hashes),
    starts,
    wordIds: Uint32Array.from(wordIds),
    shared: [...keysByHash.values()]
      .filter((keys) => keys.length > 1)
      .flat()
      .map((key) => [key, wordsOf(key)] as const),
  };
}

/** The index as the cache's JSON carries it (typed arrays as text), and back. */
export interface StoredFuzzyIndex {
  readonly known: readonly string[];
  readonly hashes: string;
  readonly starts: string;
  readonly wordIds: string;
  readonly shared: FuzzyIndexData["shared"];
}

export const storedFuzzyIndex = (data: FuzzyIndexData): StoredFuzzyIndex => ({
  ...data,
  hashes: typedToText(data.hashes),
  starts: typedToText(data.starts),
  wordIds: typedToText(data.wordIds),
});

/** Throws on a damaged entry: arrays that disagree, or a word that is not there. */
export function restoredFuzzyIndex(stored: StoredFuzzyIndex): FuzzyIndexData {
  const data = {
    ...stored,
    hashes: typedFromText(stored.hashes, Uint32Array),
    starts: typedFromText(stored.starts, Uint32Array),
    wordIds: typedFromText(stored.wordIds, Uint32Array),
  };
  if (
    data.starts.length !== data.hashes.length + 1 ||
    data.starts.at(-1) !== data.wordIds.length ||
    data.wordIds.some((id) => id >= data.known.length)
  )
    throw new Error("damaged typo index");
  return data;
}

export function createFuzzyVocabulary(
  words: Iterable<string>,
  exactOnly: Iterable<string> = [],
): FuzzyVocabulary {
  return fuzzyVocabulary(buildFuzzyIndex(words, exactOnly));
}

/** Where `hash` (signed, as hashWithout gives it) is in the sorted unsigned `hashes`, or -1. */
function bisect(hashes: ArrayLike<number>, signed: number): number {
  const hash = signed >>> 0;
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

/**
 * Whether the index may hold a key of this hash: one bit of a table of 16 to 32 bits a key
 * (about three in a hundred of the absent keys pass). Nearly every key a query visits is absent,
 * and was a binary search over the street names' 69,000 hashes, each step a read far from the
 * last; the table answers most of them with one read.
 */
function keyFilter(...lists: readonly ArrayLike<number>[]): (hash: number) => boolean {
  const size = lists.reduce((sum, list) => sum + list.length, 0);
  const bits = Math.max(5, Math.ceil(Math.log2(16 * Math.max(1, size))));
  const shift = 32 - bits;
  const table = new Uint32Array(2 ** (bits - 5));
  // The multiply spreads fnv1a's state over the top bits, which pick the bit.
  const slot = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> shift;
  // Read where they are: the street names' 69,000 hashes are not copied into one list.
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const at = slot(list[i] as number);
      table[at >>> 5] = (table[at >>> 5] as number) | (1 << (at & 31));
    }
  return (hash) => {
    const at = slot(hash);
    return ((table[at >>> 5] as number) & (1 << (at & 31))) !== 0;
  };
}

/** No word: one array for every key the index lacks and every word with no correction. */
const NO_WORDS: readonly string[] = Object.freeze([]);

/** The vocabulary of an index built now or earlier (the same words give the same index). */
export function fuzzyVocabulary(data: FuzzyIndexData): FuzzyVocabulary {
  const known = new Set(data.known);
  const { hashes, starts, wordIds } = data;
  const shared = new Map(data.shared);
  const sharedHashes = new Set(data.shared.map(([key]) => fnv1a(key) | 0));
  const mayHold = keyFilter(hashes, [...sharedHashes]);
  /** The words of `word`'s key without the letters at `first` and `second` (-1: none). */
  const wordsOf = (
    word: string,
    hash: number,
    first: number,
    second: number,
  ): readonly string[] => {
    if (!mayHold(hash)) return NO_WORDS;
    const byText = sharedHashes.has(hash) ? shared.get(keyOf(word, first, second)) : undefined;
    if (byText !== undefined) return byText;
    const at = bisect(hashes, hash);
    if (at < 0) return NO_WORDS;
    const listed: string[] = [];
    for (let i = starts[at] as number; i < (starts[at + 1] as number); i++)
      listed.push(data.known[wordIds[i] as number] as string);
    // Another key of the same hash, not in the index: its words are not this key's.
    return hasKey(listed[0] as string, keyOf(word, first, second)) ? listed : NO_WORDS;
  };
  return {
    has: (word) => known.has(word),
    // Each message's words not known as they are are looked up again at every message that
    // has them (about a fifth of the places' reading of the slowest messages): the answer is
    // a pure function of the word and the index, so it is kept, frozen (perWord): shared by every
    // caller that asks the word.
    correct: perWord((word) => {
      const maxTypos = allowedTypos(word);
      if (maxTypos === 0) return NO_WORDS;
      // Most words of a message are near no name: the map is made when one is.
      let found: Map<string, number> | undefined;
      eachKey(word, maxTypos, (hash, first, second) => {
        for (const candidate of wordsOf(word, hash, first, second)) {
          if (found?.has(candidate)) continue;
          const limit = Math.min(maxTypos, allowedTypos(candidate));
          const distance = typoDistance(word, candidate);
          if (distance > limit) continue;
          found ??= new Map();
          found.set(candidate, distance);
        }
      });
      if (found === undefined) return NO_WORDS;
      const best = Math.min(...found.values());
      return [...found.entries()].filter(([, d]) => d === best).map(([candidate]) => candidate);
    }),
  };
}
