import { RESIDENCE_CUES, wordBefore } from "./cues.js";
import type { GeoIndex } from "./geo-index.js";
import type { ResolvedPlace } from "./place.js";
import { nilResult } from "./results.js";

/**
 * «in centro», «abito in centro», «city centre», «en el centro»: Milan's centre, the
 * Municipio 1 whose official name is «Centro storico». "Centro" is also an ordinary word
 * («centro diurno», «un centro per anziani», «day centre»), so it is read only where it
 * can mean nothing else: see centreIn.
 */

/** The name the open data give Municipio 1, and the neighbourhood alias it is found by. */
const CENTRE_NAME = "Centro storico";

/** The centre of a city in the languages the bot speaks (normalised: «în centru» → "centru"). */
const CENTRE_WORDS: ReadonlySet<string> = new Set([
  "centro",
  "centre",
  "center",
  "centru",
  "downtown",
]);

/** Words that say which city: «centro città», «city centre». */
const CITY_BEFORE: ReadonlySet<string> = new Set(["city", "town"]);
const CITY_AFTER: ReadonlySet<string> = new Set(["citta", "cittadino", "storico", "oras"]);
/** «nel centro di Milano», «the centre of Milan», «el centro de Milán». */
const OF: ReadonlySet<string> = new Set(["di", "de", "of", "del", "della"]);
const CITIES: ReadonlySet<string> = new Set(["milano", "milan", "citta", "city", "ciudad"]);

/** Words right after "centro" that make it a place of some kind: «centro diurno», «centro per…». */
const KIND_AFTER: ReadonlySet<string> = new Set([
  "diurno",
  "diurna",
  "diurni",
  "diurne",
  "anziani",
  "anziano",
  "sociale",
  "sociali",
  "socio",
  "medico",
  "medica",
  "medici",
  "clinico",
  "diagnostico",
  "prelievi",
  "vaccinale",
  "dialisi",
  "commerciale",
  "commerciali",
  "sportivo",
  "sportiva",
  "estivo",
  "estiva",
  "estivi",
  "ricreativo",
  "ricreativa",
  "culturale",
  "educativo",
  "educativa",
  "antiviolenza",
  "ascolto",
  "accoglienza",
  "assistenza",
  "riabilitazione",
  "riabilitativo",
  "disabili",
  "salute",
  "servizi",
  "polifunzionale",
  "giovani",
  "giovanile",
  "aggregazione",
  "famiglia",
  "famiglie",
  "wemi",
  "estetico",
  "benessere",
  "per",
  "for",
  "para",
  "pentru",
  "day",
  "care",
]);

/** English words before "centre" that make it a place of some kind: «day centre», «job centre». */
const KIND_BEFORE: ReadonlySet<string> = new Set([
  "day",
  "community",
  "job",
  "jobs",
  "health",
  "medical",
  "sports",
  "sport",
  "shopping",
  "care",
  "youth",
  "leisure",
  "fitness",
  "call",
  "garden",
  "family",
  "children",
  "visitor",
  "visitors",
  "advice",
  "support",
]);

/** «un centro», «a centre»: one centre among others, not the city's. */
const INDEFINITE: ReadonlySet<string> = new Set(["un", "uno", "una", "a", "an", "unos", "o"]);

/** Prepositions right before the centre: «in centro», «in the centre», «en el centro», «în centru». */
const IN: ReadonlySet<string> = new Set(["in", "en", "nel"]);
const ARTICLES: ReadonlySet<string> = new Set(["the", "el", "il"]);

/** Where the words name the city's centre, or null. */
export interface CentreMention {
  readonly from: number;
  readonly to: number;
}

/**
 * The city's centre in the words. In a reply to "where do you live?" ("centro", "il centro")
 * the word is enough; in a longer message it needs «in» right before it («in centro»), a home
 * cue («abito nel centro», «zona centro») or the city («centro città», «city centre»). Never
 * when a word around makes it a centre of some kind.
 */
export function centreIn(tokens: readonly string[], reply: boolean): CentreMention | null {
  for (let at = 0; at < tokens.length; at += 1) {
    if (!CENTRE_WORDS.has(tokens[at] ?? "")) continue;
    const before = tokens[at - 1] ?? "";
    const after = tokens[at + 1] ?? "";
    if (KIND_BEFORE.has(before) || INDEFINITE.has(before) || KIND_AFTER.has(after)) continue;
    const ofCity =
      OF.has(after) &&
      CITIES.has(tokens[at + 2] === "la" ? (tokens[at + 3] ?? "") : (tokens[at + 2] ?? ""));
    if (OF.has(after) && !ofCity) continue;
    const from = CITY_BEFORE.has(before) ? at - 1 : at;
    const to = CITY_AFTER.has(after) ? at + 2 : at + 1;
    const preposition = ARTICLES.has(before) ? (tokens[at - 2] ?? "") : before;
    const anchored =
      from < at ||
      to > at + 1 ||
      ofCity ||
      IN.has(preposition) ||
      RESIDENCE_CUES.has(wordBefore(tokens, at));
    if (reply || anchored) return { from, to };
  }
  return null;
}

/** The centre as a place: the NIL the neighbourhood list gives «Centro storico», named so. */
export function centrePlace(index: GeoIndex): (text: string) => ResolvedPlace | null {
  const alias = index.neighbourhoods.find((entry) => entry.name === CENTRE_NAME);
  const nil = index.nil.filter((entry) => alias?.nil.includes(entry.id));
  return (text) => (nil.length === 0 ? null : { ...nilResult(text, nil), matched: CENTRE_NAME });
}
