/**
 * How a place description was recognised. "point" covers shared locations, typed coordinates
 * and map links; "landmark" a hospital, university, park, railway station or square;
 * "station" a metro station.
 */
export type PlaceKind =
  | "municipio"
  | "nil"
  | "address"
  | "cap"
  | "point"
  | "landmark"
  | "station"
  | "unknown";

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
  /**
   * A town outside Milan whose name is also an area of Milan («Lodi»: the town, or the area of
   * corso Lodi and Corvetto), named with no word saying which: the dialogue asks.
   */
  readonly sharesName?: boolean;
  /**
   * The writer's own town outside Milan, in a message asking help for a relative whose home is
   * not named («mio papà vive da solo… io abito a Torino»): the dialogue asks where they live.
   */
  readonly forRelativeElsewhere?: boolean;
  /** True when a street crosses a border and its house number would settle it. */
  readonly needsHouseNumber?: boolean;
  /**
   * The citizen's own words that named the place ("via Padova 120", "metro Dateo"), so the
   * dialogue can say them back; null when nothing was recognised. Set by the resolver.
   */
  readonly span?: string | null;
  /**
   * True when those words name it only as read through a typo («Nigaurda», «metro Lotoo») or
   * through another script («вулиці Падова 120» as «via padova 120»): said back, they would not
   * tell the citizen what was understood, so its name is (but a Municipio's: see wordsAsWritten).
   */
  readonly respelt?: boolean;
  /**
   * The name people use that named a neighbourhood («Lotto» for Portello and San Siro), as the
   * index writes it: what the citizen recognises when the area is shown again.
   */
  readonly alias?: string;
  /**
   * How sure the resolver is that this is where the citizen lives, 0..1: 1 for a shared location,
   * coordinates or an exact address; lower for a typo-corrected name, a place near a border
   * (candidates) or one found in a longer message; 0 when nothing was recognised.
   */
  readonly confidence?: number;
}
