import {
  AREA_WORDS,
  FILLER_WORDS,
  METRO_WORDS,
  metroWordAt,
  TOWN_WORDS,
  wordBefore,
} from "./cues.js";
import { buildFuzzyIndex, type FuzzyIndexData, fuzzyVocabulary } from "./fuzzy.js";
import type { GeoIndex, NilEntry, PlaceEntry, StreetEntry } from "./geo-index.js";
import { coreTokens, expandAbbreviations, PARTICLES, STREET_TYPES } from "./normalize.js";
import { correctedWords } from "./streets.js";

const MAX_PLACE_PHRASE_TOKENS = 5;

export type PlaceTarget =
  /** `alias`: the name people use that names it («Lotto», «Darsena»), as the index writes it. */
  | { readonly kind: "nil"; readonly nil: readonly NilEntry[]; readonly alias?: string }
  | { readonly kind: "streets"; readonly name: string; readonly streets: readonly StreetEntry[] }
  /** `sharesName`: also the name of an area of Milan («Lodi»), said with no word telling which. */
  | { readonly kind: "outside"; readonly name: string; readonly sharesName?: boolean }
  | { readonly kind: "landmark"; readonly place: PlaceEntry };

export interface PlaceMatch {
  readonly target: PlaceTarget;
  readonly from: number;
  readonly to: number;
  /** Words read as another (misspelt) word of the name. */
  readonly typos: number;
  /** The words are a NIL's name, or a part of it, as the Comune writes it («Gallaratese»). */
  readonly nilName?: boolean;
}

/** Words read in a row as one place's name: its key (the words joined by spaces). */
interface Phrase {
  readonly key: string;
  readonly typos: number;
}

/** Finds the places a message's words name: NIL names, the names people use, towns, landmarks. */
export interface PlaceFinder {
  /** Every place name in the words, typos forgiven, each with where it stands. */
  findPlaces(tokens: readonly string[]): PlaceMatch[];
  /** The match naming most words; a place in Milan wins a tie with a town. */
  longestPlace(matches: readonly PlaceMatch[]): PlaceMatch | null;
  /** The typo index of the places' name tokens, for the derived cache (see cached.ts). */
  readonly typos: FuzzyIndexData;
}

/** «lotto» → «loto»: each run of one letter written once. */
const singleLetters = (name: string) => name.replace(/(\p{L})\1+/gu, "$1");

