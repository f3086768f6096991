import { join } from "node:path";
import {
  type Catalogue,
  type CataloguePaths,
  cataloguePaths,
  loadCatalogue,
} from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { type GeoIndex, loadGeoIndex } from "../geo/index.js";
import { placeOnlyMessages } from "../geo/mentions.js";
import { classifierFromModel, type IntentClassifier } from "./classifier.js";
import { loadOrBuildModel } from "./model-cache.js";
import { loadThresholds, type Thresholds } from "./thresholds.js";

export type {
  Classification,
  ClassifierModel,
  IntentClassifier,
  Ranking,
  ScoredIntent,
} from "./classifier.js";
export { buildModel, classifierFromModel, decide, trainClassifier } from "./classifier.js";
export { normalizeText, tokenize } from "./normalize.js";
export type { Thresholds } from "./thresholds.js";
export { loadThresholds } from "./thresholds.js";

/** The classifier for a loaded catalogue, trained with Milan's place names (cached on disk). */
export async function classifierFor(
  catalogue: Catalogue,
  geo: GeoIndex,
  thresholds: Thresholds,
): Promise<IntentClassifier> {
  return classifierFromModel(await loadOrBuildModel(catalogue, placeOnlyMessages(geo)), thresholds);
}

/** Loads the shipped catalogue and thresholds and the classifier; throws on a broken catalogue. */
export async function loadClassifier(
  paths: CataloguePaths = cataloguePaths(),
): Promise<IntentClassifier> {
  const loaded = await loadCatalogue(paths);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  const thresholds = await loadThresholds(join(paths.root, "data", "nlu", "thresholds.json"));
  return classifierFor(loaded.catalogue, await loadGeoIndex(), thresholds);
}
