import {
  evaluateLanguages,
  formatLanguageReport,
  LANGUAGE_DEV_SET,
  LANGUAGE_EVAL_SET,
  LANGUAGE_ID_SET,
  languageMeetsTargets,
  loadLanguageSet,
} from "../nlu/evaluate-languages.js";
import { loadClassifier } from "../nlu/index.js";

// `--dev` measures the development set, the one to read while changing anything; by default
// the evaluation set, whose errors are not to be read to tune anything.
const dev = process.argv.includes("--dev");
const file = dev ? LANGUAGE_DEV_SET : LANGUAGE_EVAL_SET;
// Italian and English messages only measure language identification (no intent label).
const messages = [
  ...(await loadLanguageSet(file)),
  ...(dev ? [] : await loadLanguageSet(LANGUAGE_ID_SET)),
];
const figures = evaluateLanguages(await loadClassifier(), messages, file);
console.log(formatLanguageReport(figures, process.argv.includes("--errors")));
if (!figures.every(languageMeetsTargets)) {
  console.error("\nbelow target");
  process.exitCode = 1;
}
