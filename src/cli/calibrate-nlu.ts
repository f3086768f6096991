import { writeFile } from "node:fs/promises";
import { relative } from "node:path";
import { loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadGeoIndex } from "../geo/index.js";
import { calibrate, rankForCalibration } from "../nlu/calibrate.js";
import { loadSet, setFiles } from "../nlu/dataset.js";
import { classifierFor } from "../nlu/index.js";
import { THRESHOLDS_FILE, type ThresholdsFile } from "../nlu/thresholds.js";

// Calibrates on the development set only: the evaluation set must stay unseen.
const loaded = await loadCatalogue();
if (!loaded.ok) {
  for (const problem of loaded.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const classifier = await classifierFor(loaded.catalogue, await loadGeoIndex(), {
  minConfidence: 0,
  ambiguityMargin: 0,
  suggestConfidence: 1,
});
const { thresholds, metrics } = calibrate(rankForCalibration(classifier, await loadSet("dev")));
const file: ThresholdsFile = {
  thresholds,
  calibratedOn: (await setFiles("dev")).map((f) => relative(PROJECT_ROOT, f)).join(", "),
  devMetrics: metrics,
};
await writeFile(THRESHOLDS_FILE, `${JSON.stringify(file, null, 2)}\n`);
console.log(JSON.stringify(file, null, 2));
