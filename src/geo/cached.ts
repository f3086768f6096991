import { join } from "node:path";
import { cachedDerivation, codeFiles, fingerprint } from "../cache/index.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { restoredFuzzyIndex, storedFuzzyIndex } from "./fuzzy.js";
import {
  DEFAULT_GEO_DIR,
  GEO_FILES,
  type GeoIndex,
  loadGeoIndex,
  type StoredStreet,
} from "./geo-index.js";
import { withCompactNumbers } from "./house-numbers.js";
import { createLocationResolver, type LocationResolver, type PlaceWords } from "./resolver.js";

/** What the cache keeps: the checked index (its set as a list) and the names as read. */
interface StoredGeo {
  readonly index: Omit<GeoIndex, "commonWords" | "streets"> & {
    readonly streets: readonly StoredStreet[];
    readonly commonWords: readonly string[];
  };
  readonly words: PlaceWords;
}

/**
 * The geo index and its place reader, remembered between runs: checking the files' shape
 * (zod over tens of thousands of streets), reading the streets' names and building the typo
 * indexes of street and place names took about a third of a second of each start. The key covers every file of `dir` and the
 * code that reads them (this folder), so an edited file or reader is derived again.
 */
export async function loadPlaces(
  dir: string = DEFAULT_GEO_DIR,
  cacheDir?: string,
): Promise<{ geo: GeoIndex; places: LocationResolver }> {
  const key = await fingerprint(PROJECT_ROOT, [
    ...(await codeFiles(["geo"])),
    ...GEO_FILES.map((file) => join(dir, file)),
  ]);
  // Derived now: the reader just built is the one to use.
  let built: { geo: GeoIndex; places: LocationResolver } | undefined;
  const stored = await cachedDerivation<StoredGeo>(
    "geo",
    key,
    async () => {
      const geo = await loadGeoIndex(dir);
      built = { geo, places: createLocationResolver(geo) };
      return {
        // House numbers are written as the tuples of streets.json (HouseNumbers.toJSON).
        index: {
          ...geo,
          streets: geo.streets as unknown as StoredStreet[],
          commonWords: [...geo.commonWords],
        },
        words: {
          streets: {
            ...built.places.words.streets,
            typos: storedFuzzyIndex(built.places.words.streets.typos),
          },
          places: storedFuzzyIndex(built.places.words.places),
        },
      };
    },
    cacheDir === undefined ? {} : { dir: cacheDir },
  );
  if (built !== undefined) return built;
  const geo: GeoIndex = {
    ...stored.index,
    streets: withCompactNumbers(stored.index.streets),
    commonWords: new Set(stored.index.commonWords),
  };
  const words = {
    streets: { ...stored.words.streets, typos: restoredFuzzyIndex(stored.words.streets.typos) },
    places: restoredFuzzyIndex(stored.words.places),
  };
  return { geo, places: createLocationResolver(geo, words) };
}
