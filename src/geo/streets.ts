import { COUNTED_UNITS, FILLER_WORDS } from "./cues.js";
import {
  buildFuzzyIndex,
  type FuzzyIndexData,
  type FuzzyVocabulary,
  fuzzyVocabulary,
} from "./fuzzy.js";
import type { GeoIndex, StreetEntry } from "./geo-index.js";
import { canonicalNameToken, PARTICLES, STREET_TYPES } from "./normalize.js";

/**
 * Words that are part of a name only beside its other words: «dall'», «nell'», «sull'», «all'»,
 * «coll'» as tokenized, and «non» («Val di Non»), which after «corso» is «in progress»: «attacco
 * di panico in corso non sento le mani», «una separazione in corso e non so come fare».
 */
const NO_NAME_ALONE: ReadonlySet<string> = new Set(["all", "dall", "nell", "sull", "coll", "non"]);

/** «privata», «privato» after a street word: what kind of street, not its name. */
const PRIVATE: ReadonlySet<string> = new Set(["privata", "privato"]);

/**
 * Words after which a number before a street is its house number («I live at 120 Via
 * Padova», «abito al 120 di via Padova», «vivo en el 120»), or the text's start: not a year
 * («nata nel 1950 in via Padova») nor a Municipio («Municipio 2 via Padova»).
 */
const BEFORE_A_HOUSE_NUMBER: ReadonlySet<string> = new Set([
  "",
  "al",
  "at",
  "el",
  "abito",
  "vivo",
  "live",
  "numero",
  "number",
  "civico",
  "n",
  "nr",
  "no",
]);

/** Finding Milan streets in the words of a message: by their names, type words and house numbers. */

const MAX_STREET_NAME_TOKENS = 7;
/** Words before a street's name that make an area of it: «zona Washington». */
const STREETS_AREA_WORDS: ReadonlySet<string> = new Set(["zona", "quartiere"]);
const HOUSE_NUMBER_WORDS: ReadonlySet<string> = new Set([
  "n",
  "nr",
  "num",
  "numero",
  "civico",
  "al",
]);

export interface StreetMatch {
  /** More than one when the words fit several streets equally ("via Rossi"). */
  readonly streets: readonly StreetEntry[];
  /** The street type word the citizen wrote, if any. */
  readonly writtenType: string | null;
  readonly score: number;
  /** Words read as another (misspelt) word of the name. */
  readonly typos: number;
  /** Index of the first and one past the last token of the text taken by the address. */
  readonly from: number;
  readonly to: number;
  readonly houseNumber: number | null;
}

/** Street words that name a place of their own (a park, a garden) beside the streets named after it. */
const OWN_PLACE_TYPES: ReadonlySet<string> = new Set(["parco", "giardino"]);

export function isHouseNumber(token: string | undefined): boolean {
  return token !== undefined && /^\d{1,4}[a-z]?$/.test(token);
}

/** A token that is no word of the vocabulary and not read as a typo: one answer for all. */
const NOT_A_NAME_WORD: { readonly words: readonly string[]; readonly typo: false } = {
  words: [],
  typo: false,
};
const DIGIT = /\d/;

/** The words of `vocabulary` a token may be: itself, its corrections, or none. */
export function correctedWords(
  token: string,
  vocabulary: FuzzyVocabulary,
  commonWords: { has(word: string): boolean },
): { readonly words: readonly string[]; readonly typo: boolean } {
  if (vocabulary.has(token)) return { words: [token], typo: false };
  // An ordinary word is what it says: "sento" is not a misspelt Sesto, nor "torno" Torino.
  if (DIGIT.test(token) || FILLER_WORDS.has(token) || commonWords.has(token))
    return NOT_A_NAME_WORD;
  return { words: vocabulary.correct(token), typo: true };
}

