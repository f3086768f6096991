import turfDistance from "@turf/distance";
import type { GeoPoint } from "./place.js";

export { loadPlaces } from "./cached.js";
export type { GeoIndex } from "./geo-index.js";
export { DEFAULT_GEO_DIR, loadGeoIndex } from "./geo-index.js";
export type { GeoPoint, PlaceKind, ResolvedPlace } from "./place.js";
export type { LocationResolver, PlaceReader } from "./resolver.js";
export { createLocationResolver } from "./resolver.js";

/** Great-circle distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return turfDistance([a.lon, a.lat], [b.lon, b.lat], { units: "kilometers" });
}
