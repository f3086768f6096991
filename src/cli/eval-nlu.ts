import { loadLabelledSet, loadSet } from "../nlu/dataset.js";
import { checkTargets, classifyAll } from "../nlu/evaluate.js";
import { loadClassifier } from "../nlu/index.js";
import { formatEvaluation } from "../nlu/report.js";
import { dangerSection } from "./eval-danger.js";

/**
 * `npm run eval [file]`: the classifier on the evaluation set (every data/nlu/eval*.jsonl, or
 * the file given), by file, language and kind; exits 1 when a target is missed.
 * `npm run eval -- --compare` prints the model comparison instead (see compare-nlu.ts).
 */
async function intentSection(file: string | undefined): Promise<boolean> {
  const messages = file === undefined ? await loadSet("eval") : await loadLabelledSet(file);
  const outcomes = classifyAll(await loadClassifier(), messages);
  const checks = checkTargets(outcomes);
  console.log(formatEvaluation(outcomes, checks));
  return checks.every((check) => check.met);
}

const args = process.argv.slice(2);
if (args.includes("--compare")) {
  const { compareModels } = await import("./compare-nlu.js");
  console.log(await compareModels());
} else {
  const sections = [await intentSection(args[0]), await dangerSection()];
  if (!sections.every(Boolean)) {
    console.error("\nbelow target");
    process.exitCode = 1;
  }
}
