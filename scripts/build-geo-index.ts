/**
 * Builds data/geo/ from the Comune di Milano open data (see data/geo/README.md):
 *   npm run geo:build -- [path to the milano data folder, default ../shared/data/milano]
 * Hand-kept files (neighbourhoods.json, outside-places.json, README.md, eval.jsonl) are not touched.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { point } from "@turf/helpers";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import type {
  CapEntry,
  HouseNumber,
  MunicipioFeature,
  NilEntry,
  StoredStreet,
} from "../src/geo/geo-index.js";
import { REGISTER_AREA_TYPES, tokenize } from "../src/geo/normalize.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = resolve(process.argv[2] ?? join(repoRoot, "../shared/data/milano"));
const outDir = join(repoRoot, "data/geo");

type AnyPolygon = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(sourceDir, file), "utf8")) as T;
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(join(outDir, file), `${JSON.stringify(value)}\n`);
  console.log(`wrote data/geo/${file}`);
}

const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

function bbox(feature: AnyPolygon): [number, number, number, number] {
  const rings: Position[][] =
    feature.geometry.type === "Polygon"
      ? feature.geometry.coordinates
      : feature.geometry.coordinates.flat();
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return [minX, minY, maxX, maxY];
}

// --- Municipi: same vertices, 6 decimals (about 0.1 m), no pretty-printing.
const municipiSource =
  readJson<FeatureCollection<Polygon | MultiPolygon, { MUNICIPIO: number }>>("municipi.geojson");
const roundRing = (ring: Position[]): Position[] =>
  ring.map(([x = 0, y = 0]) => [round(x, 6), round(y, 6)]);
const municipi: MunicipioFeature[] = municipiSource.features
  .map((feature) => ({
    type: "Feature" as const,
    properties: { MUNICIPIO: feature.properties.MUNICIPIO },
    geometry:
      feature.geometry.type === "Polygon"
        ? { type: "Polygon" as const, coordinates: feature.geometry.coordinates.map(roundRing) }
        : {
            type: "MultiPolygon" as const,
            coordinates: feature.geometry.coordinates.map((polygon) => polygon.map(roundRing)),
          },
  }))
  .sort((a, b) => a.properties.MUNICIPIO - b.properties.MUNICIPIO);
const municipiBoxes = municipi.map((feature) => ({ feature, box: bbox(feature) }));

function municipioAt(lon: number, lat: number): number | null {
  const p = point([lon, lat]);
  for (const { feature, box } of municipiBoxes) {
    if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
    if (booleanPointInPolygon(p, feature)) return feature.properties.MUNICIPIO;
  }
  return null;
}

// --- NIL: area share per Municipio by sampling a ~35 m grid inside each NIL.
const nilSource =
  readJson<FeatureCollection<Polygon | MultiPolygon, { ID_NIL: number; NIL: string }>>(
    "nil.geojson",
  );
const GRID_DEG_LAT = 0.0003;
const GRID_DEG_LON = 0.0004;
const CELL_KM2 = GRID_DEG_LAT * 111.2 * GRID_DEG_LON * 111.2 * Math.cos((45.46 * Math.PI) / 180);
const nil: NilEntry[] = nilSource.features
  .map((feature) => {
    const [minX, minY, maxX, maxY] = bbox(feature);
    const counts = new Map<number, number>();
    let inside = 0;
    let sumX = 0;
    let sumY = 0;
    for (let y = minY + GRID_DEG_LAT / 2; y < maxY; y += GRID_DEG_LAT) {
      for (let x = minX + GRID_DEG_LON / 2; x < maxX; x += GRID_DEG_LON) {
        if (!booleanPointInPolygon(point([x, y]), feature)) continue;
        inside += 1;
        sumX += x;
        sumY += y;
        const municipio = municipioAt(x, y);
        if (municipio !== null) counts.set(municipio, (counts.get(municipio) ?? 0) + 1);
      }
    }
    const shares = [...counts.entries()]
      .map(([municipio, count]) => ({ municipio, share: round(count / inside, 3) }))
      .filter((entry) => entry.share >= 0.01)
      .sort((a, b) => b.share - a.share);
    return {
      id: feature.properties.ID_NIL,
      name: feature.properties.NIL,
      areaKm2: round(inside * CELL_KM2, 2),
      shares,
      centroid: [round(sumX / inside, 5), round(sumY / inside, 5)] as const,
    };
  })
  .sort((a, b) => a.id - b.id);

// --- The register: Municipio and CAP by house number, under abbreviated surname-first names.
interface RegisterStreet {
  readonly code: string;
  readonly type: string;
  readonly description: string;
  readonly numbers: Map<number, { municipio: number; cap: string }>;
}
const registerLines = readFileSync(join(sourceDir, "stradario.csv"), "utf8").trim().split("\n");
const header = registerLines[0]?.split(",") ?? [];
const column = (name: string): number => {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`stradario.csv: no column ${name}`);
  return index;
};
const [cCode, cArea, cName, cNumber, cCap, cMunicipio] = [
  "CODICE_VIA",
  "AREA",
  "DESCRIZIONE_VIA",
  "CIVICO",
  "CAP",
  "MUNICIPIO",
].map(column) as [number, number, number, number, number, number];
const register = new Map<string, RegisterStreet>();
const capCounts = new Map<string, Map<number, number>>();
for (const line of registerLines.slice(1)) {
  const cells = line.split(",");
  const code = cells[cCode] ?? "";
  const area = cells[cArea] ?? "";
  let street = register.get(code);
  if (!street) {
    street = {
      code,
      type: REGISTER_AREA_TYPES[area] ?? area.toLowerCase(),
      description: cells[cName] ?? "",
      numbers: new Map(),
    };
    register.set(code, street);
  }
  const municipio = Number(cells[cMunicipio]);
  const cap = `20${cells[cCap]}`;
  const number = Number(cells[cNumber]);
  if (!street.numbers.has(number)) street.numbers.set(number, { municipio, cap });
  const perMunicipio = capCounts.get(cap) ?? new Map<number, number>();
  perMunicipio.set(municipio, (perMunicipio.get(municipio) ?? 0) + 1);
  capCounts.set(cap, perMunicipio);
}

// --- vie.json / civici.json: full names and points.
interface Via {
  name: string;
  key: string;
  lon: number;
  lat: number;
}
const vie = readJson<{ streets: Via[] }>("vie.json").streets;
const civici = readJson<{ streets: Record<string, [string, number, number][]> }>(
  "civici.json",
).streets;
const civicoNumbers = (key: string): Map<number, [number, number]> => {
  const numbers = new Map<number, [number, number]>();
  for (const [label, lon, lat] of civici[key] ?? []) {
    const number = Number.parseInt(label, 10);
    if (Number.isFinite(number) && !numbers.has(number)) numbers.set(number, [lon, lat]);
  }
  return numbers;
};

const typeOf = (name: string): string => tokenize(name)[0] ?? "";

/**
 * The register writes "VENINI G. E C.", "PIAZZETTA GIOV.BAT", "BOZZI FLLI",
 * "CONCA D/NAVIGLIO": its words are words of the full name or cut-off prefixes
 * of one. Returns the share of register words found in the full name.
 */
