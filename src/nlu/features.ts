import englishStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import italianStemmer from "natural/lib/natural/stemmers/porter_stemmer_it.js";
import { words as englishStopwords } from "natural/lib/natural/util/stopwords.js";
import { words as italianStopwords } from "natural/lib/natural/util/stopwords_it.js";
import { perWord } from "../util/per-word.js";
import { tokenize } from "./normalize.js";
import type { ReadingWords } from "./reading-words.js";
import { type JoinedTerms, TermIndex } from "./term-index.js";

const STOPWORDS: ReadonlySet<string> = new Set([...italianStopwords, ...englishStopwords]);

/** A sparse vector: parallel arrays of feature indexes and weights. */
export interface SparseVector {
  readonly indexes: Uint32Array;
  readonly values: Float64Array;
}

export const stem = (word: string): string => italianStemmer.stem(word);

export const isContentWord = (token: string): boolean => !STOPWORDS.has(token);

/** Content words of a message: tokens that are not Italian or English stopwords. */
export function contentWords(text: string): string[] {
  return tokenize(text).filter(isContentWord);
}

/** The two stemmers feature terms use. */
export interface Stemmer {
  readonly italian: (word: string) => string;
  readonly english: (word: string) => string;
}

const STEMMER: Stemmer = { italian: stem, english: (word) => englishStemmer.stem(word) };

/**
 * Stems of a model's vocabulary worked out once: nearly every word of a message is one of
 * them, and the Porter stemmers are most of the time a classification takes. Other words are
 * stemmed as they come, and kept a while (`kept`).
 */
export function vocabularyStemmer(
  vocabulary: readonly string[],
  stems: VocabularyStems = vocabularyStems(vocabulary),
): Stemmer & { readonly inVocabulary: (word: string) => boolean } {
  const italian = new Map(vocabulary.map((word, i) => [word, stems.italian[i] as string]));
  const english = new Map(vocabulary.map((word, i) => [word, stems.english[i] as string]));
  // Words outside the vocabulary (places, typos, other languages) come back in every
  // reading of a message: their stems are kept too.
  const otherItalian = perWord(stem, STEMS_KEPT);
  const otherEnglish = perWord((word) => englishStemmer.stem(word), STEMS_KEPT);
  return {
    italian: (word) => italian.get(word) ?? otherItalian(word),
    english: (word) => english.get(word) ?? otherEnglish(word),
    inVocabulary: (word) => italian.has(word),
  };
}

/**
 * How many stems of words outside the vocabulary are kept (perWord): a classified message is
 * read about eight times (whole, segments, without places, by each model), and every reading
 * stemmed its words outside the vocabulary anew.
 */
const STEMS_KEPT = 4096;

/** The stems of a vocabulary's words, in its order: a cached model keeps them worked out. */
export interface VocabularyStems {
  readonly italian: readonly string[];
  readonly english: readonly string[];
}

export function vocabularyStems(vocabulary: readonly string[]): VocabularyStems {
  return {
    italian: vocabulary.map(stem),
    english: vocabulary.map((word) => englishStemmer.stem(word)),
  };
}

/** Which readings of a message beyond its words a model uses; kept in the model. */
export interface FeatureOptions {
  /** Words a negation covers ("non mi serve la badante") become features of their own. */
  readonly negation: boolean;
  /** Request, inability, past and statement cues (see reading.ts) are features. */
  readonly cues: boolean;
  /** A message that only tells has word features of its own (see classifier.ts, toldTerm). */
  readonly told?: boolean;
  /**
   * Other languages' negations and turns are read too ("nu are nevoie de…", "pero ya no
   * puede…"), with these words (locales/<lang>/reading.yaml, negation-languages.ts): the model
   * of every language only, so that the Italian and English model reads as before. Kept in
   * the model, so that a model reads with the words it learnt with, and its cache key changes
   * with them.
   */
  readonly otherLanguages?: ReadingWords;
}

/**
 * Feature terms of a message. Word stems carry meaning; character 3–4-grams inside each
 * word recover what typos break ("dislesico", "badnte"); stem bigrams keep short phrases
 * ("lista spesa") apart from their words alone. 5-grams added cost without accuracy on the
 * development set. A negated word gives only its negated stem: its character n-grams would
 * otherwise still vote for the need it negates.
 */
export function featureTerms(
  words: readonly string[],
  negated: readonly boolean[] = [],
  stemmer: Stemmer = STEMMER,
): string[] {
  const terms: string[] = [];
  const stems = words.map(stemmer.italian);
  for (const [i, word] of words.entries()) {
    const stem = stems[i] as string;
    if (negated[i]) {
      terms.push(`n:${stem}`);
      continue;
    }
    for (const term of ownTerms(word, stem, stemmer)) terms.push(term);
    if (i > 0 && !negated[i - 1]) terms.push(`b:${stems[i - 1]}_${stem}`);
  }
  return terms;
}

/**
 * In a message that only tells, a word and a pair of words are features of their own ("t:"):
 * "badante" told of ("la badante di mia zia è bravissima") and "badante" asked for ("badante
 * per mia madre") then weigh apart, each learnt from its own examples. Character n-grams stay
 * shared, so a typo still finds its word.
 */
