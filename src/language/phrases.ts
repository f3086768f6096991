import { tokenize } from "../nlu/normalize.js";

/**
 * Phrases written by people who edit content, matched on normalised words (lower case, no
 * accents, no punctuation), so "Sì!!", "si" and "SÌ, va bene" all start with the word "si".
 * JavaScript's `\b` is ASCII-only and never ends a word after "ì": matching words instead of
 * regular expressions avoids that trap for every language.
 *
 * Syntax of one phrase, word by word:
 * - `picchi*`: a word starting with "picchi" (picchia, picchiata…), also inside a group of
 *   words: `(pres* per)` is "presa per", "preso per"…
 * - `madre|padre`: either word
 * - `(passed out|fainted)`: any of several alternatives of one or more words each
 * - `...`: up to three words of any kind; `...8`: up to eight
 * - `!con`: the next word is not "con" (it may also be the end of the message)
 */

interface Alternative {
  readonly words: readonly string[];
  /** For each word: it only needs to start with the written one. */
  readonly prefixes: readonly boolean[];
}

type Step =
  | { readonly kind: "words"; readonly alternatives: readonly Alternative[] }
  | { readonly kind: "gap"; readonly max: number }
  | { readonly kind: "not"; readonly alternatives: readonly Alternative[] };

export interface Phrase {
  readonly source: string;
  readonly steps: readonly Step[];
  /**
   * The words (and word starts) a match can begin with; null when any word can (a phrase
   * opening with `...` or `!word`). Most phrases fail on the first word: this says so at once.
   */
  readonly opening: Opening | null;
}

interface Opening {
  readonly words: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

const GAP = 3;
/** A parenthesised group (which may hold spaces) or a run of non-space characters. */
const PIECES = /!?\([^)]*\)|\S+/gu;

function alternatives(piece: string): Alternative[] {
  const group = /^\((.*)\)$/u.exec(piece);
  return (group ? (group[1] as string) : piece)
    .split("|")
    .map((alternative) => {
      const words: string[] = [];
      const prefixes: boolean[] = [];
      for (const written of alternative.trim().split(/\s+/u)) {
        const tokens = tokenize(written);
        tokens.forEach((token, i) => {
          words.push(token);
          prefixes.push(i === tokens.length - 1 && written.endsWith("*"));
        });
      }
      return { words, prefixes };
    })
    .filter((alternative) => alternative.words.length > 0);
}

/** Compiles one phrase; throws when a piece has no word left after normalisation. */
export function compilePhrase(source: string): Phrase {
  const steps: Step[] = [];
  for (const piece of source.match(PIECES) ?? []) {
    const gap = /^\.\.\.(\d*)$/u.exec(piece);
    if (gap) {
      steps.push({ kind: "gap", max: gap[1] ? Number(gap[1]) : GAP });
      continue;
    }
    const negated = piece.startsWith("!");
    const options = alternatives(negated ? piece.slice(1) : piece);
    if (options.length === 0) throw new Error(`"${source}": "${piece}" has no word in it`);
    steps.push({ kind: negated ? "not" : "words", alternatives: options });
  }
  if (!steps.some((step) => step.kind === "words")) throw new Error(`"${source}" has no word`);
  return { source, steps, opening: openingOf(steps[0] as Step) };
}

function openingOf(step: Step): Opening | null {
  if (step.kind !== "words") return null;
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of step.alternatives) {
    const first = alt.words[0] as string;
    if (alt.prefixes[0]) prefixes.push(first);
    else words.add(first);
  }
  return { words, prefixes };
}

function mayOpenWith(opening: Opening, token: string | undefined): boolean {
  if (token === undefined) return false;
  if (opening.words.has(token)) return true;
  for (const prefix of opening.prefixes) if (token.startsWith(prefix)) return true;
  return false;
}

