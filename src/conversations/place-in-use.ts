import { placeName } from "../bot/render.js";
import type { GeoPoint, ResolvedPlace } from "../geo/index.js";
import type { ChatMemory } from "../storage/chat-memory.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import {
  type ChatProfile,
  placeForMatching,
  type RememberedPlace,
  rememberPlace,
  updateProfile,
} from "../storage/profiles.js";
import type { Dialogue } from "./replies.js";

/**
 * An area as one answer uses it: as the profile remembers it (rounded), and the citizen's own
 * point (house number, neighbourhood centre, shared location), which distances start from and
 * which stays in memory only.
 */
export interface PlaceInUse {
  readonly remembered: RememberedPlace;
  readonly point?: GeoPoint;
  /**
   * What the citizen named that the remembered area does not («via Padova 120», «Metro Dateo
   * (M4)»): said back beside the Municipio, and shown to operators once the citizen confirms
   * the summary. In memory only, like the point: the profile never keeps an address.
   */
  readonly name?: string;
}

export const inUse = (resolved: ResolvedPlace): PlaceInUse => {
  const name = placeName(resolved);
  return {
    remembered: rememberPlace(resolved),
    ...(resolved.point ? { point: resolved.point } : {}),
    ...(name ? { name } : {}),
  };
};

/** Where the area in use is kept: rounded in the profile, whole in memory only. */
export interface PlaceStores {
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly places: ChatMemory<PlaceInUse>;
}

/**
 * Keeps the area in use, when there is one: the profile its rounded area (with `alsoChanged`,
 * in the same write), memory the citizen's point and name. Outside the dialogue's replay.
 */
export async function storePlace(
  stores: PlaceStores,
  chatKey: string,
  place: PlaceInUse | null,
  alsoChanged: Partial<ChatProfile> = {},
): Promise<void> {
  await updateProfile(stores.profiles, chatKey, {
    ...(place ? { place: place.remembered } : {}),
    ...alsoChanged,
  });
  if (place) stores.places.remember(chatKey, place);
}

/** Keeps the area in use, as a step of the dialogue (see storePlace). */
export const keepPlace = (
  { conversation, ctx }: Dialogue,
  stores: PlaceStores,
  place: PlaceInUse,
) => conversation.external(() => storePlace(stores, String(ctx.chat?.id), place));

/** The remembered area, with the citizen's own point when memory still has it for that area. */
export function recalled(remembered: RememberedPlace, own: PlaceInUse | undefined): PlaceInUse {
  const same = own && JSON.stringify(own.remembered) === JSON.stringify(remembered);
  return same ? own : { remembered };
}

/** The area as matching spaces to it needs, distances from the citizen's own point. */
export function matchingPlace(place: PlaceInUse): ResolvedPlace {
  const matching = placeForMatching(place.remembered);
  return place.point ? { ...matching, point: place.point } : matching;
}
