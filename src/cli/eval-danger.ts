import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadClassifier } from "../nlu/index.js";
import { classifiedAsDanger, loadDangerDetector } from "../safety/danger.js";
import { type DangerReaders, reportDanger, reportDangerDev } from "../safety/evaluate.js";

async function loadReaders(root: string): Promise<DangerReaders> {
  const cues = loadDangerDetector(join(root, "locales"));
  const classifier = await loadClassifier();
  // As the orientation does: the cues first, then the classifier's reading.
  const bot = (text: string) =>
    cues(text) ??
    (classifiedAsDanger(classifier.classify(text))
      ? { kind: "distress" as const, cue: "classifier" }
      : null);
  return { cues, bot };
}

/** The danger section of `npm run eval`: true when its targets are met. */
export async function dangerSection(root: string = PROJECT_ROOT): Promise<boolean> {
  return reportDanger(await loadReaders(root), join(root, "data", "nlu"), console.log);
}

/**
 * `npm run eval:danger`: the development sets only, for working on the cues without ever
 * seeing the test set (which `npm run eval` reports).
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await reportDangerDev(
    await loadReaders(PROJECT_ROOT),
    join(PROJECT_ROOT, "data", "nlu"),
    console.log,
  );
}
