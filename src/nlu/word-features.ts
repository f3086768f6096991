import {
  ownTerms,
  type SparseVector,
  type Stemmer,
  type TfIdfVectorizer,
  toldTerm,
} from "./features.js";
import type { ReadWord } from "./reading.js";

/** How many words outside a model's vocabulary keep their features: about a megabyte (estimated). */
const OTHER_WORDS_KEPT = 4096;

/** A word's features in a model, as featureTerms gives them, looked up once. */
interface WordEntry {
  readonly stem: string;
  /** Its own terms' features (ownTerms), those the model knows, in order. */
  readonly own: readonly number[];
  /** The same as told terms (toldTerm), made when a message that only tells first has it. */
  told?: readonly number[];
  /** Its negated stem's feature. */
  negated?: number;
}

/** The feature vector of some words of one message (featureTerms, toldTerm when `told`, then transform). */
export type MessageVectors = (words: readonly ReadWord[], told: boolean) => SparseVector;

/**
 * A model's feature vectors made from a message's words straight to feature indexes: what
 * featureTerms and TfIdfVectorizer.transform give, without building and hashing each term's
 * string again in each of a message's readings (the whole message, each segment, the story's
 * pieces and refusals: each word about three times, 13% of a classification). A word of the
 * model's vocabulary keeps its features (the model's own data); the other words (names, typos,
 * the words of a language the model does not know) keep theirs too, a bounded number of them.
 */
export class WordFeatures {
  private readonly vocabulary = new Map<string, WordEntry>();
  /**
   * The words outside the vocabulary: they come back message after message (another language's
   * «que», «para», «pentru» in the Italian and English model; a street's name; a common typo),
   * and their terms were built and looked up anew in each message (7% of the Italian and
   * English model's slowest 1%, most of them in another language). An entry is a pure
   * function of the word and the model; all are forgotten at once past OTHER_WORDS_KEPT, so
   * citizens' words do not grow it for ever.
   */
  private readonly others = new Map<string, WordEntry>();
  /** One reading's features before they are counted: a buffer kept, grown when needed. */
  private buffer = new Int32Array(256);

  constructor(
    private readonly vectorizer: TfIdfVectorizer,
    private readonly stemmer: Stemmer & { readonly inVocabulary: (word: string) => boolean },
  ) {}

  /** The vectors of one message's readings. */
  forMessage(): MessageVectors {
    const entryOf = (word: string): WordEntry => {
      const kept = this.stemmer.inVocabulary(word) ? this.vocabulary : this.others;
      let entry = kept.get(word);
      if (entry === undefined) {
        if (kept === this.others && kept.size >= OTHER_WORDS_KEPT) kept.clear();
        const stem = this.stemmer.italian(word);
        entry = { stem, own: this.known(ownTerms(word, stem, this.stemmer)) };
        kept.set(word, entry);
      }
      return entry;
    };
    return (words, told) => {
      let length = 0;
      const push = (feature: number) => {
        if (length === this.buffer.length) {
          const grown = new Int32Array(length * 2);
          grown.set(this.buffer);
          this.buffer = grown;
        }
        this.buffer[length++] = feature;
      };
      let previous: WordEntry | undefined;
      for (let i = 0; i < words.length; i++) {
        const { word, negated } = words[i] as ReadWord;
        const entry = entryOf(word);
        if (negated) {
          entry.negated ??= this.vectorizer.indexOf(`n:${entry.stem}`);
          push(entry.negated);
        } else {
          const own = told ? this.toldOf(word, entry) : entry.own;
          for (const feature of own) push(feature);
          if (previous !== undefined && !words[i - 1]?.negated) {
            const pair = `b:${previous.stem}_${entry.stem}`;
            push(this.vectorizer.indexOf(told ? toldTerm(pair) : pair));
          }
        }
        previous = entry;
      }
      return this.vectorizer.vector(this.buffer, length);
    };
  }

  private toldOf(word: string, entry: WordEntry): readonly number[] {
    entry.told ??= this.known(ownTerms(word, entry.stem, this.stemmer).map(toldTerm));
    return entry.told;
  }

  /** The features of the terms the model knows, in order (transform skips the others). */
  private known(terms: readonly string[]): number[] {
    return terms.map((term) => this.vectorizer.indexOf(term)).filter((feature) => feature !== -1);
  }
}
