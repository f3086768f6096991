import { fnv1a } from "../util/fnv1a.js";

/**
 * Typo repair against the training vocabulary: a word the model never saw is replaced by a
 * known word one deletion, insertion, substitution or adjacent swap away (the symmetric
 * delete method). natural's Spellcheck does this too but takes ~0.7 s a word; this index
 * answers in microseconds.
 */
const MIN_LENGTH = 5;

function deletions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < word.length; i++) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
}

/** Whether `key` is `word`, or `word` with one letter left out. */
function isKeyOf(key: string, word: string): boolean {
  if (key.length === word.length) return key === word;
  if (key.length !== word.length - 1) return false;
  let i = 0;
  while (i < key.length && key.charCodeAt(i) === word.charCodeAt(i)) i++;
  // The letter left out is word[i]: the rest must follow it unchanged.
  for (; i < key.length; i++) if (key.charCodeAt(i) !== word.charCodeAt(i + 1)) return false;
  return true;
}

export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly words: readonly string[];
  /**
   * Every word's keys (itself and its deletions) as hashes, sorted, each beside the word's
   * place in `words`; words of one hash by place, the first-seen first. A Map from each key's
   * text held 26,000 strings for the Italian and English vocabulary and 82,000 for every
   * language's (5.7 MB of heap once loaded, 1.1 MB so); a hash that two keys share is told
   * apart by checking the word (isKeyOf).
   */
  private readonly hashes: Uint32Array;
  private readonly owners: Uint32Array;

  constructor(vocabulary: Iterable<string>) {
    this.known = new Set(vocabulary);
    this.words = [...this.known];
    if (this.words.length >= 2 ** 20) throw new Error("vocabulary too large for the typo index");
    const pairs: number[] = [];
    this.words.forEach((word, at) => {
      if (word.length < MIN_LENGTH - 1) return;
      // Hash and place in one number (exact below 2^53): sorting it sorts by both.
      for (let skip = -1; skip < word.length; skip++) pairs.push(fnv1a(word, skip) * 2 ** 20 + at);
    });
    const sorted = Float64Array.from(pairs).sort();
    this.hashes = new Uint32Array(sorted.length);
    this.owners = new Uint32Array(sorted.length);
    sorted.forEach((pair, i) => {
      this.hashes[i] = Math.floor(pair / 2 ** 20);
      this.owners[i] = pair % 2 ** 20;
    });
  }

  correct(word: string): string {
    if (word.length < MIN_LENGTH || this.known.has(word)) return word;
    for (const key of [word, ...deletions(word)]) {
      const match = this.firstWordWith(key);
      if (match !== undefined && Math.abs(match.length - word.length) <= 1) return match;
    }
    return word;
  }

  /** The first-seen word that has `key` among its keys (as a Map kept on first set did). */
  private firstWordWith(key: string): string | undefined {
    const hash = fnv1a(key);
    let low = 0;
    let high = this.hashes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.hashes[middle] as number) < hash) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.hashes.length && this.hashes[i] === hash; i++) {
      const word = this.words[this.owners[i] as number] as string;
      if (isKeyOf(key, word)) return word;
    }
    return undefined;
  }
}
