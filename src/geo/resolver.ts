import { centreIn, centrePlace } from "./centre.js";
import { readWrittenPoint } from "./coordinates.js";
import { workplaceInChinese } from "./employer.js";
import type { FuzzyIndexData } from "./fuzzy.js";
import type { CapEntry, GeoIndex } from "./geo-index.js";
import {
  type Found,
  type Mention,
  type MessageMatchers,
  mentionsIn,
  placesInMessage,
  resolveInMessage,
} from "./in-message.js";
import { createMunicipioLocator, municipioFromText, municipioResult } from "./municipio.js";
import { expandAbbreviations, nominativeOfNames } from "./normalize.js";
import type { GeoPoint, ResolvedPlace } from "./place.js";
import { isPlaceOnly, toldInAnotherScript } from "./place-alone.js";
import { createPlaceFinder, type PlaceMatch } from "./place-names.js";
import {
  addressResult,
  capResult,
  landmarkResult,
  nilResult,
  outside,
  streetsAreaResult,
  unknown,
} from "./results.js";
import { confidenceOf, type FoldedText, foldText, originalSpan } from "./span.js";
import { createStreetMatcher, isHouseNumber, type StreetWords } from "./streets.js";

export interface LocationResolver {
  /** What a citizen's description of where they live says about their Municipio. */
  resolve(text: string): ResolvedPlace;
  /** The Municipio of a shared location. */
  resolvePoint(point: GeoPoint): ResolvedPlace;
  /**
   * Every place the text names, whoever's it is ("lavoro vicino a piazzale Loreto" too), each
   * with its span in the citizen's own words: what a redaction must find.
   */
  placesIn(text: string): readonly ResolvedPlace[];
  /**
   * A reader for one update's readers (danger model, classifier, the dialogue's area): each
   * text it is given is read once, and forgotten with the reader, so that a citizen's words
   * outlive neither the update nor its call.
   */
  forOneUpdate(): PlaceReader;
  /** What it derived from the geo index's names, for the derived cache (see cached.ts). */
  readonly words: PlaceWords;
}

/** What the readers of one message ask of the geo reader. */
export type PlaceReader = Pick<LocationResolver, "resolve" | "placesIn">;

/** A text's words as the geo reader reads them, and its place as a short reply gives it. */
interface Reading {
  readonly text: string;
  readonly normalized: string;
  readonly tokens: readonly string[];
  readonly asReply: Found | null;
  /** The text folded for the spans of its places, once, when a place is found. */
  readonly folded: () => FoldedText;
}

/** What one update has read of a text: filled as its readers ask. */
interface Remembered {
  readonly reading: Reading;
  mentions?: readonly Mention[];
  resolved?: ResolvedPlace;
  found?: readonly ResolvedPlace[];
}

/** The streets' and places' names as the reader reads them: slow to derive from the index. */
export interface PlaceWords {
  readonly streets: StreetWords;
  /** The typo index of the places' name tokens. */
  readonly places: FuzzyIndexData;
}

/** A CAP, Milan's postcode, as a word of its own. Made once, not per call: see nlu/read-words.ts. */
const CAP = /^\d{5}$/;
const isCap = (token: string) => CAP.test(token);

