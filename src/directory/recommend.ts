import { distanceKm, type ResolvedPlace } from "../geo/index.js";
import type { Directory, Space } from "./schema.js";

/** What the citizen needs: the intent and the catalogue services it maps to. */
export interface RecommendationNeed {
  readonly intent: string;
  readonly services: readonly string[];
}

/**
 * Why a space is recommended; the bot turns the code into words.
 * - offers_service: a Municipio space that offers a service the need asks for, and that not
 *   every space offers (DSA support at Pacinotti);
 * - city_wide: a space serving the whole city that offers a service the need asks for;
 * - your_municipio: a space of the citizen's Municipio, for information, orientation and
 *   activation of home services;
 * - possible_municipio: a space of one of the Municipi the place may lie in.
 */
export type RecommendationReason =
  | "offers_service"
  | "city_wide"
  | "your_municipio"
  | "possible_municipio";

/** What the bot should say besides the spaces: WeMi serves Milan, or it needs a better place. */
export type RecommendationNote = "outside_milan" | "unknown_place" | "ask_house_number";

export interface RecommendedSpace {
  readonly space: Space;
  /** The service id to ask for there; null when the visit is for general information. */
  readonly service: string | null;
  readonly reason: RecommendationReason;
  /** From the citizen's point, when the place has one. */
  readonly distanceKm?: number;
}

export interface Recommendation {
  readonly items: readonly RecommendedSpace[];
  readonly note?: RecommendationNote;
}

export const MAX_RECOMMENDED_SPACES = 4;

function noteFor(place: ResolvedPlace | null): RecommendationNote | undefined {
  if (place === null) return "unknown_place";
  if (place.outsideMilan) return "outside_milan";
  if (place.municipio !== null) return undefined;
  if (place.candidates.length === 0) return "unknown_place";
  return place.needsHouseNumber ? "ask_house_number" : undefined;
}

/** The Municipi the citizen may live in, most likely first; empty when unknown. */
function homeMunicipi(place: ResolvedPlace | null): readonly number[] {
  if (place === null || place.outsideMilan) return [];
  return place.municipio !== null ? [place.municipio] : place.candidates;
}

/**
 * The services every Municipio space offers (information, activation of home services).
 * Derived from the data, not named, so that the catalogue can change without code changes.
 */
function servicesEverywhere(spaces: readonly Space[]): ReadonlySet<string> {
  const local = spaces.filter((space) => space.scope === "municipio");
  const [first, ...others] = local;
  if (first === undefined) return new Set();
  return new Set(first.services.filter((id) => others.every((s) => s.services.includes(id))));
}

/**
 * Which WeMi spaces to suggest for a need, from where the citizen lives.
 *
 * Spaces offering a specific service of the need come first (nearest first), then the
 * spaces of the citizen's Municipio (or of the Municipi the place may lie in). Each space
 * appears once, with its most specific reason. When the place is unknown or outside Milan,
 * only the spaces that offer the service are listed, with a note saying why.
 */
export function recommend(
  need: RecommendationNeed,
  place: ResolvedPlace | null,
  directory: Directory,
  limit: number = MAX_RECOMMENDED_SPACES,
): Recommendation {
  const everywhere = servicesEverywhere(directory.spaces);
  const home = homeMunicipi(place);
  const point = place?.point;
  const distanceOf = (space: Space) =>
    point === undefined ? undefined : distanceKm(point, space.location);
  // Without a point, the most likely Municipio stands in for distance; ties keep file order.
  const remoteness = (space: Space) => {
    const km = distanceOf(space);
    if (km !== undefined) return km;
    const index = home.indexOf(space.municipio);
    return index === -1 ? home.length : index;
  };
  const nearestFirst = (spaces: readonly Space[]) =>
    [...spaces].sort((a, b) => remoteness(a) - remoteness(b));

  const items: RecommendedSpace[] = [];
  const add = (space: Space, service: string | null, reason: RecommendationReason) => {
    if (items.some((item) => item.space.id === space.id)) return;
    const km = distanceOf(space);
    items.push(
      km === undefined ? { space, service, reason } : { space, service, reason, distanceKm: km },
    );
  };

  for (const service of need.services) {
    if (everywhere.has(service)) continue;
    const offering = directory.spaces.filter((space) => space.services.includes(service));
    for (const space of nearestFirst(offering)) {
      add(space, service, space.scope === "city" ? "city_wide" : "offers_service");
    }
  }

  const generalService = need.services.find((service) => everywhere.has(service)) ?? null;
  const reason =
    place !== null && place.municipio !== null ? "your_municipio" : "possible_municipio";
  const local = directory.spaces.filter(
    (space) => space.scope === "municipio" && home.includes(space.municipio),
  );
  for (const space of nearestFirst(local)) add(space, generalService, reason);

  const note = noteFor(place);
  const shown = items.slice(0, limit);
  return note === undefined ? { items: shown } : { items: shown, note };
}
