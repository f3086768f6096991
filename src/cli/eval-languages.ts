import { basename } from "node:path";
import { setFiles } from "../nlu/dataset.js";
import {
  evaluateLanguages,
  formatLanguageReport,
  LANGUAGE_EVAL_SET,
  LANGUAGE_ID_SET,
  type LanguageMessage,
  languageMeetsTargets,
  loadLanguageSet,
} from "../nlu/evaluate-languages.js";
import { loadClassifier } from "../nlu/index.js";

// `--dev` measures the development sets in these languages (dev-languages*.jsonl), the ones
// to read while changing anything, `--file <path>` one set; by default the evaluation set,
// whose errors are not to be read to tune anything.
const args = process.argv.slice(2);
const file = args.includes("--file") ? args[args.indexOf("--file") + 1] : undefined;
const files =
  file !== undefined
    ? [file]
    : args.includes("--dev")
      ? (await setFiles("dev")).filter((f) => basename(f).startsWith("dev-languages"))
      : [LANGUAGE_EVAL_SET, LANGUAGE_ID_SET];
// Italian and English messages only measure language identification (no intent label).
const messages: LanguageMessage[] = (await Promise.all(files.map(loadLanguageSet))).flat();
const figures = evaluateLanguages(await loadClassifier(), messages, files.join(", "));
console.log(formatLanguageReport(figures, args.includes("--errors")));
if (!figures.every(languageMeetsTargets)) {
  console.error("\nbelow target");
  process.exitCode = 1;
}
