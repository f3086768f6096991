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
  return { source, steps };
}

/** Where an alternative ends when it matches at `at`, else -1. */
function matchAlternative(tokens: readonly string[], at: number, alt: Alternative): number {
  if (at + alt.words.length > tokens.length) return -1;
  for (const [i, word] of alt.words.entries()) {
    const token = tokens[at + i] as string;
    if (alt.prefixes[i] ? !token.startsWith(word) : token !== word) return -1;
  }
  return at + alt.words.length;
}

/** The end of the longest match of the steps from `at`, or -1. */
function matchSteps(tokens: readonly string[], steps: readonly Step[], at: number): number {
  const [step, ...rest] = steps;
  if (step === undefined) return at;
  if (step.kind === "gap") {
    for (let skip = 0; skip <= step.max && at + skip <= tokens.length; skip++) {
      const end = matchSteps(tokens, rest, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (step.kind === "not") {
    const blocked = step.alternatives.some((alt) => matchAlternative(tokens, at, alt) >= 0);
    return blocked ? -1 : matchSteps(tokens, rest, at);
  }
  let best = -1;
  for (const alt of step.alternatives) {
    const end = matchAlternative(tokens, at, alt);
    if (end >= 0) best = Math.max(best, matchSteps(tokens, rest, end));
  }
  return best;
}

/** Where the phrase ends when it matches at the very start of `tokens`, else -1. */
export function matchAt(tokens: readonly string[], phrase: Phrase, at = 0): number {
  return matchSteps(tokens, phrase.steps, at);
}

/** True when the phrase occurs anywhere in the words. */
export function occursIn(tokens: readonly string[], phrase: Phrase): boolean {
  for (let at = 0; at < tokens.length; at++) if (matchAt(tokens, phrase, at) >= 0) return true;
  return false;
}
