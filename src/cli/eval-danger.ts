import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cataloguePaths, loadCatalogue } from "../catalogue/load.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadClassifier } from "../nlu/index.js";
import { atOdds, chooseOdds, heldOutScores } from "../safety/cross-validate.js";
import {
  classifiedAsDanger,
  DANGER_INTENT,
  loadDangerDetector,
  readDanger,
  unlessSilenced,
} from "../safety/danger.js";
import {
  catalogueExamples,
  DANGER_MODEL_ODDS,
  DANGER_TRAINING_SETS,
  loadDangerModel,
} from "../safety/danger-model.js";
import {
  DANGER_SETS,
  type DangerReaders,
  evaluateDanger,
  formatDangerReport,
  loadDangerSet,
  reportDanger,
  reportDangerDev,
} from "../safety/evaluate.js";

export async function loadReaders(root: string = PROJECT_ROOT): Promise<DangerReaders> {
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
  const bot = (text: string) => {
    const verdict = readDanger(detector, text);
    if (verdict.signal) return verdict.signal;
    return classifiedAsDanger(unlessSilenced(classifier.classify(text), verdict.silenced))
      ? { kind: "distress" as const, cue: "classifier" }
      : null;
  };
  return { cues, detector, bot };
}

/** The danger section of `npm run eval`: true when its targets are met. */
export async function dangerSection(
  readers: DangerReaders,
  root: string = PROJECT_ROOT,
): Promise<boolean> {
  return reportDanger(readers, join(root, "data", "nlu"), console.log);
}

/** The model's false alarms allowed on held-out ordinary messages when its odds are chosen. */
const MODEL_FALSE_ALARMS = 0.01;

/**
 * `npm run eval:danger -- --cv`: the model alone, cross-validated over the development sets
 * (leave one set out), at a range of odds and at the odds this rule would choose.
 */
async function crossValidation(root: string): Promise<string[]> {
  const nluDir = join(root, "data", "nlu");
  const catalogue = await loadCatalogue(cataloguePaths(root));
  if (!catalogue.ok) throw new Error("the catalogue has errors: npm run catalogue:check");
  const sets = Object.fromEntries(
    await Promise.all(
      DANGER_TRAINING_SETS.map(async (file) => [file, await loadDangerSet(join(nluDir, file))]),
    ),
  );
  const scores = heldOutScores(sets, catalogueExamples(catalogue.catalogue, DANGER_INTENT));
  const row = (label: string, { odds, recall, falseAlarms }: ReturnType<typeof atOdds>) =>
    `${label} ${odds.toFixed(1)}: held-out recall ${(recall * 100).toFixed(1)}%, false alarms ${(falseAlarms * 100).toFixed(1)}%`;
  const chosen = chooseOdds(scores, MODEL_FALSE_ALARMS);
  return [
    "Danger model alone, leave one development set out",
    ...[0, 2, 4, 6, 8, 10, 12, 15, 20].map((odds) => row("  odds", atOdds(scores, odds))),
    row(`  shipped (DANGER_MODEL_ODDS)`, atOdds(scores, DANGER_MODEL_ODDS)),
    row(`  chosen for ≤ ${MODEL_FALSE_ALARMS * 100}% false alarms`, chosen),
  ];
}

/**
 * `npm run eval:danger -- --summary`: one line per reader and set, development and test sets,
 * without the messages missed or raised: test figures can be reported without reading their
 * errors. Ends with the bot's cost per message over every set (median and p99).
 */
async function summary(root: string): Promise<string[]> {
  const readers = await loadReaders(root);
  const nluDir = join(root, "data", "nlu");
  const lines: string[] = [];
  const texts: string[] = [];
  for (const file of [...DANGER_SETS.dev, ...DANGER_SETS.test]) {
    const set = await loadDangerSet(join(nluDir, file));
    texts.push(...set.map((m) => m.text));
    for (const reader of ["cues", "detector", "bot"] as const) {
      const report = evaluateDanger(readers[reader], set);
      lines.push(formatDangerReport(`${reader}, ${file}`, report).split("\n")[0] as string);
    }
  }
  const micros = texts.map((text) => {
    const start = process.hrtime.bigint();
    readers.detector(text);
    return Number(process.hrtime.bigint() - start) / 1000;
  });
  micros.sort((a, b) => a - b);
  const at = (q: number) => (micros[Math.floor(q * (micros.length - 1))] ?? 0).toFixed(0);
  lines.push(
    `cues + model, µs per message over ${micros.length}: median ${at(0.5)}, p99 ${at(0.99)}`,
  );
  return lines;
}

/**
 * `npm run eval:danger`: the development sets only, for working on the cues without ever
 * seeing the test set (which `npm run eval` reports).
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--cv")) console.log((await crossValidation(PROJECT_ROOT)).join("\n"));
  else if (process.argv.includes("--summary"))
    console.log((await summary(PROJECT_ROOT)).join("\n"));
  else
    await reportDangerDev(
      await loadReaders(PROJECT_ROOT),
      join(PROJECT_ROOT, "data", "nlu"),
      console.log,
    );
}
