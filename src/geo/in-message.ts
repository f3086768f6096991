import {
  AREA_WORDS,
  METRO_WORDS,
  PLACE_TYPE_WORDS,
  RESIDENCE_CUES,
  TOWN_WORDS,
  wordBefore,
} from "./cues.js";
import type { CapEntry } from "./geo-index.js";
import { PARTICLES } from "./normalize.js";
import { ownerOf, ownerWeight } from "./owner.js";
import type { ResolvedPlace } from "./place.js";
import { accentedAway, introducedName, isSurname, toldOfAnother } from "./place-alone.js";
import type { PlaceMatch } from "./place-names.js";
import { namesARelativeElsewhere, relativesTown } from "./relative-elsewhere.js";
import { addressResult, capResult, inMunicipi } from "./results.js";
import { type FoldedText, foldText, originalSpan } from "./span.js";
import type { StreetMatch } from "./streets.js";

/** A recognised place and where in the (normalised) words it was. */
export interface Found {
  readonly place: ResolvedPlace;
  readonly from: number;
  readonly to: number;
  /** Words read as another (misspelt) word of the name. */
  readonly typos: number;
}

/** The resolver's matchers, as the reading of a longer message uses them. */
export interface MessageMatchers {
  findTypedStreets(tokens: readonly string[]): StreetMatch[];
  findUntypedStreet(tokens: readonly string[], numberAt: number): StreetMatch | null;
  findAreaStreets(tokens: readonly string[]): StreetMatch[];
  findPlaces(tokens: readonly string[]): PlaceMatch[];
  placeResult(text: string, match: PlaceMatch): ResolvedPlace;
  cap(token: string): CapEntry | undefined;
  municipio(
    text: string,
    normalized: string,
  ): { place: ResolvedPlace; from: number; to: number } | null;
  /** Milan's centre («in centro»), anchored as a longer message needs it. */
  centre(
    text: string,
    tokens: readonly string[],
  ): { place: ResolvedPlace; from: number; to: number } | null;
  isCommonWord(token: string): boolean;
  isHouseNumber(token: string | undefined): boolean;
}

export interface Mention extends Found {
  /** How precisely it places the citizen: a house number beats a street, a street a Municipio. */
  readonly specificity: number;
  readonly weight: number;
}

const FLOOR_WORDS: ReadonlySet<string> = new Set(["piano", "floor"]);
/** Below an area with no stated owner (1), above none: see addMention. */
const WRITING_FROM_ELSEWHERE = 0.5;
/** «20 euro» is a sum, not a CAP. */
const CURRENCY_WORDS: ReadonlySet<string> = new Set(["euro", "eur"]);

/**
 * Every place a longer message names, whoever's it is ("lavoro vicino a piazzale Loreto" too).
 * Only anchored mentions count: a street with its street word, a name after a cue ("abito a",
 * "zona", "vicino a", "metro"), or a name that is no ordinary word; typos only after a cue.
 * Written with loops and plain functions, not closures: it runs on every message, and its
 * closures and their context were 3.4 KB of garbage a message.
 */
