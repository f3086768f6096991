import type { Position } from "geojson";
import { typedFromText, typedToText } from "../cache/typed.js";
import type { MunicipioFeature } from "./geo-index.js";

/**
 * The Municipi's borders as the derived cache keeps them: every point's lon, lat in one
 * typed array (as text, see cache/typed.ts) and, per Municipio, per polygon, how many points
 * each ring has. As GeoJSON they were 23,575 arrays of two numbers: parsed at every start and
 * 1.5 MB of the idle heap, though only a shared location or typed coordinates read them.
 */
export interface StoredMunicipi {
  readonly ids: readonly number[];
  readonly multi: readonly boolean[];
  /** Per Municipio, per polygon, the number of points of each ring. */
  readonly rings: readonly (readonly (readonly number[])[])[];
  readonly points: string;
}

const polygonsOf = (feature: MunicipioFeature): Position[][][] =>
  feature.geometry.type === "Polygon"
    ? [feature.geometry.coordinates]
    : feature.geometry.coordinates;

export function storedMunicipi(features: readonly MunicipioFeature[]): StoredMunicipi {
  const polygons = features.map(polygonsOf);
  const points = polygons.flat(3);
  return {
    ids: features.map((feature) => feature.properties.MUNICIPIO),
    multi: features.map((feature) => feature.geometry.type === "MultiPolygon"),
    rings: polygons.map((feature) => feature.map((polygon) => polygon.map((ring) => ring.length))),
    points: typedToText(Float64Array.from(points.flat())),
  };
}

/**
 * The borders kept, as GeoJSON features made on first use (`municipi()`); what the cache
 * kept is checked now, so that a damaged entry is derived again rather than found later.
 */
export function restoredMunicipi(stored: StoredMunicipi): () => readonly MunicipioFeature[] {
  const points = typedFromText(stored.points, Float64Array);
  const total = stored.rings.flat(2).reduce((sum, length) => sum + length, 0);
  if (
    points.length !== 2 * total ||
    stored.ids.length !== stored.rings.length ||
    stored.multi.length !== stored.rings.length
  )
    throw new Error("damaged Municipi borders");
  // Not `stored` itself: its points' text would stay in memory beside the points.
  const { ids, multi, rings } = stored;
  let features: MunicipioFeature[] | undefined;
  return () => {
    if (features !== undefined) return features;
    let at = 0;
    const ring = (length: number): Position[] =>
      Array.from({ length }, () => {
        const position = [points[at] as number, points[at + 1] as number];
        at += 2;
        return position;
      });
    features = rings.map((polygons, i): MunicipioFeature => {
      const coordinates = polygons.map((lengths) => lengths.map(ring));
      return {
        type: "Feature",
        properties: { MUNICIPIO: ids[i] as number },
        geometry: multi[i]
          ? { type: "MultiPolygon", coordinates }
          : { type: "Polygon", coordinates: coordinates[0] ?? [] },
      };
    });
    return features;
  };
}
