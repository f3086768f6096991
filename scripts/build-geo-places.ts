/**
 * Builds, from what is already in data/geo (run after build-geo-index.ts; `npm run geo:build` runs both;
 * `npx tsx scripts/build-geo-places.ts --places-only` after editing landmarks.json):
 * - places.json: the hand-kept landmarks.json with each place's point and Municipi (the register's
 *   house number of its official address, then every Municipio within 300 m of it), and the 130
 *   metro stations of metro-stations.geojson with the same rule (none: outside Milan);
 * - common-words.json: the ordinary Italian and English words (Hunspell dictionaries dictionary-it
 *   and dictionary-en) that are, or are one typo away from, a word of a place name: the resolver
 *   never reads them as a misspelt place.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { municipiWithin } from "../src/geo/border.js";
import { createFuzzyVocabulary } from "../src/geo/fuzzy.js";
import { loadGeoIndex, type PlaceEntry, type StreetEntry } from "../src/geo/geo-index.js";
import { forEachWordForm } from "../src/geo/hunspell.js";
import {
  canonicalNameToken,
  coreTokens,
  expandAbbreviations,
  normalizeText,
} from "../src/geo/normalize.js";
import type { GeoPoint } from "../src/geo/place.js";

/** A place this near a Municipio border may be where a citizen on either side lives. */
const NEAR_BORDER_M = 300;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const geoDir = join(repoRoot, "data/geo");
const index = await loadGeoIndex(geoDir, { places: false });
const read = <T>(file: string): T => JSON.parse(readFileSync(join(geoDir, file), "utf8")) as T;

interface LandmarkSource {
  name: string;
  kind: string;
  aliases: string[];
  address?: string;
  nil?: number;
  station?: string;
  outside?: string;
  source: string;
}
interface StationFeature {
  properties: { nome: string; linee: string };
  geometry: { coordinates: [number, number] };
}

const streetKey = (name: string) => coreTokens(name).map(canonicalNameToken).join(" ");
const streetByKey = new Map(index.streets.map((s) => [streetKey(s.name), s]));

function addressPoint(address: string): { street: StreetEntry; point: GeoPoint; number?: number } {
  const match = /^(.*?)\s+(\d+)$/.exec(address);
  const name = match?.[1] ?? address;
  const street = streetByKey.get(streetKey(name));
  if (!street) throw new Error(`landmarks.json: no street ${name} in the register`);
  const n = match ? Number(match[2]) : null;
  const located = [...street.numbers].filter((e) => e[2] !== undefined && e[3] !== undefined);
  if (n === null || located.length === 0) {
    return { street, point: { lon: street.centroid[0], lat: street.centroid[1] } };
  }
  const [best] = [...located].sort((a, b) => Math.abs(a[0] - n) - Math.abs(b[0] - n));
  if (best?.[0] !== n) console.warn(`  ${address}: not in DS634, nearest number ${best?.[0]}`);
  return { street, point: { lon: best?.[2] ?? 0, lat: best?.[3] ?? 0 }, number: n };
}

const near = (point: GeoPoint) => municipiWithin(point, index.municipi, NEAR_BORDER_M);

/** Official station names as people say them: "P.TA VENEZIA" → "porta venezia", "LORETO M1" → "loreto". */
function stationName(nome: string): string {
  return normalizeText(
    nome
      .replace(/\s+(M[1-5]|FN M[1-5]|FN|FS|F\.S\.)$/, "")
      .replace(/\bP\.TA\b/g, "PORTA")
      .replace(/\bS\.G\.$/, "SAN GIOVANNI")
      .replace(/\bSAN AMBROGIO\b/, "SANT AMBROGIO")
      .replace(/\bS\.(?=[AEIOU])/g, "SANT ")
      .replace(/\bS\./g, "SAN ")
      .replace(/\bT\.I\.B\.B\./, ""),
  );
}

/** Shorter names people use: "lotto" for LOTTO FIERAMILANOCITY, "assago forum", "sesto 1 maggio". */
function stationAliases(name: string): string[] {
  const words = name.split(" ");
  const aliases = [name];
  if (
    words.length > 1 &&
    /^(fieramilanocity|fieramilano|centro|aeroporto|stadio|ippodromo)$/.test(words.at(-1) ?? "")
  )
    aliases.push(words.slice(0, -1).join(" "));
  if (name.startsWith("assago milanofiori "))
    aliases.push(`assago ${words.at(-1)}`, `milanofiori ${words.at(-1)}`);
  if (name === "sforza policlinico") aliases.push("sforza");
  return aliases;
}

const places: PlaceEntry[] = [];

