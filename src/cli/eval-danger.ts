import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cataloguePaths, loadCatalogue } from "../catalogue/load.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadClassifier } from "../nlu/index.js";
import { classifiedAsDanger, DANGER_INTENT, loadDangerDetector } from "../safety/danger.js";
import { loadDangerModel } from "../safety/danger-model.js";
import { type DangerReaders, reportDanger, reportDangerDev } from "../safety/evaluate.js";

async function loadReaders(root: string): Promise<DangerReaders> {
  const locales = join(root, "locales");
  const cues = loadDangerDetector(locales);
  const catalogue = await loadCatalogue(cataloguePaths(root));
  if (!catalogue.ok) throw new Error("the catalogue has errors: npm run catalogue:check");
  const model = await loadDangerModel(
    join(root, "data", "nlu"),
    catalogue.catalogue,
    DANGER_INTENT,
  );
  const detector = loadDangerDetector(locales, model);
  const classifier = await loadClassifier();
  // As the orientation does: the detector first, then the classifier's reading.
  const bot = (text: string) =>
    detector(text) ??
    (classifiedAsDanger(classifier.classify(text))
      ? { kind: "distress" as const, cue: "classifier" }
      : null);
  return { cues, detector, bot };
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
