import { type CataloguePaths, cataloguePaths, loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { type IntentClassifier, trainClassifier } from "./classifier.js";
import { loadThresholds, THRESHOLDS_FILE } from "./thresholds.js";

export type { Classification, IntentClassifier, Ranking, ScoredIntent } from "./classifier.js";
export { decide, trainClassifier } from "./classifier.js";
export { normalizeText, tokenize } from "./normalize.js";
export type { Thresholds } from "./thresholds.js";
export { loadThresholds } from "./thresholds.js";

/** Loads the shipped catalogue and thresholds and trains the classifier; throws on a broken catalogue. */
export async function loadClassifier(
  paths: CataloguePaths = cataloguePaths(),
  thresholdsFile: string = THRESHOLDS_FILE,
): Promise<IntentClassifier> {
  const loaded = await loadCatalogue(paths);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  return trainClassifier(loaded.catalogue, await loadThresholds(thresholdsFile));
}