// --- metro stations: one per name (LORETO M1 and M2 are one place for a citizen).
const stations = read<{ features: StationFeature[] }>("metro-stations.geojson").features;
const byName = new Map<string, StationFeature[]>();
for (const station of stations) {
  const name = stationName(station.properties.nome);
  byName.set(name, [...(byName.get(name) ?? []), station]);
}
const stationPoint = new Map<string, GeoPoint>();
for (const [name, group] of byName) {
  const lon = group.reduce((sum, s) => sum + s.geometry.coordinates[0], 0) / group.length;
  const lat = group.reduce((sum, s) => sum + s.geometry.coordinates[1], 0) / group.length;
  for (const s of group) stationPoint.set(s.properties.nome, { lon, lat });
  const lines = [...new Set(group.flatMap((s) => s.properties.linee.split(",")))].sort();
  places.push({
    name: `Metro ${name.replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase())} (M${lines.join(", M")})`,
    kind: "station",
    aliases: stationAliases(name).map((alias) => coreTokens(alias).join(" ")),
    municipi: near({ lon, lat }),
    point: [lon, lat],
  });
}

// --- hand-kept landmarks.
for (const landmark of read<{ landmarks: LandmarkSource[] }>("landmarks.json").landmarks) {
  const aliases = landmark.aliases.map((alias) => coreTokens(expandAbbreviations(alias)).join(" "));
  const common = { name: landmark.name, kind: landmark.kind, aliases };
  if (landmark.outside) {
    places.push({ ...common, municipi: [], point: null, outside: landmark.outside });
  } else if (landmark.nil !== undefined) {
    const nil = index.nil.find((n) => n.id === landmark.nil);
    if (!nil) throw new Error(`landmarks.json: no NIL ${landmark.nil}`);
    const top = nil.shares[0];
    const municipi =
      top && top.share >= 0.9
        ? [top.municipio]
        : nil.shares.filter((s) => s.share >= 0.05).map((s) => s.municipio);
    places.push({ ...common, municipi: municipi.sort((a, b) => a - b), point: [...nil.centroid] });
  } else if (landmark.station) {
    const point = stationPoint.get(landmark.station);
    if (!point) throw new Error(`landmarks.json: no station ${landmark.station}`);
    places.push({ ...common, municipi: near(point), point: [point.lon, point.lat] });
  } else if (landmark.address) {
    const { street, point, number } = addressPoint(landmark.address);
    const address = number === undefined ? street.name : `${street.name} ${number}`;
    places.push({
      ...common,
      name: `${landmark.name}, ${address}`,
      municipi: near(point),
      point: [point.lon, point.lat],
    });
  } else {
    throw new Error(`landmarks.json: ${landmark.name} has no address, NIL, station or town`);
  }
}
const source =
  "metro stations: Comune di Milano open data (AMAT), CC BY 4.0; landmarks: data/geo/landmarks.json";
writeFileSync(join(geoDir, "places.json"), `${JSON.stringify({ source, places })}\n`);
console.log(
  `wrote data/geo/places.json: ${byName.size} metro stations (${stations.length} entries), ` +
    `${places.length - byName.size} landmarks, ` +
    `${places.filter((p) => p.municipi.length > 1).length} near a Municipio border, ` +
    `${places.filter((p) => p.municipi.length === 0).length} outside Milan`,
);

// --- ordinary words that look like place names (minutes of work: `--places-only` skips it).
if (process.argv.includes("--places-only")) process.exit(0);
const placeWords = [
  ...index.streets.flatMap((s) => s.aliases.flatMap((alias) => alias.split(" "))),
  ...index.nil.flatMap((n) => coreTokens(expandAbbreviations(n.name))),
  ...index.neighbourhoods.flatMap((n) => coreTokens(expandAbbreviations(n.name))),
  ...index.outsidePlaces.flatMap((name) => coreTokens(expandAbbreviations(name))),
  ...places.flatMap((p) => p.aliases.flatMap((alias) => alias.split(" "))),
].filter((word) => word.length > 1 && !/\d/.test(word));
const vocabulary = createFuzzyVocabulary(new Set(placeWords));
const common = new Set<string>();
const seen = new Set<string>();
for (const dictionary of [
  (await import("dictionary-it")).default,
  (await import("dictionary-en")).default,
]) {
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  forEachWordForm(decode(dictionary.aff), decode(dictionary.dic), (form) => {
    const word = normalizeText(form);
    if (seen.has(word) || word.includes(" ") || word.length < 3) return;
    seen.add(word);
    if (vocabulary.has(word) || vocabulary.correct(word).length > 0) common.add(word);
  });
}
const words = [...common].sort();
writeFileSync(
  join(geoDir, "common-words.json"),
  `${JSON.stringify({
    source:
      "word forms of the Hunspell dictionaries dictionary-it (GPL-3.0) and dictionary-en (MIT AND BSD) that are, or are one typo away from, a word of a Milan place name",
    words,
  })}\n`,
);
console.log(`wrote data/geo/common-words.json: ${words.length} ordinary words near place names`);
