import { TermIndex } from "../nlu/term-index.js";

/**
 * A fixed set of words held as one string (see TermIndex): the 17,881 common words as a Set
 * were a 0.66 MB table and a string each in the idle heap, and a list of as many strings for
 * the derived cache's JSON to parse at each start.
 */
export class WordSet {
  private constructor(private readonly index: TermIndex) {}

  static of(words: readonly string[]): WordSet {
    return new WordSet(TermIndex.of(words));
  }

  /** The set kept as `joinedWords` gave it. */
  static joined(text: string, ends: Uint32Array): WordSet {
    return new WordSet(TermIndex.joined(text, ends));
  }

  has(word: string): boolean {
    return this.index.indexOf(word) !== -1;
  }

  get joinedWords(): { readonly text: string; readonly ends: Uint32Array } {
    return this.index.joinedTerms;
  }
}
