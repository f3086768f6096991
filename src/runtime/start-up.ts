import { join } from "node:path";
import { loadTexts } from "../bot/texts.js";
import type { Catalogue } from "../catalogue/load.js";
import { type LocationResolver, loadPlaces } from "../geo/index.js";
import { KnowledgeHolder, loadKnowledge } from "../knowledge/index.js";
import { withCachedPhrases } from "../language/cached-phrases.js";
import { loadReplyReader } from "../language/replies.js";
import type { Logger } from "../logging/index.js";
import { labelledFilesPrint } from "../nlu/dataset.js";
import { placeSpans } from "../nlu/index.js";
import type { Trainer } from "../nlu/model-cache.js";
import { DANGER_INTENT, type DangerDetector, loadDangerDetector } from "../safety/danger.js";
import { loadDangerModel } from "../safety/danger-model.js";
import { withoutPlacesFor } from "../safety/model-input.js";
import { openStorage, type StorageOptions } from "../storage/backend.js";
import { lockDataDir, prepareDataDir } from "../storage/data-dir.js";
import type { Disk } from "../storage/disk.js";
import type { RecentTexts } from "../util/recent.js";
import { OffThread } from "./off-thread.js";

/** Thrown when the shipped content cannot be loaded: the bot must not start half-blind. */
export class StartupError extends Error {
  override readonly name = "StartupError";
}

/** What the storage needs from the app's options. */
interface DataOptions {
  readonly dataDir: string;
  readonly databaseUrl?: string;
  readonly logger: Logger;
}

/** The folders under DATA_DIR, each made and checked writable before anything is read. */
const DATA_FOLDERS = [
  "handoffs",
  "conversations",
  "profiles",
  "stats",
  "updates",
  "operator-messages",
  "review",
  "feedback",
] as const;

/** Opens the storage under DATA_DIR (or PostgreSQL), locked for this process. */
export async function openData(
  options: DataOptions,
  shared: Pick<StorageOptions, "now" | "onCorrupt" | "disk"> & { readonly disk: Disk },
) {
  const { logger } = options;
  // An unusable DATA_DIR (another bot on it, a folder that takes no writes) stops start-up.
  await prepareDataDir(options.dataDir, DATA_FOLDERS, shared.disk);
  const unlock = await lockDataDir(options.dataDir);
  // A damaged request log stops start-up here (HandoffStoreCorruptError), untouched; only an
  // incomplete last write (never acknowledged) is set aside.
  const storage = await openStorage({
    ...shared,
    dataDir: options.dataDir,
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
    onTornTail: (details) =>
      logger.warn(details, "the request log ended with an incomplete write: set aside, log opened"),
  }).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  return { storage, unlock, close: () => storage.close().finally(unlock) };
}

/**
 * The shipped content: typed replies, places, catalogue and classifier, texts, and the
 * labelled files' print (about 150 files, 6 MB), hashed once while the rest loads, for the
 * cache keys of the need models and of the danger model (loadDanger).
 */
export async function loadContent(root: string, recentTexts: RecentTexts, train?: Trainer) {
  const printing = labelledFilesPrint(join(root, "data", "nlu"));
  printing.catch(() => {});
  // One reader for the bot and the classifier: its phrases are compiled once, and kept
  // between runs.
  const replies = await withCachedPhrases("reply-phrases", (compile) =>
    loadReplyReader(join(root, "locales"), recentTexts, compile),
  );
  const { geo, places } = await loadPlaces();
  // A catalogue not yet cached is trained, and a reload's catalogue checked, off the event loop.
  const offThread = new OffThread();
  const sources = {
    root,
    geo,
    places,
    replies,
    train: train ?? offThread.train,
    checkCatalogue: offThread.checkCatalogue,
  };
  const labelledPrint = await printing;
  const loaded = await loadKnowledge(sources, labelledPrint);
  if (!loaded.ok) throw new StartupError(`the catalogue has errors:\n${loaded.errors.join("\n")}`);
  const knowledge = new KnowledgeHolder(loaded.knowledge, sources);
  const texts = loadTexts(join(root, "locales"));
  return { sources, loaded, knowledge, texts, labelledPrint };
}

/**
 * The danger reader: the cues in locales/ (compiled once, then kept between runs) and the
 * model, which reads messages without the places `places` finds in them, keyed by
 * `labelledPrint` (loadContent's).
 */
export async function loadDanger(
  root: string,
  catalogue: Catalogue,
  places: Pick<LocationResolver, "placesIn">,
  labelledPrint: string,
): Promise<DangerDetector> {
  const model = await loadDangerModel(
    join(root, "data", "nlu"),
    catalogue,
    DANGER_INTENT,
    labelledPrint,
    undefined,
    withoutPlacesFor(placeSpans(places)),
  );
  return withCachedPhrases("danger-phrases", (compile) =>
    loadDangerDetector(join(root, "locales"), model, compile),
  );
}
