import { join } from "node:path";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadClassifier } from "../nlu/index.js";
import { classifiedAsDanger, loadDangerDetector } from "../safety/danger.js";
import { reportDanger } from "../safety/evaluate.js";

/** The danger section of `npm run eval`: true when its targets are met. */
export async function dangerSection(root: string = PROJECT_ROOT): Promise<boolean> {
  const cues = loadDangerDetector(join(root, "locales"));
  const classifier = await loadClassifier();
  // As the orientation does: the cues first, then the classifier's reading.
  const bot = (text: string) =>
    cues(text) ??
    (classifiedAsDanger(classifier.classify(text))
      ? { kind: "distress" as const, cue: "classifier" }
      : null);
  return reportDanger({ cues, bot }, join(root, "data", "nlu"), console.log);
}
