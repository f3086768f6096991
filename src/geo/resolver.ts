import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { point as turfPoint } from "@turf/helpers";
import { readWrittenPoint } from "./coordinates.js";
import { FILLER_WORDS, METRO_WORDS, metroWordAt, wordBefore } from "./cues.js";
import { buildFuzzyIndex, type FuzzyIndexData, fuzzyVocabulary } from "./fuzzy.js";
import type {
  CapEntry,
  GeoIndex,
  MunicipioFeature,
  NilEntry,
  PlaceEntry,
  StreetEntry,
} from "./geo-index.js";
import {
  type Found,
  isPlaceOnly,
  type MessageMatchers,
  placesInMessage,
  resolveInMessage,
} from "./in-message.js";
import { coreTokens, expandAbbreviations, PARTICLES, STREET_TYPES } from "./normalize.js";
import type { GeoPoint, ResolvedPlace } from "./place.js";
import {
  addressResult,
  capResult,
  landmarkResult,
  nilResult,
  outside,
  streetsAreaResult,
  unknown,
} from "./results.js";
import { confidenceOf, originalSpan } from "./span.js";
import { correctedWords, createStreetMatcher, isHouseNumber, type StreetWords } from "./streets.js";

export interface LocationResolver {
  /** What a citizen's description of where they live says about their Municipio. */
  resolve(text: string): ResolvedPlace;
  /** The Municipio of a shared location. */
  resolvePoint(point: GeoPoint): ResolvedPlace;
  /**
   * Every place the text names, whoever's it is ("lavoro vicino a piazzale Loreto" too), each
   * with its span in the citizen's own words: what a redaction must find.
   */
  placesIn(text: string): ResolvedPlace[];
  /** What it derived from the geo index's names, for the derived cache (see cached.ts). */
  readonly words: PlaceWords;
}

/** The streets' and places' names as the reader reads them: slow to derive from the index. */
export interface PlaceWords {
  readonly streets: StreetWords;
  /** The typo index of the places' name tokens. */
  readonly places: FuzzyIndexData;
}

const _MAX_STREET_NAME_TOKENS = 7;
const MAX_PLACE_PHRASE_TOKENS = 5;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  uno: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
};

const MUNICIPIO_PATTERN =
  /(?:^|\s)(?:municipio|municipi|zona|circoscrizione|mun|circ)\s+(\d{1,2}|ix|iv|v?i{1,3}|v|uno|due|tre|quattro|cinque|sei|sette|otto|nove)(?=\s|$)(?!\s+torri)/;
const SHORT_MUNICIPIO_PATTERN = /^(?:(?:.*\s)?(?:il|nel|al)\s+)?([1-9])$/;
export type PlaceTarget =
  | { readonly kind: "nil"; readonly nil: readonly NilEntry[] }
  | { readonly kind: "streets"; readonly name: string; readonly streets: readonly StreetEntry[] }
  | { readonly kind: "outside"; readonly name: string }
  | { readonly kind: "landmark"; readonly place: PlaceEntry };

export interface PlaceMatch {
  readonly target: PlaceTarget;
  readonly from: number;
  readonly to: number;
  /** Words read as another (misspelt) word of the name. */
  readonly typos: number;
}

/** Words read in a row as one place's name: its key (the words joined by spaces). */
interface Phrase {
  readonly key: string;
  readonly typos: number;
}

