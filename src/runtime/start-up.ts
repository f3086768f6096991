import { join } from "node:path";
import { loadTexts } from "../bot/texts.js";
import { loadPlaces } from "../geo/index.js";
import { KnowledgeHolder, loadKnowledge } from "../knowledge/index.js";
import type { ReplyReader } from "../language/replies.js";
import type { Logger } from "../logging/index.js";
import { openStorage, type StorageOptions } from "../storage/backend.js";
import { lockDataDir, prepareDataDir } from "../storage/data-dir.js";
import type { Disk } from "../storage/disk.js";

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

/** The shipped content: places, catalogue and classifier, texts. */
export async function loadContent(root: string, replies: ReplyReader) {
  const { geo, places } = await loadPlaces();
  const sources = { root, geo, places, replies };
  const loaded = await loadKnowledge(sources);
  if (!loaded.ok) throw new StartupError(`the catalogue has errors:\n${loaded.errors.join("\n")}`);
  const knowledge = new KnowledgeHolder(loaded.knowledge, sources);
  const texts = loadTexts(join(root, "locales"));
  return { sources, loaded, knowledge, texts };
}
