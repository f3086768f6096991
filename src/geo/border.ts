import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { point as turfPoint } from "@turf/helpers";
import type { Position } from "geojson";
import type { MunicipioFeature } from "./geo-index.js";
import type { GeoPoint } from "./place.js";

const EARTH_RADIUS_M = 6_371_000;

function rings(feature: MunicipioFeature): Position[][] {
  return feature.geometry.type === "Polygon"
    ? feature.geometry.coordinates
    : feature.geometry.coordinates.flat();
}

/** Distance in metres from a point to a segment, on a local flat projection (fine at city scale). */
function segmentDistanceM(p: GeoPoint, a: Position, b: Position): number {
  const kx = ((Math.PI / 180) * EARTH_RADIUS_M * Math.cos((p.lat * Math.PI) / 180)) as number;
  const ky = (Math.PI / 180) * EARTH_RADIUS_M;
  const ax = ((a[0] ?? 0) - p.lon) * kx;
  const ay = ((a[1] ?? 0) - p.lat) * ky;
  const bx = ((b[0] ?? 0) - p.lon) * kx;
  const by = ((b[1] ?? 0) - p.lat) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** How far a point is from a Municipio: 0 inside it, else the distance to its border in metres. */
export function distanceToMunicipioM(p: GeoPoint, feature: MunicipioFeature): number {
  if (booleanPointInPolygon(turfPoint([p.lon, p.lat]), feature)) return 0;
  let best = Infinity;
  for (const ring of rings(feature)) {
    for (let i = 1; i < ring.length; i += 1) {
      best = Math.min(best, segmentDistanceM(p, ring[i - 1] ?? [], ring[i] ?? []));
    }
  }
  return best;
}

/**
 * The Municipi a point lies in or within `metres` of, sorted: a place near a border ("vicino
 * alla metro Loreto") may be where the citizen lives on either side. Empty outside Milan.
 */
export function municipiWithin(
  p: GeoPoint,
  municipi: readonly MunicipioFeature[],
  metres: number,
): number[] {
  const near = municipi
    .map((feature) => ({
      municipio: feature.properties.MUNICIPIO,
      d: distanceToMunicipioM(p, feature),
    }))
    .filter(({ d }) => d <= metres);
  // A point outside every Municipio is outside Milan, however near the city limit.
  if (!near.some(({ d }) => d === 0)) return [];
  return near.map(({ municipio }) => municipio).sort((a, b) => a - b);
}
