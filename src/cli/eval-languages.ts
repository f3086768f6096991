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
const classifier = await loadClassifier();
const figures = evaluateLanguages(classifier, messages, files.join(", "));
// `--by-writer <lang>`: that language's figures file by file (each file is one writer).
if (args.includes("--by-writer")) {
  const language = args[args.indexOf("--by-writer") + 1];
  for (const writer of files) {
    const set = (await loadLanguageSet(writer)).filter((m) => m.lang === language);
    for (const f of evaluateLanguages(classifier, set, writer))
      console.log(
        `${basename(writer)} ${f.language}: ${Math.round(f.top1 * f.inScope)}/${f.inScope} right, ${f.falsePositives}/${f.outOfScope} false needs`,
      );
  }
}
console.log(formatLanguageReport(figures, args.includes("--errors")));
if (!figures.every(languageMeetsTargets)) {
  console.error("\nbelow target");
  process.exitCode = 1;
}