export interface StreetMatcher {
  /** Every address written with a street type word: the best per word. */
  findTypedStreets(tokens: readonly string[]): StreetMatch[];
  findTypedStreet(tokens: readonly string[]): StreetMatch | null;
  /** "Sarpi 10": a street without its type word, with the house number at `numberAt`. */
  findUntypedStreet(tokens: readonly string[], numberAt?: number): StreetMatch | null;
  /** «zona Washington», «zona Papiniano»: the area named by a street's own name. */
  findAreaStreets(tokens: readonly string[]): StreetMatch[];
  /** What it derived from the streets' names, for the derived cache (see cached.ts). */
  readonly words: StreetWords;
}

/** The streets' names as the matcher reads them: slow to derive, so remembered (cached.ts). */
export interface StreetWords {
  /** Per street (in the index's order), its name variants as canonical tokens. */
  readonly aliases: readonly (readonly (readonly string[])[])[];
  /** The typo index of every name token. */
  readonly typos: FuzzyIndexData;
}

export function deriveStreetWords(index: GeoIndex): StreetWords {
  const joinedTokens = new Set<string>();
  const aliases: string[][][] = index.streets.map((street) => {
    const [full = [], ...others] = street.aliases.map((alias) =>
      alias
        .split(" ")
        .filter((t) => !PARTICLES.has(t))
        .map(canonicalNameToken),
    );
    // The register's cut-off words ("SANTA FRANCESCA ROMA") would make false
    // matches ("via Roma"): keep only variants made of words of the full name.
    const variants = [full, ...others.filter((alias) => alias.every((t) => full.includes(t)))];
    // "Montenero" for Viale Monte Nero.
    const joined = variants
      .filter((v) => v.length === 2 || v.length === 3)
      .map((v) => [v.join("")]);
    for (const [token = ""] of joined) joinedTokens.add(token);
    return [...variants, ...joined];
  });
  const tokens = new Set(aliases.flat(2));
  const typos = buildFuzzyIndex(
    [...tokens].filter((token) => token.length > 1 && !joinedTokens.has(token)),
    joinedTokens,
  );
  return { aliases, typos };
}

