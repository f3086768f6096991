import { join } from "node:path";
import { cachedDerivation, codeFiles, fingerprint } from "../cache/index.js";
import { typedFromText, typedToText } from "../cache/typed.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { restoredFuzzyIndex, type StoredFuzzyIndex, storedFuzzyIndex } from "./fuzzy.js";
import {
  DEFAULT_GEO_DIR,
  GEO_FILES,
  type GeoIndex,
  loadGeoIndex,
  type StreetEntry,
} from "./geo-index.js";
import { type StoredHouseNumbers, storedHouseNumbers, withStoredNumbers } from "./house-numbers.js";
import { createLocationResolver, type LocationResolver, type PlaceWords } from "./resolver.js";
import { restoredMunicipi, type StoredMunicipi, storedMunicipi } from "./stored-municipi.js";
import { WordSet } from "./word-set.js";

/**
 * What the cache keeps: the checked index (its set as a list, the streets' house numbers
 * apart in typed arrays) and the names as read (their typo indexes in typed arrays).
 */
interface StoredGeo {
  readonly index: Omit<GeoIndex, "commonWords" | "streets" | "municipi"> & {
    readonly streets: readonly Omit<StreetEntry, "numbers">[];
    readonly commonWords: { readonly text: string; readonly ends: string };
  };
  readonly numbers: StoredHouseNumbers;
  readonly municipi: StoredMunicipi;
  readonly words: {
    readonly streets: Omit<PlaceWords["streets"], "typos"> & { readonly typos: StoredFuzzyIndex };
    readonly places: StoredFuzzyIndex;
  };
}

function stored({ municipi, ...geo }: GeoIndex, words: PlaceWords): StoredGeo {
  return {
    index: {
      ...geo,
      streets: geo.streets.map(({ numbers: _, ...street }) => street),
      commonWords: {
        text: geo.commonWords.joinedWords.text,
        ends: typedToText(geo.commonWords.joinedWords.ends),
      },
    },
    numbers: storedHouseNumbers(geo.streets),
    municipi: storedMunicipi(municipi),
    words: {
      streets: { ...words.streets, typos: storedFuzzyIndex(words.streets.typos) },
      places: storedFuzzyIndex(words.places),
    },
  };
}

/** The index and names the cache kept; throws on a damaged entry (derived again). */
function restored(kept: StoredGeo): { geo: GeoIndex; words: PlaceWords } {
  const municipi = restoredMunicipi(kept.municipi);
  const geo: GeoIndex = {
    ...kept.index,
    // Made when first read: only a shared location or typed coordinates need the borders.
    get municipi() {
      return municipi();
    },
    streets: withStoredNumbers(kept.index.streets, kept.numbers),
    commonWords: WordSet.joined(
      kept.index.commonWords.text,
      typedFromText(kept.index.commonWords.ends, Uint32Array),
    ),
  };
  const words = {
    streets: { ...kept.words.streets, typos: restoredFuzzyIndex(kept.words.streets.typos) },
    places: restoredFuzzyIndex(kept.words.places),
  };
  return { geo, words };
}

/**
 * The geo index and its place reader, remembered between runs: checking the files' shape
 * (zod over tens of thousands of streets), reading the streets' names and building the typo
 * indexes of street and place names took about a third of a second of each start. The key covers every file of `dir` and the
 * code that reads them (this folder and the cache's), so an edited file or reader is derived again.
 */
export async function loadPlaces(
  dir: string = DEFAULT_GEO_DIR,
  cacheDir?: string,
): Promise<{ geo: GeoIndex; places: LocationResolver }> {
  const key = await fingerprint(PROJECT_ROOT, [
    ...(await codeFiles(["cache", "geo"])),
    ...GEO_FILES.map((file) => join(dir, file)),
  ]);
  // Derived now: the reader just built is the one to use, not what was just stored.
  let built: { geo: GeoIndex; places: LocationResolver } | undefined;
  return cachedDerivation(
    "geo",
    key,
    async () => {
      const geo = await loadGeoIndex(dir);
      built = { geo, places: createLocationResolver(geo) };
      return stored(geo, built.places.words);
    },
    {
      restore: (value: StoredGeo) => {
        if (built !== undefined) return built;
        const { geo, words } = restored(value);
        return { geo, places: createLocationResolver(geo, words) };
      },
      ...(cacheDir === undefined ? {} : { dir: cacheDir }),
    },
  );
}
