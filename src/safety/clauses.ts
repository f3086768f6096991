import { TURN_WORDS } from "../language/turns.js";
import { tokenize } from "../nlu/normalize.js";
import type { Role } from "./cue-index.js";
import type { Reading } from "./reading.js";
import { SENTENCE_END, turnBetween } from "./sentences.js";

/**
 * What a muting reading leaves the model: a figure of speech silences what is said up to the
 * turn after it, and a past told as over or a crisis told as resolved silences its clause and
 * what was told before it, not the whole message. «Questo lavoro mi uccide, ma stasera sento i passi sul
 * pianerottolo, è lui, ha le chiavi» was silenced for the model by its first four words.
 */

/** A clause ends after a pause (a comma, a colon, a dash) or before a word of contrast. */
const CLAUSE_START = new RegExp(`(?<=[,:;()\u2013\u2014])|(?=\\s(?:${TURN_WORDS})\\s)`, "iu");

/** Readings that silence what was told up to them, and the clause they are in. */
const UP_TO: ReadonlySet<Role> = new Set(["over", "long_ago", "ended", "resolved"]);

interface Clause {
  /** As written, with the pause that ends it. */
  readonly text: string;
  readonly sentence: number;
  /** Its first word and the word after its last, among the message's words. */
  readonly start: number;
  readonly end: number;
}

/**
 * The message's clauses. A sentence whose pieces do not add up to its words (a number written
 * with a comma) is one clause.
 */
function clausesOf(r: Reading): Clause[] {
  const clauses: Clause[] = [];
  r.text.split(SENTENCE_END).forEach((said, sentence) => {
    const first = r.sentenceOf.indexOf(sentence);
    if (first === -1) return;
    const last = r.sentenceOf.lastIndexOf(sentence) + 1;
    const pieces: Clause[] = [];
    let at = first;
    for (const text of said.split(CLAUSE_START)) {
      const words = tokenize(text).length;
      if (words > 0) pieces.push({ text, sentence, start: at, end: at + words });
      at += words;
    }
    clauses.push(...(at === last ? pieces : [{ text: said, sentence, start: first, end: last }]));
  });
  return clauses;
}

/**
 * The clause each of the message's words is in, numbered through the message; the words no
 * clause holds (a sentence the cues read differently) are one clause per sentence.
 */
export function clauseOfWords(r: Reading): number[] {
  const clauseOf = r.sentenceOf.map((sentence) => -1 - sentence);
  clausesOf(r).forEach((c, index) => {
    clauseOf.fill(index, c.start, c.end);
  });
  return clauseOf;
}

/**
 * What the model reads on its own when a muting reading holds only part of a message: what
 * comes after the clause of its last past or resolution (`pastMutes`: the past is told as over,
 * not brought back to now), and after the turn that follows its last figure of speech, in its
 * own words; undefined when nothing is left or nothing goes.
 */
export function unmutedText(r: Reading, pastMutes: boolean): string | undefined {
  const clauses = clausesOf(r);
  const clauseOf = (word: number) => clauses.findIndex((c) => word >= c.start && word < c.end);
  const lastOf = (mutes: (role: Role) => boolean) =>
    Math.max(-1, ...r.found.filter((f) => mutes(f.cue.role)).map((f) => clauseOf(f.end - 1)));
  const told = lastOf((role) => role === "resolved" || (pastMutes && UP_TO.has(role)));
  // A figure of speech colours what is said up to a turn: «ho una fame da morire ma non riesco a
  // mangiare, ho scritto una lettera per ciascuno dei miei figli» is read from «ma»; «ho il cuore
  // a pezzi, la mia gatta è morta stanotte. scusate, non so perché lo scrivo» is all the cat's.
  const figure = lastOf((role) => role === "idiom");
  const turns = (c: Clause) => turnBetween(r.words, c.start, Math.min(c.end, c.start + 3));
  const turn = clauses.findIndex((c, at) => at > figure && turns(c));
  if (figure >= 0 && turn === -1) return undefined;
  const kept = clauses.slice(Math.max(told, figure >= 0 ? turn - 1 : -1) + 1);
  if (kept.length === 0 || kept.length === clauses.length) return undefined;
  return kept
    .map((c, index) =>
      index > 0 && kept[index - 1]?.sentence !== c.sentence ? `. ${c.text}` : c.text,
    )
    .join("");
}