function registerMatchScore(street: RegisterStreet, via: Via): number {
  const words = tokenize(street.description.replace(/\bFLLI\b/g, "FRATELLI").replace(/\//g, " "));
  const target = viaTokens.get(via.key) ?? [];
  if (words.length === 0) return 0;
  const matched = words.filter((word) => target.some((token) => token.startsWith(word))).length;
  return matched / words.length;
}

const viaTokens = new Map<string, string[]>(
  vie.map((via) => [via.key, tokenize(via.name).slice(1)]),
);
const viaByToken = new Map<string, Via[]>();
for (const via of vie) {
  for (const token of new Set(viaTokens.get(via.key))) {
    const list = viaByToken.get(token) ?? [];
    list.push(via);
    viaByToken.set(token, list);
  }
}
const civiciCache = new Map<string, Map<number, [number, number]>>();
const cachedCivici = (key: string): Map<number, [number, number]> => {
  let numbers = civiciCache.get(key);
  if (!numbers) {
    numbers = civicoNumbers(key);
    civiciCache.set(key, numbers);
  }
  return numbers;
};

const registerForVia = new Map<string, RegisterStreet[]>();
const unmatchedRegister: RegisterStreet[] = [];
for (const street of register.values()) {
  // Every full word of the register name is a word of the full name: look only
  // at streets holding its first word.
  const firstWord = tokenize(street.description)[0] ?? "";
  const pool = viaByToken.get(firstWord) ?? vie;
  let best: { via: Via; score: number } | null = null;
  for (const via of pool) {
    const text = registerMatchScore(street, via);
    const points = cachedCivici(via.key);
    let overlap = 0;
    for (const number of street.numbers.keys()) if (points.has(number)) overlap += 1;
    const share = overlap / street.numbers.size;
    // A partial name match needs the house numbers to agree.
    if (text < 1 && (text < 0.5 || share < 0.5)) continue;
    const score = text + share + (typeOf(via.name) === street.type ? 1 : 0);
    if (!best || score > best.score) best = { via, score };
  }
  if (best) {
    const list = registerForVia.get(best.via.key) ?? [];
    list.push(street);
    registerForVia.set(best.via.key, list);
  } else {
    unmatchedRegister.push(street);
  }
}

const titleCase = (text: string): string =>
  text.toLowerCase().replace(/(^|[\s'.])([a-z])/g, (_, lead: string, letter: string) => {
    return lead + letter.toUpperCase();
  });

/** "Via Giovanni Battista Piazzetta" with register "PIAZZETTA GIOV.BAT" → "piazzetta". */
function shortForm(fullName: string, description: string): string | null {
  const tokens = tokenize(fullName).slice(1);
  const surname = tokenize(description)[0];
  if (!surname) return null;
  const at = tokens.indexOf(surname);
  if (at <= 0) return null;
  return tokens.slice(at).join(" ");
}

function buildStreet(
  name: string,
  type: string,
  registerStreets: readonly RegisterStreet[],
  points: Map<number, [number, number]>,
  fallbackCentroid: [number, number] | null,
): StoredStreet {
  const byNumber = new Map<number, { municipio: number; cap?: string }>();
  for (const street of registerStreets) {
    for (const [number, entry] of street.numbers) byNumber.set(number, entry);
  }
  for (const [number, [lon, lat]] of points) {
    if (byNumber.has(number)) continue;
    const municipio = municipioAt(lon, lat);
    if (municipio !== null) byNumber.set(number, { municipio });
  }
  const numbers: HouseNumber[] = [...byNumber.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, { municipio }]) => {
      const at = points.get(number);
      return at ? [number, municipio, round(at[0], 5), round(at[1], 5)] : [number, municipio];
    });
  const perMunicipio = new Map<number, number>();
  for (const [, municipio] of numbers) {
    perMunicipio.set(municipio, (perMunicipio.get(municipio) ?? 0) + 1);
  }
  const caps = new Set<string>();
  for (const entry of byNumber.values()) if (entry.cap) caps.add(entry.cap);
  const aliases = new Set<string>([tokenize(name).slice(1).join(" ")]);
  for (const street of registerStreets) {
    aliases.add(tokenize(street.description).join(" "));
    const short = shortForm(name, street.description);
    if (short) aliases.add(short);
  }
  const located = numbers.filter((n) => n.length === 4);
  const centroid: [number, number] = fallbackCentroid ?? [
    round(located.reduce((sum, n) => sum + (n[2] ?? 0), 0) / Math.max(located.length, 1), 5),
    round(located.reduce((sum, n) => sum + (n[3] ?? 0), 0) / Math.max(located.length, 1), 5),
  ];
  return {
    name,
    type,
    aliases: [...aliases].filter((alias) => alias !== ""),
    municipi: [...perMunicipio.entries()].sort((a, b) => b[1] - a[1]).map(([m]) => m),
    caps: [...caps].sort(),
    centroid,
    numbers,
  };
}

const streets: StoredStreet[] = [];
for (const via of vie) {
  streets.push(
    buildStreet(
      via.name,
      typeOf(via.name),
      registerForVia.get(via.key) ?? [],
      cachedCivici(via.key),
      [via.lon, via.lat],
    ),
  );
}
for (const street of unmatchedRegister) {
  const name = `${titleCase(street.type)} ${titleCase(street.description)}`;
  streets.push(buildStreet(name, street.type, [street], new Map(), null));
}
const streetsWithoutPlace = streets.filter((s) => s.numbers.length === 0);
const kept = streets.filter((s) => s.numbers.length > 0 || s.centroid[0] !== 0);

// --- CAPs.
const caps: CapEntry[] = [...capCounts.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([cap, perMunicipio]) => ({
    cap,
    municipi: [...perMunicipio.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([municipio, houseNumbers]) => ({ municipio, houseNumbers })),
  }));

const source = "Comune di Milano open data, CC BY 4.0: see data/geo/README.md";
writeJson("municipi.geojson", { type: "FeatureCollection", source, features: municipi });
writeJson("nil.json", { source, nil });
writeJson("streets.json", { source, streets: kept });
writeJson("caps.json", { source, caps });

const crossing = kept.filter((s) => s.municipi.length > 1).length;
const straddling = nil.filter((n) => n.shares.length > 1).length;
console.log(
  `${municipi.length} Municipi, ${nil.length} NIL (${straddling} in more than one Municipio), ` +
    `${kept.length} streets (${crossing} in more than one Municipio; ` +
    `${register.size - unmatchedRegister.length}/${register.size} register streets joined to vie.json, ` +
    `${streetsWithoutPlace.length} without numbers), ${caps.length} CAPs`,
);
