import { join } from "node:path";
import { PROJECT_ROOT } from "../config/paths.js";
import type { IntentClassifier } from "../nlu/index.js";
import { classifiedAsDanger, loadDangerDetector } from "../safety/danger.js";
import { reportDanger } from "../safety/evaluate.js";

/** The danger section of `npm run eval`; marks the run failed below target. */
export async function evalDanger(
  classifier: IntentClassifier,
  root: string = PROJECT_ROOT,
): Promise<void> {
  const cues = loadDangerDetector(join(root, "locales"));
  // As the orientation does: the cues first, then the classifier's reading.
  const bot = (text: string) =>
    cues(text) ??
    (classifiedAsDanger(classifier.classify(text))
      ? { kind: "distress" as const, cue: "classifier" }
      : null);
  if (!(await reportDanger({ cues, bot }, join(root, "data", "nlu"), console.log))) {
    console.error("\ndanger: below target");
    process.exitCode = 1;
  }
}
