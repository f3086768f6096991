import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { point as turfPoint } from "@turf/helpers";
import { UNITS } from "../language/spoken-numbers.js";
import type { GeoIndex, MunicipioFeature } from "./geo-index.js";
import type { GeoPoint, ResolvedPlace } from "./place.js";

/** The numbers 1 to 9 in Spanish, Portuguese and Romanian, as normalised («seis», «șase»). */
const OTHER_UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    "uno dos tres cuatro cinco seis siete ocho nueve",
    "um dois tres quatro cinco seis sete oito nove",
    "unu doi trei patru cinci sase sapte opt noua",
  ].flatMap((words) => words.split(" ").map((word, i) => [word, i + 1])),
);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...OTHER_UNITS,
  ...UNITS,
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

// The Municipio's word in the languages the bot reads, as normalised: Spanish, Portuguese,
// French and Tagalog speakers borrow «municipio»; Romanian «municipiul», «sectorul» (Bucharest's
// word for its districts); English «municipality»; French «arrondissement», the word for a
// city's districts in Paris or Lyon; Russian «муниципалитет», Ukrainian «муніципалітет» in any
// case, spelt in Latin letters. Alone, without its number, the word is a
// town hall («el municipio de Sesto», «в муниципалитете») and names no Municipio.
const MUNICIPIO_WORD =
  "municipio|municipi|municipiul|municipiu|municipality|arrondissement|munizipalitet\\w*|sectorul|zona|circoscrizione|mun|circ";
const MUNICIPIO_PATTERN = new RegExp(
  `(?:^|\\s)(?:${MUNICIPIO_WORD})\\s+(?:(?:n|nr|no|numero|nomer)\\s+)?(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})(?=\\s|$)(?!\\s+torri)`,
);
// Russian and Ukrainian put the number first, often as an ordinal: «в 8 муниципалитете»,
// «у 8-му муніципалітеті», «8-й муниципалитет»; so do «l'8 municipio», «el 8º municipio»,
// French «le 8e arrondissement», «8ème», «1er» and Tagalog «ika-8 na Municipio».
const NUMBER_FIRST_PATTERN =
  /(?:^|\s)([1-9])(?:e|eme|er)?(?:\s+(?:i|yi|ii|go|ogo|mu|omu|m|om|na))?\s+(?:munizipalitet\w*|municipio|municipiul|arrondissement)(?=\s|$)/;
const SHORT_MUNICIPIO_PATTERN = /^(?:(?:.*\s)?(?:il|nel|al)\s+)?([1-9])$/;

/** The Municipio a point lies in, or null outside Milan: bounding boxes first, they are cheap. */
export function createMunicipioLocator(index: GeoIndex): (point: GeoPoint) => number | null {
  // On first use: the borders are made from the derived cache when first read (cached.ts).
  let boxes: { feature: MunicipioFeature; box: [number, number, number, number] }[] | undefined;
  return function municipioAt(point: GeoPoint): number | null {
    boxes ??= index.municipi.map((feature) => ({ feature, box: boundingBox(feature) }));
    const p = turfPoint([point.lon, point.lat]);
    for (const { feature, box } of boxes) {
      if (point.lon < box[0] || point.lon > box[2] || point.lat < box[1] || point.lat > box[3]) {
        continue;
      }
      if (booleanPointInPolygon(p, feature)) return feature.properties.MUNICIPIO;
    }
    return null;
  };
}

/** A Municipio named in the words ("municipio 4", "zona nove"; in a reply also "il 5"). */
export function municipioFromText(
  normalized: string,
  reply: boolean,
): { value: number; from: number; to: number; typos: 0 } | null {
  const match =
    MUNICIPIO_PATTERN.exec(normalized) ??
    NUMBER_FIRST_PATTERN.exec(normalized) ??
    (reply ? SHORT_MUNICIPIO_PATTERN.exec(normalized) : null);
  const spelled = match?.[1];
  if (!match || spelled === undefined) return null;
  const value = NUMBER_WORDS[spelled] ?? Number(spelled);
  if (!Number.isInteger(value) || value < 1 || value > 9) return null;
  const start = match.index + (match[0].startsWith(" ") ? 1 : 0);
  const from = normalized.slice(0, start).split(" ").length - 1;
  return { value, from, to: from + match[0].trim().split(" ").length, typos: 0 };
}

export function municipioResult(text: string, municipio: number): ResolvedPlace {
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