/** Where an alternative ends when it matches at `at`, else -1. */
function matchAlternative(tokens: readonly string[], at: number, alt: Alternative): number {
  const { words, prefixes } = alt;
  const end = at + words.length;
  if (end > tokens.length) return -1;
  // Plain loops, no iterators or copies: every message is read against every phrase.
  for (let i = 0; i < words.length; i++) {
    const token = tokens[at + i] as string;
    const word = words[i] as string;
    if (prefixes[i] ? !token.startsWith(word) : token !== word) return -1;
  }
  return end;
}

/** The end of the longest match of the steps from `step` on, at `at`, or -1. */
function matchSteps(
  tokens: readonly string[],
  steps: readonly Step[],
  step: number,
  at: number,
): number {
  const current = steps[step];
  if (current === undefined) return at;
  if (current.kind === "gap") {
    for (let skip = 0; skip <= current.max && at + skip <= tokens.length; skip++) {
      const end = matchSteps(tokens, steps, step + 1, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const { alternatives } = current;
  if (current.kind === "not") {
    for (const alt of alternatives) if (matchAlternative(tokens, at, alt) >= 0) return -1;
    return matchSteps(tokens, steps, step + 1, at);
  }
  let best = -1;
  for (const alt of alternatives) {
    const end = matchAlternative(tokens, at, alt);
    if (end >= 0) best = Math.max(best, matchSteps(tokens, steps, step + 1, end));
  }
  return best;
}

/** Where the phrase ends when it matches at the very start of `tokens`, else -1. */
export function matchAt(tokens: readonly string[], phrase: Phrase, at = 0): number {
  if (phrase.opening !== null && !mayOpenWith(phrase.opening, tokens[at])) return -1;
  return matchSteps(tokens, phrase.steps, 0, at);
}

/**
 * The most words a match of the phrase starting at a word can read, its last look ahead
 * («!word») included: past them, what follows cannot change whether it matches there.
 */
export function phraseSpan(phrase: Phrase): number {
  let span = 0;
  for (const step of phrase.steps)
    span +=
      step.kind === "gap"
        ? step.max
        : Math.max(...step.alternatives.map((alt) => alt.words.length));
  return span;
}

/** True when the phrase occurs anywhere in the words. */
export function occursIn(tokens: readonly string[], phrase: Phrase): boolean {
  for (let at = 0; at < tokens.length; at++) if (matchAt(tokens, phrase, at) >= 0) return true;
  return false;
}

/**
 * Many phrases read at each word of a message: only those that may begin with the word are
 * tried (exactly, or by a written start such as `picchi*`), in the order they were given (a
 * reader breaks ties by that order). Phrases opening with a gap or a negation are tried at
 * every word. Trying every phrase at every word made a long story cost ~14 ms.
 */
const NONE: readonly number[] = [];

export class PhraseIndex {
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  /** The lengths of the written starts, so a word is cut only where one may begin. */
  private readonly prefixLengths: number[];
  private readonly anyWord: number[] = [];
  /** Per phrase, the words its later steps need (see laterWords). */
  private readonly later: ReadonlyArray<readonly (readonly string[])[]>;

  constructor(private readonly phrases: readonly Phrase[]) {
    const add = (map: Map<string, number[]>, key: string, index: number) => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [index]);
      else if (list.at(-1) !== index) list.push(index);
    };
    this.later = phrases.map(laterWords);
    phrases.forEach((phrase, index) => {
      if (phrase.opening === null) {
        this.anyWord.push(index);
        return;
      }
      for (const word of phrase.opening.words) add(this.byWord, word, index);
      for (const prefix of phrase.opening.prefixes) add(this.byPrefix, prefix, index);
    });
    this.prefixLengths = [...new Set([...this.byPrefix.keys()].map((p) => p.length))].sort(
      (a, b) => a - b,
    );
  }

  /**
   * The indices of the phrases that may match from `token` on, in ascending order. Each list
   * kept is ascending already: when only one applies (most words) it is returned as it is,
   * not copied, deduplicated and sorted for every word of every message.
   */
  candidates(token: string): readonly number[] {
    let only: readonly number[] = NONE;
    let merged: number[] | undefined;
    const take = (list: readonly number[] | undefined) => {
      if (list === undefined || list.length === 0) return;
      if (only.length === 0) only = list;
      else {
        merged ??= [...only];
        merged.push(...list);
      }
    };
    take(this.byWord.get(token));
    take(this.anyWord);
    for (const length of this.prefixLengths) {
      if (length > token.length) break;
      take(this.byPrefix.get(token.slice(0, length)));
    }
    return merged === undefined ? only : [...new Set(merged)].sort((a, b) => a - b);
  }

  /**
   * Whether each later step of the phrase has one of its first words among the message's
   * (`present`): a phrase whose opening word is there usually lacks a later one, and this
   * says so without walking its steps. A common opening word («mi», «non», «la») made a
   * need's message try about a hundred danger cues, a few percent of a citizen update's CPU.
   */
  private mayOccur(index: number, present: ReadonlySet<string>): boolean {
    for (const words of this.later[index] as readonly (readonly string[])[]) {
      let any = false;
      for (const word of words) {
        if (present.has(word)) {
          any = true;
          break;
        }
      }
      if (!any) return false;
    }
    return true;
  }

  /**
   * Every match of every phrase, at every word: `found` is told the phrase's index, where the
   * match starts and where it ends (the longest match starting there), by start, then index.
   */
  matches(words: readonly string[], found: (index: number, start: number, end: number) => void) {
    const present = new Set(words);
    for (let at = 0; at < words.length; at++)
      for (const index of this.candidates(words[at] as string)) {
        if (!this.mayOccur(index, present)) continue;
        const end = matchAt(words, this.phrases[index] as Phrase, at);
        if (end >= 0) found(index, at, end);
      }
  }

  /**
   * Reads the words left to right, taking at each word the longest phrase that matches there
   * (the first given on a tie: «tardo pomeriggio» before «pomeriggio»), and goes on after it:
   * `found` is told each phrase's index; returns how many words no phrase covered. With
   * `most`, reading stops at the word that leaves more than `most` uncovered (most + 1 is
   * returned): a reader that only wants a whole reply stops at a long message's first word.
   */
  readLongest(
    words: readonly string[],
    found: (index: number) => void,
    most = Number.POSITIVE_INFINITY,
  ): number {
    // Made at the first phrase that may open here and has later words to look for: not for a
    // message that stops at once, nor at a reply of one word («ok», «no» open many a message,
    // which every language's reader of replies read so made a set of anew).
    let present: ReadonlySet<string> | undefined;
    let uncovered = 0;
    for (let at = 0; at < words.length && uncovered <= most; ) {
      let best = -1;
      let bestEnd = at;
      for (const index of this.candidates(words[at] as string)) {
        if ((this.later[index] as readonly unknown[]).length > 0) {
          present ??= new Set(words);
          if (!this.mayOccur(index, present)) continue;
        }
        const end = matchAt(words, this.phrases[index] as Phrase, at);
        if (end > bestEnd) {
          best = index;
          bestEnd = end;
        }
      }
      if (best < 0) {
        uncovered++;
        at++;
        continue;
      }
      found(best);
      at = bestEnd;
    }
    return uncovered;
  }

  /** The indices of the phrases that occur anywhere in the words, in ascending order. */
  occurring(words: readonly string[]): number[] {
    const found = new Set<number>();
    this.matches(words, (index) => found.add(index));
    return [...found].sort((a, b) => a - b);
  }
}

/**
 * The words a phrase's later steps need, one list per step: any match has one of each list
 * among the message's words. Only steps of words (a gap or a `!word` needs none) after the
 * first (which the index already found), and only those whose every alternative opens with
 * a whole word (`picchi*` may open with many).
 */
function laterWords(phrase: Phrase): (readonly string[])[] {
  const needed: (readonly string[])[] = [];
  phrase.steps.forEach((step, i) => {
    if (i === 0 || step.kind !== "words") return;
    if (step.alternatives.some((alt) => alt.prefixes[0])) return;
    needed.push([...new Set(step.alternatives.map((alt) => alt.words[0] as string))]);
  });
  return needed;
}
