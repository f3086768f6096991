import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { z } from "zod";
import { type HouseNumber, type HouseNumbers, withCompactNumbers } from "./house-numbers.js";
import { WordSet } from "./word-set.js";

export type { HouseNumber, HouseNumbers } from "./house-numbers.js";

export interface StreetEntry {
  /** Full official name as citizens write it ("Via Giulio e Corrado Venini"). */
  readonly name: string;
  /** Street type word ("via", "viale", "piazza"...). */
  readonly type: string;
  /** Normalised name variants without the type word (full, register's surname-first, short). */
  readonly aliases: readonly string[];
  /** The Municipi its house numbers lie in, most numbers first. */
  readonly municipi: readonly number[];
  readonly caps: readonly string[];
  readonly centroid: readonly [lon: number, lat: number];
  /** Sorted by number. */
  readonly numbers: HouseNumbers;
}

/** A street as streets.json (and the derived cache) writes it: its house numbers as tuples. */
export type StoredStreet = Omit<StreetEntry, "numbers"> & {
  readonly numbers: readonly HouseNumber[];
};

export interface NilEntry {
  readonly id: number;
  /** Official upper-case name ("LORETO - CASORETTO - NOLO"). */
  readonly name: string;
  readonly areaKm2: number;
  /** Share of the NIL's area in each Municipio, largest first. */
  readonly shares: readonly { readonly municipio: number; readonly share: number }[];
  readonly centroid: readonly [lon: number, lat: number];
}

export interface CapEntry {
  readonly cap: string;
  /** House numbers of the register per Municipio, largest first. */
  readonly municipi: readonly { readonly municipio: number; readonly houseNumbers: number }[];
}

/** Names people use for an area, mapped to the NIL(s) it covers or to the streets that make it. */
export interface NeighbourhoodAlias {
  readonly name: string;
  readonly nil: readonly number[];
  /** Full official street names, for areas that follow streets (the Navigli). */
  readonly streets: readonly string[];
}

/**
 * A place citizens name to say where they live: a metro station or a hand-kept landmark
 * (hospital, university, park, railway station, square), with the Municipi around it.
 */
export interface PlaceEntry {
  /** Official name, with its address when it has one ("Istituto Besta, Via Giovanni Celoria 11"). */
  readonly name: string;
  /** "station", "hospital", "university", "park", "railway", "landmark". */
  readonly kind: string;
  /** Names citizens write, normalised, particles removed ("istituto besta", "besta"). */
  readonly aliases: readonly string[];
  /** Every Municipio within 300 m of it (one: an answer; several: candidates); none outside Milan. */
  readonly municipi: readonly number[];
  readonly point: readonly [lon: number, lat: number] | null;
  /** The town, for a landmark outside Milan. */
  readonly outside?: string;
}

export type MunicipioFeature = Feature<Polygon | MultiPolygon, { MUNICIPIO: number }>;

export interface GeoIndex {
  readonly municipi: readonly MunicipioFeature[];
  readonly nil: readonly NilEntry[];
  readonly streets: readonly StreetEntry[];
  readonly caps: readonly CapEntry[];
  readonly neighbourhoods: readonly NeighbourhoodAlias[];
  /** Municipalities around Milan and major Italian cities (names only). */
  readonly outsidePlaces: readonly string[];
  /** Metro stations and landmarks (built by scripts/build-geo-places.ts). */
  readonly places: readonly PlaceEntry[];
  /** Ordinary Italian and English words that look like place names: never typo-corrected into one. */
  readonly commonWords: WordSet;
}

const lonLat = z.tuple([z.number(), z.number()]);

const streetsFile = z.object({
  streets: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      aliases: z.array(z.string()),
      municipi: z.array(z.number().int()),
      caps: z.array(z.string()),
      centroid: lonLat,
      // Tens of thousands of tuples: checked for shape only, element checks would double load time.
      numbers: z.custom<HouseNumber[]>((value) => Array.isArray(value)),
    }),
  ),
});

const nilFile = z.object({
  nil: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      areaKm2: z.number(),
      shares: z.array(z.object({ municipio: z.number().int(), share: z.number() })),
      centroid: lonLat,
    }),
  ),
});

const capsFile = z.object({
  caps: z.array(
    z.object({
      cap: z.string(),
      municipi: z.array(z.object({ municipio: z.number().int(), houseNumbers: z.number() })),
    }),
  ),
});

const neighbourhoodsFile = z.object({
  neighbourhoods: z.array(
    z.object({
      name: z.string(),
      nil: z.array(z.number().int()).default([]),
      streets: z.array(z.string()).default([]),
    }),
  ),
});

const outsideFile = z.object({ places: z.array(z.string()) });

const placesFile = z.object({
  places: z.array(
    z.object({
      name: z.string(),
      kind: z.string(),
      aliases: z.array(z.string()),
      municipi: z.array(z.number().int()),
      point: lonLat.nullable(),
      outside: z.string().optional(),
    }),
  ),
});

const commonWordsFile = z.object({ words: z.array(z.string()) });

const municipiFile = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: z.object({ MUNICIPIO: z.number().int() }),
      geometry: z.object({
        type: z.enum(["Polygon", "MultiPolygon"]),
        coordinates: z.array(z.any()),
      }),
    }),
  ),
});

/** The repository's data/geo, wherever the process was started from. */
export const DEFAULT_GEO_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../data/geo");

/** The files loadGeoIndex reads (the derived cache's key covers each). */
export const GEO_FILES = [
  "municipi.geojson",
  "nil.json",
  "streets.json",
  "caps.json",
  "neighbourhoods.json",
  "outside-places.json",
  "places.json",
  "common-words.json",
] as const;

async function readJson(dir: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(join(dir, file), "utf8"));
}

/**
 * The index in `dir`. `places: false` skips places.json and common-words.json, for the build
 * step that writes them.
 */
export async function loadGeoIndex(
  dir: string = DEFAULT_GEO_DIR,
  options: { places?: boolean } = {},
): Promise<GeoIndex> {
  const withPlaces = options.places ?? true;
  const [municipi, nil, streets, caps, neighbourhoods, outside, places, words] = await Promise.all([
    readJson(dir, "municipi.geojson"),
    readJson(dir, "nil.json"),
    readJson(dir, "streets.json"),
    readJson(dir, "caps.json"),
    readJson(dir, "neighbourhoods.json"),
    readJson(dir, "outside-places.json"),
    withPlaces ? readJson(dir, "places.json") : { places: [] },
    withPlaces ? readJson(dir, "common-words.json") : { words: [] },
  ]);
  const municipiCollection = municipiFile.parse(municipi) as unknown as FeatureCollection<
    Polygon | MultiPolygon,
    { MUNICIPIO: number }
  >;
  return {
    municipi: municipiCollection.features,
    nil: nilFile.parse(nil).nil,
    streets: withCompactNumbers(streetsFile.parse(streets).streets),
    caps: capsFile.parse(caps).caps,
    neighbourhoods: neighbourhoodsFile.parse(neighbourhoods).neighbourhoods,
    outsidePlaces: outsideFile.parse(outside).places,
    places: placesFile.parse(places).places,
    commonWords: WordSet.of(commonWordsFile.parse(words).words),
  };
}