export const toldTerm = (term: string) =>
  term.startsWith("w:") || term.startsWith("b:") || term.startsWith("e:") ? `t${term}` : term;

/** The terms a word not negated gives on its own: its stems and its character n-grams. */
export function ownTerms(word: string, stem: string, stemmer: Stemmer): string[] {
  const terms = [`w:${stem}`];
  const english = stemmer.english(word);
  if (english !== stem) terms.push(`e:${english}`);
  const padded = `<${word}>`;
  for (let n = 3; n <= 4; n++) {
    for (let start = 0; start + n <= padded.length; start++) {
      terms.push(`c:${padded.slice(start, start + n)}`);
    }
  }
  return terms;
}

/** TF-IDF over feature terms, fitted on the training messages. */
export class TfIdfVectorizer {
  /** The terms by position, kept compact (a model's vocabulary is most of its memory). */
  private readonly index: TermIndex;
  /** transform's counts per feature, all zero between calls; made at the first. */
  private counts: Uint16Array | undefined;
  /** transform's features in the order first seen; its first `found` places are the call's. */
  private seen = new Uint32Array(256);

  private constructor(
    index: TermIndex,
    readonly idf: readonly number[],
  ) {
    this.index = index;
  }

  /** The vocabulary, in feature order (for storing the model). */
  get terms(): JoinedTerms {
    return this.index.joinedTerms;
  }

  static fit(documents: readonly (readonly string[])[]): TfIdfVectorizer {
    // Each term numbered as first seen, its documents counted once each by the last document
    // that counted it: no Set of terms made per document (13,000 of them for the Italian and
    // English model learning from the older writers).
    const numbers = new Map<string, number>();
    const frequency: number[] = [];
    const lastDocument: number[] = [];
    documents.forEach((terms, d) => {
      for (const term of terms) {
        let n = numbers.get(term);
        if (n === undefined) {
          n = frequency.length;
          numbers.set(term, n);
          frequency.push(0);
          lastDocument.push(-1);
        }
        if (lastDocument[n] === d) continue;
        lastDocument[n] = d;
        frequency[n] = (frequency[n] as number) + 1;
      }
    });
    const idf = frequency.map((count) => Math.log((1 + documents.length) / (1 + count)) + 1);
    return new TfIdfVectorizer(TermIndex.of([...numbers.keys()]), idf);
  }

  /** A vectorizer fitted earlier, from its vocabulary and weights. */
  static restore(terms: JoinedTerms, idf: readonly number[]): TfIdfVectorizer {
    return new TfIdfVectorizer(TermIndex.joined(terms.text, terms.ends), idf);
  }

  get size(): number {
    return this.index.size;
  }

  /** The feature of a term, or -1 for a term never seen in training. */
  indexOf(term: string): number {
    return this.index.indexOf(term);
  }

  /** L2-normalised sublinear TF-IDF; terms never seen in training are ignored. */
  transform(terms: readonly string[]): SparseVector {
    return this.vector(terms.map((term) => this.index.indexOf(term)));
  }

  /**
   * transform of terms already looked up (indexOf, -1 for one never seen), the first `length`
   * of `features`: a reader that keeps each word's features skips the lookups.
   */
  vector(features: ArrayLike<number>, length = features.length): SparseVector {
    // Counted in a table of the vocabulary's size kept between calls (16 bits: a Telegram
    // message, 4,096 characters, has a few thousand terms at most), features in the order
    // first seen, the table cleared after: a Map per call grew its hash table several times
    // for a message's hundred-odd terms, about 8 readings per classified message.
    this.counts ??= new Uint16Array(this.index.size);
    const counts = this.counts;
    // The features first seen, in a buffer kept too (no array grown per reading).
    if (this.seen.length < length) this.seen = new Uint32Array(length * 2);
    const seen = this.seen;
    let found = 0;
    for (let k = 0; k < length; k++) {
      const i = features[k] as number;
      if (i === -1) continue;
      if (counts[i] === 0) seen[found++] = i;
      counts[i] = (counts[i] as number) + 1;
    }
    const indexes = new Uint32Array(found);
    const values = new Float64Array(found);
    let norm = 0;
    for (let k = 0; k < found; k++) {
      const i = seen[k] as number;
      // Most terms come once: 1 + log 1 is 1 exactly, without the logarithm.
      const count = counts[i] as number;
      const value = (count === 1 ? 1 : 1 + Math.log(count)) * (this.idf[i] as number);
      counts[i] = 0;
      indexes[k] = i;
      values[k] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let j = 0; j < values.length; j++) values[j] = (values[j] as number) / norm;
    return { indexes, values };
  }
}

/**
 * What makes two examples "the same" to the classifier: their stemmed content words,
 * order ignored. Two examples with one key teach nothing new, and across two intents
 * they teach a contradiction.
 */
export function exampleKey(text: string): string {
  return contentWords(text).map(keptStem).sort().join(" ");
}

/**
 * stem, kept: choosing the lines a model learns from keys some 29,000 labelled lines, whose
 * words come back line after line, and stemming was most of that.
 */
const keptStem = perWord(stem, STEMS_KEPT);
