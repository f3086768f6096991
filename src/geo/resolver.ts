import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { point as turfPoint } from "@turf/helpers";
import { createFuzzyVocabulary, type FuzzyVocabulary } from "./fuzzy.js";
import type {
  CapEntry,
  GeoIndex,
  HouseNumber,
  MunicipioFeature,
  NilEntry,
  StreetEntry,
} from "./geo-index.js";
import {
  canonicalNameToken,
  coreTokens,
  expandAbbreviations,
  PARTICLES,
  STREET_TYPES,
} from "./normalize.js";
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

export interface LocationResolver {
  /** What a citizen's description of where they live says about their Municipio. */
  resolve(text: string): ResolvedPlace;
  /** The Municipio of a shared location. */
  resolvePoint(point: GeoPoint): ResolvedPlace;
}

const MAX_STREET_NAME_TOKENS = 7;
const MAX_PLACE_PHRASE_TOKENS = 5;

/** Words around a place that are never part of its name, so never typo-corrected into one. */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  "abito",
  "abitiamo",
  "vivo",
  "viviamo",
  "sto",
  "stiamo",
  "sono",
  "siamo",
  "risiedo",
  "residente",
  "zona",
  "quartiere",
  "vicino",
  "presso",
  "casa",
  "mia",
  "mio",
  "milano",
  "citta",
  "comune",
  "parti",
  "dalle",
  "dove",
  "abitazione",
  "numero",
  "civico",
  "scala",
  "interno",
  "piano",
  "live",
  "near",
  "area",
]);

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
const POINT_PATTERN = /^\s*@?\s*(-?\d{1,2}\.\d+)\s*[,;\s]\s*(-?\d{1,3}\.\d+)\s*$/;
const HOUSE_NUMBER_WORDS: ReadonlySet<string> = new Set(["n", "nr", "num", "numero", "civico"]);

interface StreetMatch {
  /** More than one when the words fit several streets equally ("via Rossi"). */
  readonly streets: readonly StreetEntry[];
  /** The street type word the citizen wrote, if any. */
  readonly writtenType: string | null;
  readonly score: number;
  /** Index of the first and one past the last token of the text taken by the address. */
  readonly from: number;
  readonly to: number;
  readonly houseNumber: number | null;
}

type PlaceTarget =
  | { readonly kind: "nil"; readonly nil: readonly NilEntry[] }
  | { readonly kind: "streets"; readonly name: string; readonly streets: readonly StreetEntry[] }
  | { readonly kind: "outside"; readonly name: string };

interface PlaceMatch {
  readonly target: PlaceTarget;
  readonly from: number;
  readonly to: number;
}

function isHouseNumber(token: string | undefined): boolean {
  return token !== undefined && /^\d{1,4}[a-z]?$/.test(token);
}

