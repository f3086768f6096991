import { DATASETS, loadLabelledSet } from "../nlu/dataset.js";
import { evaluate, formatReport, meetsTargets } from "../nlu/evaluate.js";
import { loadClassifier } from "../nlu/index.js";
import { evalDanger } from "./eval-danger.js";

const file = process.argv[2] ?? DATASETS.eval;
const classifier = await loadClassifier();
const report = evaluate(classifier, await loadLabelledSet(file));
console.log(formatReport(report));
if (!meetsTargets(report)) {
  console.error("\nbelow target");
  process.exitCode = 1;
}
await evalDanger(classifier);