/** `typos`: what an earlier finder derived from the same geo index. */
export function createPlaceFinder(index: GeoIndex, typos?: FuzzyIndexData): PlaceFinder {
  // Official NIL names and their parts, names people use, places outside Milan.
  const nilById = new Map(index.nil.map((nil) => [nil.id, nil]));
  const places = new Map<string, PlaceTarget>();
  const outsideKeys = new Set<string>();
  // Parts of NIL names that are also towns ("LODI - CORVETTO"): the Milan area after "zona",
  // the town after "città", and either when nothing says which.
  const townNamedParts = new Map<string, PlaceTarget>();
  const sharedTowns = new Map<string, PlaceTarget>();
  for (const name of index.outsidePlaces) {
    const key = coreTokens(expandAbbreviations(name)).join(" ");
    outsideKeys.add(key);
    places.set(key, { kind: "outside", name });
  }
  // The Comune's own names of its NIL and their parts: names that are also words («Isola»,
  // «Gallaratese») may be read where they are written as a name (in-message.ts).
  const nilNames = new Set<string>();
  for (const nil of index.nil) {
    const target: PlaceTarget = { kind: "nil", nil: [nil] };
    places.set(coreTokens(expandAbbreviations(nil.name)).join(" "), target);
    for (const part of nil.name.split(" - ")) {
      const tokens = coreTokens(expandAbbreviations(part));
      const variants = [tokens, tokens[0] === "quartiere" ? tokens.slice(1) : tokens];
      for (const variant of variants) {
        const key = variant.join(" ");
        if (key === "") continue;
        nilNames.add(key);
        const town = places.get(key);
        if (town?.kind === "outside" && outsideKeys.has(key)) {
          townNamedParts.set(key, target);
          sharedTowns.set(key, { ...town, sharesName: true });
        } else places.set(key, target);
      }
    }
  }
  const streetByName = new Map(index.streets.map((street) => [street.name, street]));
  for (const alias of index.neighbourhoods) {
    const key = coreTokens(expandAbbreviations(alias.name)).join(" ");
    const nil = alias.nil.flatMap((id) => nilById.get(id) ?? []);
    const streets = alias.streets.flatMap((name) => streetByName.get(name) ?? []);
    if (nil.length > 0) places.set(key, { kind: "nil", nil, alias: alias.name });
    else if (streets.length > 0) places.set(key, { kind: "streets", name: alias.name, streets });
  }
  // Landmarks and metro stations; a station named like a neighbourhood ("Loreto") is the
  // neighbourhood unless a metro word says otherwise ("metro Loreto").
  const stations = new Map<string, PlaceTarget>();
  for (const place of index.places) {
    const target: PlaceTarget = { kind: "landmark", place };
    for (const alias of place.aliases) {
      if (place.kind === "station") stations.set(alias, target);
      if (!places.has(alias)) places.set(alias, target);
    }
  }
  // A station's name with its double letters written single («metro Loto», Ukrainian «метро
  // Лото»), as people spell a name they have only heard: too short for a typo, but after a
  // metro word it can only be the station. Read as a typo.
  const heardStations = new Map<string, PlaceTarget>();
  for (const [alias, target] of stations) {
    const single = singleLetters(alias);
    if (!stations.has(single)) heardStations.set(single, target);
  }
  const placeTypos =
    typos ??
    buildFuzzyIndex(
      [...places.keys()]
        .flatMap((key) => key.split(" "))
        .filter((token) => !FILLER_WORDS.has(token)),
    );
  const placeVocabulary = fuzzyVocabulary(placeTypos);
  // Every name's first words ("porta", "porta romana"): a phrase that begins none of them
  // can neither name a place nor grow into a name, and is dropped at once (most words of a
  // message begin no name, and each kept phrase costs a string for every word after it).
  const beginnings = new Set<string>();
  for (const key of [...places.keys(), ...stations.keys(), ...heardStations.keys()]) {
    for (let space = key.indexOf(" "); space !== -1; space = key.indexOf(" ", space + 1))
      beginnings.add(key.slice(0, space));
    beginnings.add(key);
  }

  function findPlaces(tokens: readonly string[]): PlaceMatch[] {
    const corrected = tokens.map((token) =>
      PARTICLES.has(token) ? [] : correctedWords(token, placeVocabulary, index.commonWords).words,
    );
    const matches: PlaceMatch[] = [];
    for (let from = 0; from < tokens.length; from += 1) {
      if (PARTICLES.has(tokens[from] ?? "")) continue;
      // "via Roma" names a street, even one Milan does not have, not the city.
      const afterStreetWord = from > 0 && STREET_TYPES.has(tokens[from - 1] ?? "");
      const afterMetroWord = METRO_WORDS.has(wordBefore(tokens, from));
      const afterAreaWord = AREA_WORDS.has(wordBefore(tokens, from));
      const afterTownWord = TOWN_WORDS.has(wordBefore(tokens, from));
      // Each phrase as its key (its words joined by spaces) and typos, the word as written
      // first: built a word at a time, every message reads many of them.
      let phrases: Phrase[] = [{ key: "", typos: 0 }];
      let length = 0;
      for (let to = from; to < tokens.length && to < from + MAX_PLACE_PHRASE_TOKENS + 2; to += 1) {
        const token = tokens[to] ?? "";
        if (PARTICLES.has(token)) continue;
        const fixes = corrected[to] ?? [];
        const longer: Phrase[] = [];
        for (const phrase of phrases) {
          const prefix = length === 0 ? "" : `${phrase.key} `;
          const key = prefix + token;
          if (beginnings.has(key)) longer.push({ key, typos: phrase.typos });
          for (const word of fixes) {
            const fixed = prefix + word;
            if (word !== token && beginnings.has(fixed))
              longer.push({ key: fixed, typos: phrase.typos + 1 });
          }
        }
        if (longer.length === 0) break;
        phrases = longer;
        length += 1;
        if (length > MAX_PLACE_PHRASE_TOKENS) break;
        for (const phrase of phrases) {
          const { key } = phrase;
          const areaWordAfter = AREA_WORDS.has(tokens[to + 1] ?? "");
          const townWordAfter = TOWN_WORDS.has(tokens[to + 1] ?? "");
          const heard = afterMetroWord && !stations.has(key) ? heardStations.get(key) : undefined;
          const typos = phrase.typos + (heard ? 1 : 0);
          const target =
            (afterMetroWord ? (stations.get(key) ?? heard) : undefined) ??
            (afterAreaWord || areaWordAfter ? townNamedParts.get(key) : undefined) ??
            (afterTownWord || townWordAfter ? undefined : sharedTowns.get(key)) ??
            places.get(key);
          if (target && !(afterStreetWord && target.kind === "outside")) {
            // "metro Dateo", said back with its metro word.
            const station = afterMetroWord && target.kind === "landmark";
            matches.push({
              target,
              from: station ? metroWordAt(tokens, from) : from,
              to: to + 1,
              typos,
              ...(typos === 0 && target.kind === "nil" && nilNames.has(key)
                ? { nilName: true }
                : {}),
            });
          }
        }
      }
    }
    return matches;
  }

  function longestPlace(matches: readonly PlaceMatch[]): PlaceMatch | null {
    let best: PlaceMatch | null = null;
    for (const match of matches) {
      const length = match.to - match.from;
      const bestLength = best ? best.to - best.from : 0;
      if (
        length > bestLength ||
        (length === bestLength &&
          best?.target.kind === "outside" &&
          match.target.kind !== "outside")
      ) {
        best = match;
      }
    }
    return best;
  }

  return { findPlaces, longestPlace, typos: placeTypos };
}