export function mentionsIn(
  text: string,
  normalized: string,
  tokens: readonly string[],
  m: MessageMatchers,
): Mention[] {
  const mentions: Mention[] = [];
  const streets: StreetMatch[] = [];
  let folded: FoldedText | undefined;
  for (const street of m.findTypedStreets(tokens)) {
    // "il corso di italiano", "è andata via la badante": a street word before ordinary words.
    const ordinary = ordinaryWords(tokens, street.from + 1, street.to, m);
    // «un corso de italian» (a course): a name reached through a typo, past a preposition the
    // street word does not take, is an ordinary phrase too.
    const apart = street.typos > 0 && PARTICLES.has(tokens[street.from + 1] ?? "");
    const loose = ordinary || apart;
    if (loose && street.houseNumber === null && !anchored(tokens, street.from)) {
      // «in via Ampère», «on via Ponzio», «di via San Faustino»: ordinary words written as a
      // name, each capitalised inside a sentence, after the street word are that street's name.
      if (apart || street.typos > 0) continue;
      // So are a street's words typed in lower case after «in», «di», «on» («mio padre in via
      // gallarate»): «via» after a verb is «away» («è andata via la badante»), never after these.
      if (STREET_LOCATIVES.has(tokens[street.from - 1] ?? "")) {
        streets.push(street);
        continue;
      }
      folded ??= foldText(text);
      if (!writtenAsName(folded, tokens.slice(street.from + 1, street.to))) continue;
    }
    streets.push(street);
  }
  for (let at = 0; at < tokens.length; at++) {
    if (!m.isHouseNumber(tokens[at]) || overlapsStreet(streets, at, at + 1)) continue;
    const street = m.findUntypedStreet(tokens, at);
    // "Sarpi 10" only after a cue: "una signora di 91 anni" is no via della Signora 91.
    if (street && street.houseNumber !== null && anchored(tokens, street.from))
      streets.push(street);
  }
  const named = m.findPlaces(tokens);
  // «zona Washington»: a street's area, unless a place is named by those words («zona Solari»).
  for (const street of m.findAreaStreets(tokens)) {
    const beside = (x: { from: number; to: number }) => street.from < x.to && street.to > x.from;
    if (!streets.some(beside) && !named.some(beside)) streets.push(street);
  }
  for (const street of streets) {
    const place = addressResult(text, street.streets, street.houseNumber);
    addMention(
      mentions,
      text,
      tokens,
      { place, from: street.from, to: street.to, typos: street.typos },
      street.houseNumber === null ? 3 : 5,
    );
  }

  const places: PlaceMatch[] = [];
  for (const p of named) {
    if (overlapsStreet(streets, p.from, p.to) || FLOOR_WORDS.has(tokens[p.to] ?? "")) continue;
    const ordinary = ordinaryWords(tokens, p.from, p.to, m);
    if (ordinary && p.nilName && locativeBefore(tokens, p.from, p.to)) {
      folded ??= foldText(text);
      // A name of two words or more is a name however typed: «c'è qualcosa a città studi»,
      // «my flat in porta romana»; not a park's, where one goes («al parco nord»).
      const words = tokens.slice(p.from, p.to);
      const named = words.filter((word) => !PARTICLES.has(word));
      if (p.typos === 0 && named.length > 1 && named[0] !== "parco") {
        places.push(p);
        continue;
      }
      if (writtenAsName(folded, words)) {
        places.push(p);
        continue;
      }
    }
    // A station read after its metro word starts at that word, which anchors it as «vicino»
    // would: «cerco badante, metro Lotoo», «шукаю няню, метро Лото».
    const afterMetroWord = p.target.kind === "landmark" && METRO_WORDS.has(tokens[p.from] ?? "");
    if ((p.typos === 0 && !ordinary) || anchored(tokens, p.from) || afterMetroWord) places.push(p);
  }
  for (const p of places) {
    // "Sesto San Giovanni", not also "Sesto".
    if (insideLonger(places, p)) continue;
    addMention(
      mentions,
      text,
      tokens,
      { place: m.placeResult(text, p), from: p.from, to: p.to, typos: p.typos },
      p.target.kind === "landmark" ? 4 : 3,
    );
  }

  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as string;
    const entry = /^\d{5}$/.test(token) ? m.cap(token) : undefined;
    if (entry && !CURRENCY_WORDS.has(tokens[at + 1] ?? "")) {
      const found = { place: capResult(text, entry), from: at, to: at + 1, typos: 0 };
      addMention(mentions, text, tokens, found, 2);
    }
  }
  const municipio = m.municipio(text, normalized);
  if (municipio) addMention(mentions, text, tokens, { ...municipio, typos: 0 }, 2);
  const centre = m.centre(text, tokens);
  if (centre) addMention(mentions, text, tokens, { ...centre, typos: 0 }, 2);
  return mentions;
}

/** A place right after a cue: "abito a", "via", "metro", "comune di". */
function anchored(tokens: readonly string[], from: number): boolean {
  const before = wordBefore(tokens, from);
  return (
    RESIDENCE_CUES.has(before) ||
    PLACE_TYPE_WORDS.has(before) ||
    METRO_WORDS.has(before) ||
    TOWN_WORDS.has(before)
  );
}

/** Every word of tokens[from, to) besides particles and house numbers is an ordinary word. */
function ordinaryWords(
  tokens: readonly string[],
  from: number,
  to: number,
  m: MessageMatchers,
): boolean {
  for (let at = from; at < to && at < tokens.length; at++) {
    const token = tokens[at] as string;
    if (!PARTICLES.has(token) && !m.isHouseNumber(token) && !m.isCommonWord(token)) return false;
  }
  return true;
}

function overlapsStreet(streets: readonly StreetMatch[], from: number, to: number): boolean {
  for (const s of streets) if (from < s.to && to > s.from) return true;
  return false;
}

/** Another of the places spans this one and more: "Sesto San Giovanni" holds "Sesto". */
function insideLonger(places: readonly PlaceMatch[], p: PlaceMatch): boolean {
  for (const q of places) {
    if (q !== p && q.from <= p.from && q.to >= p.to && q.to - q.from > p.to - p.from) return true;
  }
  return false;
}

