import { TURN_WORDS } from "../language/turns.js";
import type { OtherWords } from "./negation-languages.js";

/**
 * Where a message's pieces end and how they join («ma», «e», «y también», «ni»): the breaks
 * readMessage (reading.ts) splits a message at, for Italian and English alone or with every
 * language's words.
 */
const TURNS =
  "ma però pero bensì invece mentre but however instead e ed and anche also poi inoltre plus oppure".split(
    " ",
  );
/** Where a list goes on in Italian and English: "non riesce più a cucinare, pulire e fare la spesa". */
const LIST_WORDS = ["e", "ed", "and", "also", "anche", "plus", "oppure"];

/** Where pieces end and join, for one set of words: Italian and English alone, or every language. */
export interface Breaks {
  /**
   * Where a segment ends. Accents are still there: "e" (and) is not "è" (is). Quotes do not end
   * one: a quoted word is mentioned, not asked for ("cosa vuol dire «badante»?").
   */
  readonly segment: RegExp;
  /** The break before a piece that goes on listing what is hard. */
  readonly listGoesOn: RegExp;
  /** «Ni», «nici»: the list goes on refused when what came before refused. */
  readonly nor: RegExp;
  /** «Y», «y también», «ni»: the piece after borrows the asking or inability of the one before. */
  readonly joined: RegExp;
  /** «Y también»: a second need said outright. */
  readonly also: RegExp;
  /** «Ma», «but», «pero», «dar»: what comes after it is what the message turns to. */
  readonly turn: RegExp;
}

/** A break that is exactly one of the words; none when there are no words. */
const breakOf = (words: readonly string[]) =>
  words.length === 0 ? /(?!)/u : new RegExp(`^\\s(?:${words.join("|")})$`, "u");

/** «Y también» before «y»: the longest words that join end a piece whole. */
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

function compileBreaks(other: OtherWords): Breaks {
  const joining = [...other.and, ...other.also, ...other.nor];
  // A word that sits between a negation and its verb elsewhere is no turn: French «plus» in
  // «elle n'arrive plus à cuisiner» is «no longer», not English «plus».
  const turns = TURNS.filter((word) => !other.between.has(word));
  const ends = longestFirst([...turns, ...other.but, ...joining]);
  return {
    segment: new RegExp(`([.,;:!?…\\n()]+|\\s(?:${ends.join("|")})(?=\\s))`, "u"),
    listGoesOn: new RegExp(`^(?:,|\\s(?:${[...LIST_WORDS, ...joining].join("|")}))$`, "u"),
    nor: breakOf(other.nor),
    joined: breakOf(joining),
    also: breakOf(other.also),
    turn: breakOf([TURN_WORDS, ...other.but]),
  };
}

/** Compiled once per set of words (the models keep theirs for their life). */
const compiled = new WeakMap<OtherWords, Breaks>();
export function breaksOf(other: OtherWords): Breaks {
  let breaks = compiled.get(other);
  if (breaks === undefined) {
    breaks = compileBreaks(other);
    compiled.set(other, breaks);
  }
  return breaks;
}

/** Whether the breaks after piece p, up to the next piece with words, hold a turn. */
export function turnsAfter(parts: readonly string[], p: number, breaks: Breaks): boolean {
  for (let q = p + 1; q < parts.length; q += 2) {
    if (breaks.turn.test(parts[q] as string)) return true;
    if (/\p{L}/u.test(parts[q + 1] ?? "")) return false;
  }
  return false;
}