/** `words`: what an earlier resolver derived from the same geo index (see cached.ts). */
export function createLocationResolver(index: GeoIndex, words?: PlaceWords): LocationResolver {
  const streetMatcher = createStreetMatcher(index, words?.streets);
  const { findTypedStreets, findTypedStreet, findUntypedStreet } = streetMatcher;

  // --- places: official NIL names and their parts, names people use, places outside Milan.
  const nilById = new Map(index.nil.map((nil) => [nil.id, nil]));
  const places = new Map<string, PlaceTarget>();
  const outsideKeys = new Set<string>();
  for (const name of index.outsidePlaces) {
    const key = coreTokens(expandAbbreviations(name)).join(" ");
    outsideKeys.add(key);
    places.set(key, { kind: "outside", name });
  }
  for (const nil of index.nil) {
    const target: PlaceTarget = { kind: "nil", nil: [nil] };
    places.set(coreTokens(expandAbbreviations(nil.name)).join(" "), target);
    for (const part of nil.name.split(" - ")) {
      const tokens = coreTokens(expandAbbreviations(part));
      const variants = [tokens, tokens[0] === "quartiere" ? tokens.slice(1) : tokens];
      for (const variant of variants) {
        const key = variant.join(" ");
        // A part named like a town ("LODI - CORVETTO") alone means the town.
        if (key !== "" && !outsideKeys.has(key)) places.set(key, target);
      }
    }
  }
  const streetByName = new Map(index.streets.map((street) => [street.name, street]));
  for (const alias of index.neighbourhoods) {
    const key = coreTokens(expandAbbreviations(alias.name)).join(" ");
    const nil = alias.nil.flatMap((id) => nilById.get(id) ?? []);
    const streets = alias.streets.flatMap((name) => streetByName.get(name) ?? []);
    if (nil.length > 0) places.set(key, { kind: "nil", nil });
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
  const placeTypos =
    words?.places ??
    buildFuzzyIndex(
      [...places.keys()]
        .flatMap((key) => key.split(" "))
        .filter((token) => !FILLER_WORDS.has(token)),
    );
  const placeVocabulary = fuzzyVocabulary(placeTypos);

  const caps = new Map<string, CapEntry>(index.caps.map((entry) => [entry.cap, entry]));
  const municipiBoxes = index.municipi.map((feature) => ({ feature, box: boundingBox(feature) }));

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
          longer.push({ key: prefix + token, typos: phrase.typos });
          for (const word of fixes)
            if (word !== token) longer.push({ key: prefix + word, typos: phrase.typos + 1 });
        }
        phrases = longer;
        length += 1;
        if (length > MAX_PLACE_PHRASE_TOKENS) break;
        for (const { key, typos } of phrases) {
          const target = (afterMetroWord ? stations.get(key) : undefined) ?? places.get(key);
          if (target && !(afterStreetWord && target.kind === "outside")) {
            // "metro Dateo", said back with its metro word.
            const station = afterMetroWord && target.kind === "landmark";
            matches.push({
              target,
              from: station ? metroWordAt(tokens, from) : from,
              to: to + 1,
              typos,
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

  function municipioAt(point: GeoPoint): number | null {
    const p = turfPoint([point.lon, point.lat]);
    for (const { feature, box } of municipiBoxes) {
      if (point.lon < box[0] || point.lon > box[2] || point.lat < box[1] || point.lat > box[3]) {
        continue;
      }
      if (booleanPointInPolygon(p, feature)) return feature.properties.MUNICIPIO;
    }
    return null;
  }

  function resolvePointWithText(text: string, point: GeoPoint): ResolvedPlace {
    const municipio = municipioAt(point);
    if (municipio === null) {
      return { ...unknown(text), kind: "point", outsideMilan: true, point };
    }
    return {
      text,
      municipio,
      candidates: [municipio],
      outsideMilan: false,
      kind: "point",
      matched: `Municipio ${municipio}`,
      point,
    };
  }

  /** What a place name found in the words says. */
  function placeResult(text: string, match: PlaceMatch): ResolvedPlace {
    const { target } = match;
    switch (target.kind) {
      case "outside":
        return outside(text, target.name);
      case "nil":
        return nilResult(text, target.nil);
      case "streets":
        return streetsAreaResult(text, target.name, target.streets);
      case "landmark":
        return landmarkResult(text, target.place);
    }
  }

  const found = (
    place: ResolvedPlace,
    match: { from: number; to: number; typos: number },
  ): Found => ({
    place,
    from: match.from,
    to: match.to,
    typos: match.typos,
  });

  /** A reply that is only a place ("dove abiti?" → "Quarto Ogiaro"): typos are forgiven. */
  function resolveReply(text: string, normalized: string, tokens: readonly string[]): Found | null {
    const typed = findTypedStreet(tokens);
    // "parco Sempione" is the NIL, not Corso Sempione: a street of another type
    // loses to a place named with the very words written.
    const namedPlace =
      typed && typed.streets[0]?.type !== typed.writtenType && typed.houseNumber === null
        ? longestPlace(
            findPlaces(tokens).filter((m) => m.from === typed.from && m.target.kind !== "outside"),
          )
        : null;
    if (namedPlace) return found(placeResult(text, namedPlace), namedPlace);
    if (typed) {
      // The same positions, the address blanked: "via Roma 5, Torino" is in Torino.
      const rest = tokens.map((token, at) => (at >= typed.from && at < typed.to ? "" : token));
      const elsewhere = longestPlace(findPlaces(rest));
      if (elsewhere?.target.kind === "outside")
        return found(placeResult(text, elsewhere), elsewhere);
      return found(addressResult(text, typed.streets, typed.houseNumber), typed);
    }

    const capAt = tokens.findIndex((token) => /^\d{5}$/.test(token));
    const capEntry = caps.get(tokens[capAt] ?? "");
    if (capEntry) return found(capResult(text, capEntry), { from: capAt, to: capAt + 1, typos: 0 });

    const municipio = municipioFromText(normalized, true);
    if (municipio) return found(municipioResult(text, municipio.value), municipio);

    const place = longestPlace(findPlaces(tokens));
    if (place?.target.kind === "outside") return found(placeResult(text, place), place);
    // "Sarpi 10" is via Paolo Sarpi 10 rather than the Sarpi neighbourhood.
    const untyped = findUntypedStreet(tokens);
    if (untyped) return found(addressResult(text, untyped.streets, untyped.houseNumber), untyped);
    if (place) return found(placeResult(text, place), place);

    if (capAt >= 0 && tokens[capAt]?.startsWith("20")) {
      return found(outside(text, `CAP ${tokens[capAt]}`), { from: capAt, to: capAt + 1, typos: 0 });
    }
    return null;
  }

  const matchers: MessageMatchers = {
    findTypedStreets,
    findUntypedStreet,
    findPlaces,
    placeResult,
    cap: (token) => caps.get(token),
    municipio(text, normalized) {
      const named = municipioFromText(normalized, false);
      return named ? { ...named, place: municipioResult(text, named.value) } : null;
    },
    isCommonWord: (token) => index.commonWords.has(token),
    isHouseNumber,
  };

  /**
   * The words of a text, and its place as a short reply would give it: read more forgivingly
   * ("Sarpi 10" needs no cue there). One reading for resolve and placesIn, so that a
   * redaction finds every place the bot would read.
   */
  const read = (text: string) => {
    const normalized = expandAbbreviations(text);
    const tokens = normalized === "" ? [] : normalized.split(" ");
    const asReply = isPlaceOnly(tokens) ? resolveReply(text, normalized, tokens) : null;
    return { normalized, tokens, asReply };
  };

  const withSpan = (text: string, tokens: readonly string[], match: Found): ResolvedPlace => ({
    ...match.place,
    span: originalSpan(text, tokens.slice(match.from, match.to)),
  });

  return {
    resolvePoint: (point) => ({
      ...resolvePointWithText(`${point.lat},${point.lon}`, point),
      span: null,
      confidence: 1,
    }),
    resolve(text) {
      const written = readWrittenPoint(text);
      if (written) {
        return { ...resolvePointWithText(text, written.point), span: written.span, confidence: 1 };
      }
      const { normalized, tokens, asReply } = read(text);
      const reply = asReply !== null && isPlaceOnly(tokens, asReply);
      const match = reply ? asReply : resolveInMessage(text, normalized, tokens, matchers);
      if (!match) return { ...unknown(text), span: null, confidence: 0 };
      return { ...withSpan(text, tokens, match), confidence: confidenceOf(match, reply) };
    },
    placesIn(text) {
      const written = readWrittenPoint(text);
      const point = written
        ? [{ ...resolvePointWithText(text, written.point), span: written.span }]
        : [];
      const { normalized, tokens, asReply } = read(text);
      const found = [
        ...(asReply ? [asReply] : []),
        ...placesInMessage(text, normalized, tokens, matchers),
      ];
      return [...point, ...found.map((match) => withSpan(text, tokens, match))];
    },
    words: { streets: streetMatcher.words, places: placeTypos },
  };
}

/** A Municipio named in the words ("municipio 4", "zona nove"; in a reply also "il 5"). */
export function municipioFromText(
  normalized: string,
  reply: boolean,
): { value: number; from: number; to: number; typos: 0 } | null {
  const match =
    MUNICIPIO_PATTERN.exec(normalized) ?? (reply ? SHORT_MUNICIPIO_PATTERN.exec(normalized) : null);
  const spelled = match?.[1];
  if (!match || spelled === undefined) return null;
  const value = NUMBER_WORDS[spelled] ?? Number(spelled);
  if (!Number.isInteger(value) || value < 1 || value > 9) return null;
  const start = match.index + (match[0].startsWith(" ") ? 1 : 0);
  const from = normalized.slice(0, start).split(" ").length - 1;
  return { value, from, to: from + match[0].trim().split(" ").length, typos: 0 };
}

function municipioResult(text: string, municipio: number): ResolvedPlace {
  return {
    text,
    municipio,
    candidates: [municipio],
    outsideMilan: false,
    kind: "municipio",
    matched: `Municipio ${municipio}`,
  };
}

function boundingBox(feature: MunicipioFeature): [number, number, number, number] {
  const rings =
    feature.geometry.type === "Polygon"
      ? feature.geometry.coordinates
      : feature.geometry.coordinates.flat();
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      box = [
        Math.min(box[0], lon),
        Math.min(box[1], lat),
        Math.max(box[2], lon),
        Math.max(box[3], lat),
      ];
    }
  }
  return box;
}