/** `words`: what an earlier matcher derived from the same index (see cached.ts). */
export function createStreetMatcher(
  index: GeoIndex,
  words: StreetWords = deriveStreetWords(index),
): StreetMatcher {
  // --- streets: posting lists from name token to streets, over every alias.
  const streetAliases = words.aliases;
  const postings = new Map<string, number[]>();
  streetAliases.forEach((aliases, id) => {
    const tokens = new Set(aliases.flat());
    for (const token of tokens) {
      const list = postings.get(token);
      if (list) list.push(id);
      else postings.set(token, [id]);
    }
  });
  const streetVocabulary = fuzzyVocabulary(words.typos);

  /** The street best named by `query` (name tokens, particles removed), or null. */
  function matchStreetName(
    words: readonly string[],
    type: string | null,
  ): { streets: StreetEntry[]; score: number; typos: number } | null {
    const query = words.map(canonicalNameToken);
    const required = query.filter((token) => token.length > 1);
    const initials = query.filter((token) => token.length === 1);
    // «mi fa mandare via dall'Italia», «mi caccia via dall'appartamento»: «via» is «away», and
    // an elided preposition alone names no street (Via Francesco dall'Ongaro by its «dall»).
    if (required.every((token) => NO_NAME_ALONE.has(token))) return null;
    let typos = 0;
    let candidates = new Set<number>();
    const wanted: (readonly string[])[] = [];
    for (const token of required) {
      const { words, typo } = correctedWords(token, streetVocabulary, index.commonWords);
      if (words.length === 0) return null;
      if (typo) typos += 1;
      wanted.push(words);
      const ids = new Set(words.flatMap((word) => postings.get(word) ?? []));
      candidates = wanted.length === 1 ? ids : new Set([...candidates].filter((id) => ids.has(id)));
      if (candidates.size === 0) return null;
    }
    let best: { streets: StreetEntry[]; score: number } | null = null;
    for (const id of candidates) {
      const street = index.streets[id];
      const aliases = streetAliases[id];
      if (!street || !aliases) continue;
      let aliasScore = -Infinity;
      const full = aliases[0] ?? [];
      aliases.forEach((alias, aliasIndex) => {
        if (!wanted.every((words) => words.some((word) => alias.includes(word)))) return;
        // An initial stands for a word the name words do not: «via Crescenzago c'è» is no
        // «C. Crescenzago», nor «c» part of what the citizen named.
        const initialOf = (initial: string) => (token: string) =>
          token.startsWith(initial) && !wanted.some((words) => words.includes(token));
        if (!initials.every((initial) => alias.some(initialOf(initial)))) return;
        const extra = alias.length - required.length - initials.length;
        // The register's name turned round («bistolfi leonardo») ends with a first name: «piazza
        // Leonardo» is piazza Leonardo da Vinci, not via Leonardo Bistolfi by its last word.
        const turnedRound = aliasIndex > 0 && alias.length === full.length;
        const endsWithQuery =
          !turnedRound &&
          wanted.every((words, i) =>
            words.includes(alias[alias.length - required.length + i] ?? ""),
          );
        // The full name said in full ("via Adda") beats a short form of another ("via d'Adda").
        const exact = aliasIndex === 0 ? 3.5 : 3;
        const score = extra <= 0 ? exact : endsWithQuery ? 2 : 1 - 0.1 * extra;
        aliasScore = Math.max(aliasScore, score);
      });
      if (aliasScore === -Infinity) continue;
      // «parco Lambro» is the park, not Via Lambro: a street word that names a place of its own
      // is never a loosely typed street, as «via» for «viale» is.
      if (type !== null && OWN_PLACE_TYPES.has(type) && street.type !== type) continue;
      const score = aliasScore + (type === null || street.type === type ? 1 : 0) - 0.5 * typos;
      if (!best || score > best.score + 1e-9) best = { streets: [street], score };
      else if (Math.abs(score - best.score) < 1e-9) best.streets.push(street);
    }
    if (!best) return null;
    // "via Gioia" is Via Melchiorre Gioia, not the five numbers of Via Flavio Gioia;
    // between streets of like size the words alone cannot tell.
    const bySize = [...best.streets].sort((a, b) => b.numbers.length - a.numbers.length);
    const [largest, second] = bySize;
    if (largest && (!second || largest.numbers.length >= 5 * second.numbers.length)) {
      return { streets: [largest], score: best.score, typos };
    }
    return { streets: bySize, score: best.score, typos };
  }

  /** Every address written with a street type word ("via", "viale", "p.za"...): the best per word. */
  function findTypedStreets(tokens: readonly string[]): StreetMatch[] {
    const matches: StreetMatch[] = [];
    tokens.forEach((token, at) => {
      if (!STREET_TYPES.has(token)) return;
      const nameTokens: { token: string; index: number }[] = [];
      let end = at + 1;
      while (end < tokens.length && nameTokens.length < MAX_STREET_NAME_TOKENS) {
        const next = tokens[end] ?? "";
        if (isHouseNumber(next) && nameTokens.length > 0) break;
        // «via privata Lessona» is Via Michele Lessona: the register names most private
        // streets without «privata», which would name the one it keeps it in.
        const privately = end === at + 1 && PRIVATE.has(next);
        if (!PARTICLES.has(next) && !privately) nameTokens.push({ token: next, index: end });
        end += 1;
      }
      // Trailing words ("a Milano", "scala B") are not part of the name: try the longest prefix first.
      for (let length = nameTokens.length; length > 0; length -= 1) {
        const query = nameTokens.slice(0, length);
        const street = matchStreetName(
          query.map((q) => q.token),
          token,
        );
        if (!street) continue;
        const lastName = query[query.length - 1]?.index ?? at;
        const { houseNumber, to } = readHouseNumber(tokens, lastName + 1);
        const before = houseNumber === null ? numberBefore(tokens, at) : null;
        if (before) matches.push({ ...street, writtenType: token, ...before, to });
        else matches.push({ ...street, writtenType: token, from: at, to, houseNumber });
        break;
      }
    });
    return matches;
  }

  function findTypedStreet(tokens: readonly string[]): StreetMatch | null {
    let best: StreetMatch | null = null;
    for (const match of findTypedStreets(tokens))
      if (!best || match.score > best.score) best = match;
    return best;
  }

  /** "Sarpi 10": a street named without its type word, trusted only with a house number. */
  function findUntypedStreet(
    tokens: readonly string[],
    numberAt = tokens.findIndex(isHouseNumber),
  ): StreetMatch | null {
    if (numberAt <= 0) return null;
    const before: { token: string; at: number }[] = [];
    let from = numberAt;
    while (from > 0 && before.length < 3) {
      const token = tokens[from - 1] ?? "";
      if (FILLER_WORDS.has(token)) break;
      from -= 1;
      if (!PARTICLES.has(token)) before.unshift({ token, at: from });
    }
    const { houseNumber, to } = readHouseNumber(tokens, numberAt);
    if (houseNumber === null) return null;
    for (let start = 0; start < before.length; start += 1) {
      const found = matchStreetName(
        before.slice(start).map((b) => b.token),
        null,
      );
      // Only an exact name or short form (score ≥ 3 plus the type-agnostic bonus).
      if (found && found.score >= 4) {
        const at = before[start]?.at ?? from;
        return { ...found, writtenType: null, from: at, to, houseNumber };
      }
    }
    return null;
  }

  /**
   * «zona Washington», «mi serve una tata zona Papiniano»: Milanese name an area by the street
   * it grows around, without the street's type. Only the street's exact name (or short form),
   * with no typo and not made only of ordinary words («zona tranquilla», «zona sud»).
   */
  function findAreaStreets(tokens: readonly string[]): StreetMatch[] {
    const matches: StreetMatch[] = [];
    tokens.forEach((token, at) => {
      if (!STREETS_AREA_WORDS.has(token)) return;
      // The name's words and where each ends, particles between them skipped.
      const words: string[] = [];
      const ends: number[] = [];
      for (let next = at + 1; next < tokens.length && words.length < 3; next += 1) {
        const word = tokens[next] ?? "";
        if (isHouseNumber(word)) break;
        if (PARTICLES.has(word)) continue;
        words.push(word);
        ends.push(next + 1);
      }
      for (let length = words.length; length > 0; length -= 1) {
        const name = words.slice(0, length);
        if (name.every((word) => index.commonWords.has(word))) continue;
        const found = matchStreetName(name, null);
        if (!found || found.typos > 0 || found.score < 4) continue;
        const { houseNumber, to } = readHouseNumber(tokens, ends[length - 1] ?? at + 1);
        matches.push({ ...found, writtenType: null, from: at, to, houseNumber });
        break;
      }
    });
    return matches;
  }

  /**
   * «120 via Padova», «I live at 120 Via Padova», «al 120 di via Padova»: the house number
   * written before the street, as in English, not a Municipio's («Municipio 2 via Padova»).
   */
  function numberBefore(
    tokens: readonly string[],
    at: number,
  ): { houseNumber: number; from: number } | null {
    let number = at - 1;
    // «al 120 di via», «el 120 de la calle»: up to two articles or prepositions between.
    for (let skipped = 0; skipped < 2 && PARTICLES.has(tokens[number] ?? ""); skipped++)
      number -= 1;
    const token = tokens[number];
    if (number < 0 || !isHouseNumber(token) || !BEFORE_A_HOUSE_NUMBER.has(tokens[number - 1] ?? ""))
      return null;
    return { houseNumber: Number.parseInt(token ?? "", 10), from: number };
  }

  function readHouseNumber(
    tokens: readonly string[],
    from: number,
  ): { houseNumber: number | null; to: number } {
    let at = from;
    while (HOUSE_NUMBER_WORDS.has(tokens[at] ?? "")) at += 1;
    const token = tokens[at];
    // "una signora di 91 anni": a number that counts something is no house number.
    if (isHouseNumber(token) && !COUNTED_UNITS.has(tokens[at + 1] ?? "")) {
      return { houseNumber: Number.parseInt(token ?? "", 10), to: at + 1 };
    }
    return { houseNumber: null, to: from };
  }

  return { findTypedStreets, findTypedStreet, findUntypedStreet, findAreaStreets, words };
}
