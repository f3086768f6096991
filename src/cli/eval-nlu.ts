import { basename } from "node:path";
import { loadLabelledSet, loadSet } from "../nlu/dataset.js";
import { checkTargets, classifyAll, withPrecedence } from "../nlu/evaluate.js";
import { loadClassifier } from "../nlu/index.js";
import { formatEvaluation, formatHeadline } from "../nlu/report.js";
import { DANGER_INTENT } from "../safety/danger.js";
import type { DangerReaders } from "../safety/evaluate.js";
import { dangerSection, loadReaders } from "./eval-danger.js";

/**
 * `npm run eval [file]`: the classifier on the evaluation set (every data/nlu/eval*.jsonl, or
 * the file given), by file, language and kind; exits 1 when a target is missed. The texts of
 * the most frequent confusions are printed only for a development file given by name: an
 * evaluation set is never read to tune anything, so its confusions are only counted.
 * `npm run eval -- --compare` prints the model comparison instead (see compare-nlu.ts), and
 * `-- --stability` how much training moves with another seed or five examples (dev sets only).
 */
async function intentSection(file: string | undefined, readers: DangerReaders): Promise<boolean> {
  const messages = file === undefined ? await loadSet("eval") : await loadLabelledSet(file);
  const outcomes = classifyAll(await loadClassifier(), messages);
  const checks = checkTargets(outcomes);
  const showTexts = file !== undefined && basename(file).startsWith("dev");
  console.log(formatEvaluation(outcomes, checks, { showTexts }));
  // The targets stay on the classifier alone; this line is what a citizen meets.
  const bot = withPrecedence(outcomes, (text) => readers.detector(text) !== null, DANGER_INTENT);
  console.log(
    `\n${formatHeadline("as the bot reads them (the danger reader, cues then model, before the classifier):", bot)}`,
  );
  return checks.every((check) => check.met);
}

const args = process.argv.slice(2);
if (args.includes("--stability")) {
  const { trainingStability } = await import("./compare-nlu.js");
  console.log(await trainingStability());
} else if (args.includes("--compare")) {
  const { compareModels } = await import("./compare-nlu.js");
  console.log(await compareModels());
} else {
  const readers = await loadReaders();
  const sections = [await intentSection(args[0], readers), await dangerSection(readers)];
  if (!sections.every(Boolean)) {
    console.error("\nbelow target");
    process.exitCode = 1;
  }
}