/** Adds a place the message names, weighed by whose it is, unless it is no place here. */
function addMention(
  mentions: Mention[],
  text: string,
  tokens: readonly string[],
  found: Found,
  specificity: number,
): void {
  const owner = ownerOf(tokens, found.from, found.to);
  // A town named in passing ("treno per Torino", "concerto a Monza") would make the bot say
  // that WeMi serves only Milan: outside Milan needs a home cue ("abito a", "vive a"). An
  // employer's town («am lucrat la o familie în Monza») is in passing too.
  const inPassing = owner === "unstated" || owner === "an-employer";
  if (
    found.place.outsideMilan &&
    inPassing &&
    !anchored(tokens, found.from) &&
    !relativesTown(tokens, found.from)
  )
    return;
  if (isSurname(tokens, found) || introducedName(tokens, found) || accentedAway(text, found))
    return;
  // The writer's own home outside Milan («noi stiamo a Bergamo») is where they write from:
  // any area in Milan the message names is likelier the one the help is for.
  const writingFromElsewhere = found.place.outsideMilan && owner === "self";
  const weight = toldOfAnother(owner, found)
    ? 0
    : writingFromElsewhere
      ? WRITING_FROM_ELSEWHERE
      : ownerWeight(owner);
  // When it is a relative's need, the writer's town is not where the help goes: it is asked.
  const place =
    writingFromElsewhere && namesARelativeElsewhere(tokens)
      ? { ...found.place, forRelativeElsewhere: true }
      : found.place;
  mentions.push({ ...found, place, specificity, weight });
}

/** Every place a longer message names (its mentionsIn), in the order written. */
export function placesInMessage(mentions: readonly Mention[]): Found[] {
  return [...mentions].sort((a, b) => a.from - b.from);
}

/**
 * The place of a longer message ("mia madre ha 87 anni e abita in via Padova 120..."). Among
 * the anchored mentions, the place of the person in need ("mia madre vive") beats the writer's
 * own ("abito"), which beats one with no owner; places of others ("mio fratello abita a
 * Torino") and places that are not homes ("vengo da", "lavoro a") are dropped. Equally good
 * mentions in different Municipi give candidates. `mentions`: the message's mentionsIn.
 */
export function resolveInMessage(mentions: readonly Mention[]): Found | null {
  const ranked = mentions
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || b.specificity - a.specificity || a.from - b.from);
  const [best] = ranked;
  if (!best) return null;
  const equals = ranked.filter(
    (x) => x.weight === best.weight && x.specificity === best.specificity && !x.place.outsideMilan,
  );
  const municipi = new Set(equals.flatMap((x) => x.place.candidates));
  if (best.place.outsideMilan || equals.length < 2 || municipi.size <= best.place.candidates.length)
    return best;
  // Two places of the same weight in different Municipi: let the dialogue ask which.
  return {
    ...best,
    place: {
      ...best.place,
      ...inMunicipi(municipi),
      matched: equals.map((x) => x.place.matched).join(" / "),
    },
  };
}

/** «a», «in», «di» and their articled forms as normalised (Italian, English, French «à»): «at» or «of» a place. */
const LOCATIVES: ReadonlySet<string> = new Set([
  "a",
  "al",
  "alla",
  "allo",
  "all",
  "in",
  "nel",
  "nella",
  "nell",
  // Spanish «en», Portuguese «em», «na», Tagalog «sa», Albanian «në» (Romanian «în» is «in»).
  "en",
  "em",
  "na",
  "sa",
  "ne",
  // «of» a name: «le case popolari di Ortica», «el departamento de Gallaratese»; Ukrainian and
  // Russian «у», «в» as normalizeText spells them («у Gallaratese»).
  "di",
  "de",
  "u",
  "v",
]);

/** Before a street word: a locative, or English «on», «at» («on via lorenteggio»). */
const STREET_LOCATIVES: ReadonlySet<string> = new Set([...LOCATIVES, "on", "at"]);

/**
 * A locative just before the name, or before English «the» when an area word follows it: «both
 * in the Portello area»; «play in the Gallaratese under 9s» is a team.
 */
const locativeBefore = (tokens: readonly string[], from: number, to: number) =>
  tokens[from - 1] === "the"
    ? AREA_WORDS.has(tokens[to] ?? "") && LOCATIVES.has(tokens[from - 2] ?? "")
    : LOCATIVES.has(tokens[from - 1] ?? "");

/**
 * «vive sola a Gallaratese», «mio papà vive solo all'Isola», «a flat in Città Studi»: a NIL's
 * name made of ordinary words is the place after «a» or «in» where it is written as a name,
 * each word capitalised inside a sentence (a sentence's first word, or a message in capitals,
 * says nothing).
 */
function writtenAsName(folded: FoldedText, words: readonly string[]): boolean {
  const { text } = folded;
  if (text === text.toUpperCase()) return false;
  const span = originalSpan(folded, words).said;
  const start = text.indexOf(span);
  if (start < 0 || /(^|[.!?…\n])[\s"«(]*$/u.test(text.slice(0, start))) return false;
  const named = (span.match(/[\p{L}\p{M}']+/gu) ?? []).filter(
    (word) => !PARTICLES.has(word.toLowerCase().replace(/'$/, "")),
  );
  return named.length > 0 && named.every((word) => /^\p{Lu}/u.test(word));
}
