import type { CapEntry, HouseNumber, NilEntry, PlaceEntry, StreetEntry } from "./geo-index.js";
import type { ResolvedPlace } from "./place.js";

/**
 * What each kind of match says about the Municipio. Every builder returns a ResolvedPlace
 * without span and confidence: the resolver adds them, knowing where and how it matched.
 */

/** A NIL belongs to one Municipio only when that Municipio holds this much of it. */
const NIL_SINGLE_MUNICIPIO_SHARE = 0.9;
/** A CAP belongs to one Municipio only when that Municipio holds this much of its house numbers. */
const CAP_SINGLE_MUNICIPIO_SHARE = 0.95;
/** Slivers below this share come from the NIL and Municipi maps not sharing borders. */
const MIN_CANDIDATE_SHARE = 0.05;

function parity(n: number): number {
  return n % 2;
}

export function unknown(text: string): ResolvedPlace {
  return {
    text,
    municipio: null,
    candidates: [],
    outsideMilan: false,
    kind: "unknown",
    matched: null,
  };
}

export function outside(text: string, name: string): ResolvedPlace {
  return { ...unknown(text), outsideMilan: true, matched: name };
}

function nearestListed(street: StreetEntry, houseNumber: number): HouseNumber[] {
  const listed = [...street.numbers];
  const sameParity = listed.filter(([n]) => parity(n) === parity(houseNumber));
  const pool = sameParity.length > 0 ? sameParity : listed;
  let bestDistance = Infinity;
  let nearest: HouseNumber[] = [];
  for (const entry of pool) {
    const distance = Math.abs(entry[0] - houseNumber);
    if (distance < bestDistance) {
      bestDistance = distance;
      nearest = [entry];
    } else if (distance === bestDistance) {
      nearest.push(entry);
    }
  }
  return nearest;
}

/** The Municipi a place may lie in, sorted and unique: one of them is an answer, more are candidates. */
export function inMunicipi(
  municipi: Iterable<number>,
): Pick<ResolvedPlace, "municipio" | "candidates"> {
  const candidates = [...new Set(municipi)].sort((a, b) => a - b);
  return { municipio: candidates.length === 1 ? (candidates[0] ?? null) : null, candidates };
}

export function addressResult(
  text: string,
  streets: readonly StreetEntry[],
  houseNumber: number | null,
): ResolvedPlace {
  const results = streets.map((street) => streetResult(text, street, houseNumber));
  const [first] = results;
  if (!first || results.length === 1) return first ?? unknown(text);
  return {
    ...first,
    ...inMunicipi(results.flatMap((r) => r.candidates)),
    matched: results.map((r) => r.matched).join(" / "),
  };
}

function streetResult(
  text: string,
  street: StreetEntry,
  houseNumber: number | null,
): ResolvedPlace {
  const centroid = { lon: street.centroid[0], lat: street.centroid[1] };
  if (houseNumber === null || street.numbers.length === 0) {
    const single = street.municipi.length === 1 ? (street.municipi[0] ?? null) : null;
    return {
      text,
      municipio: single,
      candidates: [...street.municipi].sort((a, b) => a - b),
      outsideMilan: false,
      kind: "address",
      matched: street.name,
      point: centroid,
      ...(single === null ? { needsHouseNumber: true } : {}),
    };
  }
  const nearest = nearestListed(street, houseNumber);
  const located = nearest.find((entry) => entry[2] !== undefined && entry[3] !== undefined);
  return {
    text,
    ...inMunicipi(nearest.map(([, m]) => m)),
    outsideMilan: false,
    kind: "address",
    matched: `${street.name} ${houseNumber}`,
    point: located ? { lon: located[2] ?? 0, lat: located[3] ?? 0 } : centroid,
  };
}

/**
 * A place spread over Municipi by share (of house numbers, of area): the Municipio holding
 * at least `single` of it is the answer; otherwise every one holding a real part is a candidate.
 */
function byShares(
  shares: Iterable<readonly [municipio: number, share: number]>,
  single: number,
): Pick<ResolvedPlace, "municipio" | "candidates"> {
  const ranked = [...shares].sort((a, b) => b[1] - a[1]);
  const [top] = ranked;
  if (top && top[1] >= single) return { municipio: top[0], candidates: [top[0]] };
  return {
    municipio: null,
    candidates: ranked
      .filter(([, share]) => share >= MIN_CANDIDATE_SHARE)
      .map(([m]) => m)
      .sort((a, b) => a - b),
  };
}

export function capResult(text: string, entry: CapEntry): ResolvedPlace {
  const total = entry.municipi.reduce((sum, m) => sum + m.houseNumbers, 0);
  return {
    text,
    ...byShares(
      entry.municipi.map((m) => [m.municipio, m.houseNumbers / total] as const),
      CAP_SINGLE_MUNICIPIO_SHARE,
    ),
    outsideMilan: false,
    kind: "cap",
    matched: `CAP ${entry.cap}`,
  };
}

/** An area named after the streets that make it: the Municipi those streets lie in. */
export function streetsAreaResult(
  text: string,
  name: string,
  streets: readonly StreetEntry[],
): ResolvedPlace {
  const first = streets[0];
  return {
    text,
    ...inMunicipi(streets.flatMap((street) => street.municipi)),
    outsideMilan: false,
    kind: "nil",
    matched: `${name}: ${streets.map((street) => street.name).join(", ")}`,
    ...(first ? { point: { lon: first.centroid[0], lat: first.centroid[1] } } : {}),
  };
}

export function nilResult(text: string, nil: readonly NilEntry[]): ResolvedPlace {
  const totalArea = nil.reduce((sum, n) => sum + n.areaKm2, 0);
  const shares = new Map<number, number>();
  for (const n of nil) {
    for (const { municipio, share } of n.shares) {
      shares.set(municipio, (shares.get(municipio) ?? 0) + (share * n.areaKm2) / totalArea);
    }
  }
  const first = nil[0];
  return {
    text,
    ...byShares(shares, NIL_SINGLE_MUNICIPIO_SHARE),
    outsideMilan: false,
    kind: "nil",
    matched: nil.map((n) => `NIL ${n.id} ${n.name}`).join("; "),
    ...(first ? { point: { lon: first.centroid[0], lat: first.centroid[1] } } : {}),
  };
}

/** A metro station or landmark: its Municipio, or the Municipi within 300 m of it. */
export function landmarkResult(text: string, place: PlaceEntry): ResolvedPlace {
  if (place.outside !== undefined) return outside(text, `${place.name}`);
  const point = place.point ? { lon: place.point[0], lat: place.point[1] } : undefined;
  if (place.municipi.length === 0) {
    return {
      ...outside(text, place.name),
      kind: place.kind === "station" ? "station" : "landmark",
    };
  }
  return {
    text,
    ...inMunicipi(place.municipi),
    outsideMilan: false,
    kind: place.kind === "station" ? "station" : "landmark",
    matched: place.name,
    ...(point ? { point } : {}),
  };
}
