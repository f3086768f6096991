import {
  evaluateLanguages,
  formatLanguageReport,
  LANGUAGE_EVAL_SET,
  LANGUAGE_ID_SET,
  languageMeetsTargets,
  loadLanguageSet,
} from "../nlu/evaluate-languages.js";
import { loadClassifier } from "../nlu/index.js";

// Italian and English messages only measure language identification (no intent label).
const messages = [
  ...(await loadLanguageSet(LANGUAGE_EVAL_SET)),
  ...(await loadLanguageSet(LANGUAGE_ID_SET)),
];
const figures = evaluateLanguages(await loadClassifier(), messages);
console.log(formatLanguageReport(figures, process.argv.includes("--errors")));
if (!figures.every(languageMeetsTargets)) {
  console.error("\nbelow target");
  process.exitCode = 1;
}
