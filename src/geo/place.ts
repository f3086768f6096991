/** How a place description was recognised. */
export type PlaceKind = "municipio" | "nil" | "address" | "cap" | "point" | "unknown";

/** A point on the map, WGS84. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/**
 * What the citizen's words (or shared location) say about where they live.
 * `municipio` is set only when the place lies in exactly one Municipio;
 * otherwise `candidates` lists the possible ones (a street crossing a border
 * without a house number, a CAP spanning two Municipi, a NIL straddling two).
 */
export interface ResolvedPlace {
  readonly text: string;
  readonly municipio: number | null;
  readonly candidates: readonly number[];
  readonly outsideMilan: boolean;
  readonly kind: PlaceKind;
  /** What was recognised, in its official form ("Via Padova 120", "NIL 21 LORETO - CASORETTO - NOLO"). */
  readonly matched: string | null;
  /** Where the place is, when known (an address, a NIL centroid, a shared location). */
  readonly point?: GeoPoint;
  /** True when a street crosses a border and its house number would settle it. */
  readonly needsHouseNumber?: boolean;
}