/** `words`: what an earlier resolver derived from the same geo index (see cached.ts). */
export function createLocationResolver(index: GeoIndex, words?: PlaceWords): LocationResolver {
  const streetMatcher = createStreetMatcher(index, words?.streets);
  const { findTypedStreets, findTypedStreet, findUntypedStreet, findAreaStreets } = streetMatcher;

  const { findPlaces, longestPlace, typos: placeTypos } = createPlaceFinder(index, words?.places);
  const caps = new Map<string, CapEntry>(index.caps.map((entry) => [entry.cap, entry]));
  const municipioAt = createMunicipioLocator(index);
  const centreOf = centrePlace(index);

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
        return target.sharesName
          ? { ...outside(text, target.name), sharesName: true }
          : outside(text, target.name);
      case "nil":
        return target.alias
          ? { ...nilResult(text, target.nil), alias: target.alias }
          : nilResult(text, target.nil);
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
      const address = addressResult(text, typed.streets, typed.houseNumber);
      const beside = elsewhere && elsewhere.typos === 0 ? placeResult(text, elsewhere) : null;
      // «via Padova vicino a Rovereto»: a street crossing Municipi, with a station or
      // neighbourhood named beside it in one of them, is there; no house number need be asked.
      if (address.needsHouseNumber && beside && placesStreet(beside, address)) {
        const from = Math.min(typed.from, elsewhere?.from ?? typed.from);
        const to = Math.max(typed.to, elsewhere?.to ?? typed.to);
        return found(beside, { from, to, typos: typed.typos });
      }
      return found(address, typed);
    }

    const capAt = tokens.findIndex(isCap);
    const capEntry = caps.get(tokens[capAt] ?? "");
    if (capEntry) return found(capResult(text, capEntry), { from: capAt, to: capAt + 1, typos: 0 });

    const municipio = municipioFromText(normalized, true);
    if (municipio) return found(municipioResult(text, municipio.value), municipio);

    // A town outside Milan only as written: a first name one typo away («Lucia») is no Lucca,
    // and telling a citizen of Milan that WeMi does not serve them would send them away.
    const place = longestPlace(
      findPlaces(tokens).filter((m) => m.target.kind !== "outside" || m.typos === 0),
    );
    if (place?.target.kind === "outside") return found(placeResult(text, place), place);
    // "Sarpi 10" is via Paolo Sarpi 10 rather than the Sarpi neighbourhood.
    const untyped = findUntypedStreet(tokens);
    if (untyped) return found(addressResult(text, untyped.streets, untyped.houseNumber), untyped);
    if (place) return found(placeResult(text, place), place);
    const [area] = findAreaStreets(tokens);
    if (area) return found(addressResult(text, area.streets, area.houseNumber), area);
    const centre = centreIn(tokens, true);
    const inCentre = centre && centreOf(text);
    if (centre && inCentre) return found(inCentre, { ...centre, typos: 0 });

    if (capAt >= 0 && tokens[capAt]?.startsWith("20")) {
      return found(outside(text, `CAP ${tokens[capAt]}`), { from: capAt, to: capAt + 1, typos: 0 });
    }
    return null;
  }

  const matchers: MessageMatchers = {
    findTypedStreets,
    findUntypedStreet,
    findAreaStreets,
    findPlaces,
    placeResult,
    cap: (token) => caps.get(token),
    municipio(text, normalized) {
      const named = municipioFromText(normalized, false);
      return named ? { ...named, place: municipioResult(text, named.value) } : null;
    },
    centre(text, tokens) {
      const centre = centreIn(tokens, false);
      const place = centre && centreOf(text);
      return centre && place ? { ...centre, place } : null;
    },
    isCommonWord: (token) => index.commonWords.has(token),
    isHouseNumber,
  };

  /**
   * The words of a text, and its place as a short reply would give it: read more forgivingly
   * ("Sarpi 10" needs no cue there). One reading for resolve and placesIn, so that a
   * redaction finds every place the bot would read.
   */
  const namesPlace = (word: string) => findPlaces(expandAbbreviations(word).split(" ")).length > 0;
  const readAnew = (text: string): Reading => {
    const normalized = expandAbbreviations(nominativeOfNames(text, namesPlace));
    const tokens = normalized === "" ? [] : normalized.split(" ");
    const asReply = isPlaceOnly(tokens) ? resolveReply(text, normalized, tokens) : null;
    let folded: FoldedText | undefined;
    return { text, normalized, tokens, asReply, folded: () => (folded ??= foldText(text)) };
  };
  const mentionsOf = (reading: Reading): readonly Mention[] =>
    mentionsIn(reading.text, reading.normalized, reading.tokens, matchers);

  const withSpan = ({ tokens, folded }: Reading, match: Found): ResolvedPlace => {
    const { said, throughScript } = originalSpan(folded(), tokens.slice(match.from, match.to));
    return {
      ...match.place,
      span: said,
      ...(match.typos > 0 || throughScript ? { respelt: true } : {}),
    };
  };

  function resolveRead(reading: Reading, mentions: () => readonly Mention[]): ResolvedPlace {
    const { text, tokens, asReply } = reading;
    const written = readWrittenPoint(text);
    if (written) {
      return { ...resolvePointWithText(text, written.point), span: written.span, confidence: 1 };
    }
    const reply = asReply !== null && isPlaceOnly(tokens, asReply);
    // A story in another script reads as a reply (its words are no content here), but when its
    // places can be weighed by whose they are, as in Latin letters, that weighing decides.
    const weighed = reply && !toldInAnotherScript(tokens) ? null : resolveInMessage(mentions());
    const match = reply ? (weighed ?? asReply) : weighed;
    const place = match && withSpan(reading, match);
    if (!place || workplaceInChinese(text, place.span)) {
      return { ...unknown(text), span: null, confidence: 0 };
    }
    return { ...place, confidence: confidenceOf(match, reply) };
  }

  function placesInRead(reading: Reading, mentions: readonly Mention[]): ResolvedPlace[] {
    const { text, asReply } = reading;
    const written = readWrittenPoint(text);
    const point = written
      ? [{ ...resolvePointWithText(text, written.point), span: written.span }]
      : [];
    const found = [...(asReply ? [asReply] : []), ...placesInMessage(mentions)];
    return [...point, ...found.map((match) => withSpan(reading, match))];
  }

  return {
    resolvePoint: (point) => ({
      ...resolvePointWithText(`${point.lat},${point.lon}`, point),
      span: null,
      confidence: 1,
    }),
    resolve(text) {
      const reading = readAnew(text);
      return resolveRead(reading, () => mentionsOf(reading));
    },
    placesIn(text) {
      const reading = readAnew(text);
      return placesInRead(reading, mentionsOf(reading));
    },
    forOneUpdate() {
      // Each text's reading and answers, for this update's readers only: dropped with it.
      const memo = new Map<string, Remembered>();
      const remembered = (text: string) => {
        let entry = memo.get(text);
        if (entry === undefined) {
          entry = { reading: readAnew(text) };
          memo.set(text, entry);
        }
        return entry;
      };
      const mentionsOnce = (entry: Remembered) => {
        entry.mentions ??= mentionsOf(entry.reading);
        return entry.mentions;
      };
      return {
        resolve(text) {
          const entry = remembered(text);
          entry.resolved ??= resolveRead(entry.reading, () => mentionsOnce(entry));
          return entry.resolved;
        },
        placesIn(text) {
          const entry = remembered(text);
          entry.found ??= placesInRead(entry.reading, mentionsOnce(entry));
          return entry.found;
        },
      };
    },
    words: { streets: streetMatcher.words, places: placeTypos },
  };
}

/** A place in one Municipio, one of those a street without its house number crosses. */
const placesStreet = (place: ResolvedPlace, street: ResolvedPlace): boolean =>
  !place.outsideMilan && place.municipio !== null && street.candidates.includes(place.municipio);
