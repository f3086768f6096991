import { join } from "node:path";
import { loadCatalogueCached } from "../catalogue/cached.js";
import {
  type Catalogue,
  type CatalogueLoadResult,
  type CataloguePaths,
  cataloguePaths,
} from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import type { Intent, Service } from "../catalogue/schema.js";
import {
  type Directory,
  DirectoryError,
  loadDirectory,
  validateDirectory,
} from "../directory/index.js";
import type { GeoIndex, LocationResolver } from "../geo/index.js";
import type { ReplyReader } from "../language/replies.js";
import {
  classifierFor,
  type IntentClassifier,
  LANGUAGE_THRESHOLDS_FILE,
  loadLanguageThresholds,
  loadThresholds,
  writersLearntIn,
} from "../nlu/index.js";
import type { Trainer } from "../nlu/model-cache.js";

/** Everything the bot knows, loaded and checked together so it can be swapped as one. */
export interface Knowledge {
  readonly catalogue: Catalogue;
  readonly classifier: IntentClassifier;
  readonly directory: Directory;
  readonly places: LocationResolver;
  intent(id: string): Intent | undefined;
  service(id: string): Service | undefined;
}

export type KnowledgeLoadResult =
  | { readonly ok: true; readonly knowledge: Knowledge; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

export interface KnowledgeSources {
  readonly root: string;
  readonly geo: GeoIndex;
  readonly places: LocationResolver;
  /** The bot's reply reader, shared with the classifier (else it reads the locales itself). */
  readonly replies?: ReplyReader;
  /** Where a catalogue not yet cached is trained (the bot: another thread, so it keeps answering). */
  readonly train?: Trainer;
  /** Where a catalogue not yet cached is read and checked (the bot: another thread too). */
  readonly checkCatalogue?: (paths: CataloguePaths) => Promise<CatalogueLoadResult>;
}

/**
 * Loads catalogue, thresholds and directory from disk; never throws for bad content.
 * `labelledPrint`: the labelled files' print when start-up has it (hashed once for this and the
 * danger model); a reload hashes them again, so that an edited set trains again.
 */
export async function loadKnowledge(
  { root, geo, places, replies, train, checkCatalogue }: KnowledgeSources,
  labelledPrint?: string,
): Promise<KnowledgeLoadResult> {
  const loaded = await loadCatalogueCached(cataloguePaths(root), undefined, checkCatalogue);
  if (!loaded.ok)
    return {
      ok: false,
      errors: loaded.problems.filter((p) => p.severity === "error").map(formatProblem),
    };
  const { catalogue } = loaded;

  let directory: Directory;
  try {
    directory = loadDirectory(join(root, "data", "spaces.yaml"));
  } catch (error) {
    if (error instanceof DirectoryError) {
      return {
        ok: false,
        errors: error.issues.map(
          (issue) => `error: ${error.file}: ${issue.field}: ${issue.message}`,
        ),
      };
    }
    return { ok: false, errors: [`error: data/spaces.yaml: ${(error as Error).message}`] };
  }
  const directoryProblems = validateDirectory(
    directory.spaces,
    catalogue.services.map((service) => service.id),
  );
  if (directoryProblems.length > 0) {
    return {
      ok: false,
      errors: directoryProblems.map(
        (p) => `error: data/spaces.yaml: ${p.spaceId ?? ""} ${p.field}: ${p.message}`,
      ),
    };
  }

  let thresholds: Awaited<ReturnType<typeof loadThresholds>>;
  try {
    thresholds = await loadThresholds(join(root, "data", "nlu", "thresholds.json"));
  } catch (error) {
    return { ok: false, errors: [`error: data/nlu/thresholds.json: ${(error as Error).message}`] };
  }
  let languageThresholds: typeof thresholds;
  try {
    languageThresholds = await loadLanguageThresholds(join(root, "data", "nlu"), thresholds);
  } catch (error) {
    return {
      ok: false,
      errors: [`error: data/nlu/${LANGUAGE_THRESHOLDS_FILE}: ${(error as Error).message}`],
    };
  }

  const intents = new Map(catalogue.intents.map((intent) => [intent.id, intent]));
  const services = new Map(catalogue.services.map((service) => [service.id, service]));
  return {
    ok: true,
    warnings: loaded.warnings.map(formatProblem),
    knowledge: {
      catalogue,
      classifier: await classifierFor(
        catalogue,
        { geo, places },
        thresholds,
        languageThresholds,
        replies,
        await writersLearntIn(join(root, "data", "nlu"), labelledPrint),
        train,
      ),
      directory,
      places,
      intent: (id) => intents.get(id),
      service: (id) => services.get(id),
    },
  };
}

/**
 * Holds the knowledge in use. A reload that fails leaves it untouched, so a broken
 * catalogue never reaches citizens; while one trains, the knowledge in use keeps answering.
 */
export class KnowledgeHolder {
  #current: Knowledge;
  /**
   * The reload under way. Reloads run one after the other: two at once (two admins) could
   * finish in either order, and the older catalogue, trained last, would win.
   */
  #reloading: Promise<unknown> = Promise.resolve();

  constructor(
    initial: Knowledge,
    private readonly sources: KnowledgeSources,
  ) {
    this.#current = initial;
  }

  get current(): Knowledge {
    return this.#current;
  }

  reload(): Promise<KnowledgeLoadResult> {
    const reloaded = this.#reloading.then(async () => {
      const result = await loadKnowledge(this.sources);
      if (result.ok) this.#current = result.knowledge;
      return result;
    });
    this.#reloading = reloaded.catch(() => undefined);
    return reloaded;
  }
}