export function createLocationResolver(index: GeoIndex): LocationResolver {
  // --- streets: posting lists from name token to streets, over every alias.
  const joinedTokens = new Set<string>();
  const streetAliases: string[][][] = index.streets.map((street) => {
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
  const postings = new Map<string, number[]>();
  streetAliases.forEach((aliases, id) => {
    const tokens = new Set(aliases.flat());
    for (const token of tokens) {
      const list = postings.get(token);
      if (list) list.push(id);
      else postings.set(token, [id]);
    }
  });
  const streetVocabulary = createFuzzyVocabulary(
    [...postings.keys()].filter((token) => token.length > 1 && !joinedTokens.has(token)),
    joinedTokens,
  );

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
  const placeVocabulary = createFuzzyVocabulary(
    [...places.keys()].flatMap((key) => key.split(" ")).filter((token) => !FILLER_WORDS.has(token)),
  );

  const caps = new Map<string, CapEntry>(index.caps.map((entry) => [entry.cap, entry]));
  const municipiBoxes = index.municipi.map((feature) => ({ feature, box: boundingBox(feature) }));

  function correctedCandidates(
    token: string,
    vocabulary: FuzzyVocabulary,
  ): { words: string[]; typo: boolean } {
    if (vocabulary.has(token)) return { words: [token], typo: false };
    if (/\d/.test(token) || FILLER_WORDS.has(token)) return { words: [], typo: false };
    return { words: vocabulary.correct(token), typo: true };
  }

  /** The street best named by `query` (name tokens, particles removed), or null. */
  function matchStreetName(
    words: readonly string[],
    type: string | null,
  ): { streets: StreetEntry[]; score: number } | null {
    const query = words.map(canonicalNameToken);
    const required = query.filter((token) => token.length > 1);
    const initials = query.filter((token) => token.length === 1);
    if (required.length === 0) return null;
    let typos = 0;
    let candidates = new Set<number>();
    const wanted: string[][] = [];
    for (const token of required) {
      const { words, typo } = correctedCandidates(token, streetVocabulary);
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
      aliases.forEach((alias, aliasIndex) => {
        if (!wanted.every((words) => words.some((word) => alias.includes(word)))) return;
        if (!initials.every((initial) => alias.some((token) => token.startsWith(initial)))) return;
        const extra = alias.length - required.length - initials.length;
        const endsWithQuery = wanted.every((words, i) =>
          words.includes(alias[alias.length - required.length + i] ?? ""),
        );
        // The full name said in full ("via Adda") beats a short form of another ("via d'Adda").
        const exact = aliasIndex === 0 ? 3.5 : 3;
        const score = extra <= 0 ? exact : endsWithQuery ? 2 : 1 - 0.1 * extra;
        aliasScore = Math.max(aliasScore, score);
      });
      if (aliasScore === -Infinity) continue;
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
      return { streets: [largest], score: best.score };
    }
    return { streets: bySize, score: best.score };
  }

  /** An address written with a street type word ("via", "viale", "p.za"...). */
  function findTypedStreet(tokens: readonly string[]): StreetMatch | null {
    let best: StreetMatch | null = null;
    tokens.forEach((token, at) => {
      if (!STREET_TYPES.has(token)) return;
      const nameTokens: { token: string; index: number }[] = [];
      let end = at + 1;
      while (end < tokens.length && nameTokens.length < MAX_STREET_NAME_TOKENS) {
        const next = tokens[end] ?? "";
        if (isHouseNumber(next) && nameTokens.length > 0) break;
        if (!PARTICLES.has(next)) nameTokens.push({ token: next, index: end });
        end += 1;
      }
      // Trailing words ("a Milano", "scala B") are not part of the name: try the longest prefix first.
      for (let length = nameTokens.length; length > 0; length -= 1) {
        const query = nameTokens.slice(0, length);
        const found = matchStreetName(
          query.map((q) => q.token),
          token,
        );
        if (!found) continue;
        const lastName = query[query.length - 1]?.index ?? at;
        const { houseNumber, to } = readHouseNumber(tokens, lastName + 1);
        const match: StreetMatch = { ...found, writtenType: token, from: at, to, houseNumber };
        if (!best || match.score > best.score) best = match;
        break;
      }
    });
    return best;
  }

  /** "Sarpi 10": a street named without its type word, trusted only with a house number. */
  function findUntypedStreet(tokens: readonly string[]): StreetMatch | null {
    const numberAt = tokens.findIndex(isHouseNumber);
    if (numberAt <= 0) return null;
    const before: string[] = [];
    let from = numberAt;
    while (from > 0 && before.length < 3) {
      const token = tokens[from - 1] ?? "";
      if (FILLER_WORDS.has(token)) break;
      from -= 1;
      if (!PARTICLES.has(token)) before.unshift(token);
    }
    for (let start = 0; start < before.length; start += 1) {
      const found = matchStreetName(before.slice(start), null);
      // Only an exact name or short form (score ≥ 3 plus the type-agnostic bonus).
      if (found && found.score >= 4) {
        const { houseNumber, to } = readHouseNumber(tokens, numberAt);
        return { ...found, writtenType: null, from, to, houseNumber };
      }
    }
    return null;
  }

  function readHouseNumber(
    tokens: readonly string[],
    from: number,
  ): { houseNumber: number | null; to: number } {
    let at = from;
    while (HOUSE_NUMBER_WORDS.has(tokens[at] ?? "")) at += 1;
    const token = tokens[at];
    if (isHouseNumber(token)) {
      return { houseNumber: Number.parseInt(token ?? "", 10), to: at + 1 };
    }
    return { houseNumber: null, to: from };
  }

  function findPlaces(tokens: readonly string[]): PlaceMatch[] {
    const corrected = tokens.map((token) =>
      PARTICLES.has(token) ? [] : correctedCandidates(token, placeVocabulary).words,
    );
    const matches: PlaceMatch[] = [];
    for (let from = 0; from < tokens.length; from += 1) {
      if (PARTICLES.has(tokens[from] ?? "")) continue;
      // "via Roma" names a street, even one Milan does not have, not the city.
      const afterStreetWord = from > 0 && STREET_TYPES.has(tokens[from - 1] ?? "");
      let phrases: string[][] = [[]];
      for (let to = from; to < tokens.length && to < from + MAX_PLACE_PHRASE_TOKENS + 2; to += 1) {
        const token = tokens[to] ?? "";
        if (PARTICLES.has(token)) continue;
        const options = [token, ...(corrected[to] ?? []).filter((word) => word !== token)];
        phrases = phrases.flatMap((phrase) => options.map((option) => [...phrase, option]));
        if ((phrases[0]?.length ?? 0) > MAX_PLACE_PHRASE_TOKENS) break;
        for (const phrase of phrases) {
          const target = places.get(phrase.join(" "));
          if (target && !(afterStreetWord && target.kind === "outside")) {
            matches.push({ target, from, to: to + 1 });
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

  return {
    resolvePoint: (point) => resolvePointWithText(`${point.lat},${point.lon}`, point),
    resolve(text) {
      const pointText = POINT_PATTERN.exec(text);
      if (pointText) {
        const point = { lat: Number(pointText[1]), lon: Number(pointText[2]) };
        return resolvePointWithText(text, point);
      }
      const normalized = expandAbbreviations(text);
      const tokens = normalized === "" ? [] : normalized.split(" ");

      const typed = findTypedStreet(tokens);
      // "parco Sempione" is the NIL, not Corso Sempione: a street of another type
      // loses to a place named with the very words written.
      const namedPlace =
        typed && typed.streets[0]?.type !== typed.writtenType && typed.houseNumber === null
          ? longestPlace(
              findPlaces(tokens).filter((m) => m.from === typed.from && m.target.kind === "nil"),
            )
          : null;
      if (namedPlace?.target.kind === "nil") return nilResult(text, namedPlace.target.nil);
      if (typed) {
        const rest = [...tokens.slice(0, typed.from), "", ...tokens.slice(typed.to)];
        const elsewhere = longestPlace(findPlaces(rest));
        if (elsewhere?.target.kind === "outside") return outside(text, elsewhere.target.name);
        return addressResult(text, typed.streets, typed.houseNumber);
      }

      const capToken = tokens.find((token) => /^\d{5}$/.test(token));
      if (capToken) {
        const entry = caps.get(capToken);
        if (entry) return capResult(text, entry);
      }

      const municipio = municipioFromText(normalized);
      if (municipio !== null) {
        return {
          text,
          municipio,
          candidates: [municipio],
          outsideMilan: false,
          kind: "municipio",
          matched: `Municipio ${municipio}`,
        };
      }

      const place = longestPlace(findPlaces(tokens));
      if (place?.target.kind === "outside") return outside(text, place.target.name);
      // "Sarpi 10" is via Paolo Sarpi 10 rather than the Sarpi neighbourhood.
      const untyped = findUntypedStreet(tokens);
      if (untyped) return addressResult(text, untyped.streets, untyped.houseNumber);
      if (place?.target.kind === "nil") return nilResult(text, place.target.nil);
      if (place?.target.kind === "streets") {
        return streetsAreaResult(text, place.target.name, place.target.streets);
      }

      if (capToken?.startsWith("20") && !caps.has(capToken))
        return outside(text, `CAP ${capToken}`);
      return unknown(text);
    },
  };
}

function municipioFromText(normalized: string): number | null {
  const spelled =
    MUNICIPIO_PATTERN.exec(normalized)?.[1] ?? SHORT_MUNICIPIO_PATTERN.exec(normalized)?.[1];
  if (spelled === undefined) return null;
  const value = NUMBER_WORDS[spelled] ?? Number(spelled);
  return Number.isInteger(value) && value >= 1 && value <= 9 ? value : null;
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
