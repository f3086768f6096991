import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { cataloguePaths, loadCatalogue } from "../catalogue/load.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadPlaces } from "../geo/index.js";
import { loadPerLanguage } from "../language/lexicon.js";
import { labelledFilesPrint } from "../nlu/dataset.js";
import { type IntentClassifier, loadClassifier, placeSpans } from "../nlu/index.js";
import {
  atOdds,
  chooseOdds,
  cuesOnlyIn,
  heldOutScores,
  withoutCues,
} from "../safety/cross-validate.js";
import {
  classifiedAsDanger,
  createDangerDetector,
  DANGER_INTENT,
  type DangerCues,
  type DangerDetector,
  type DangerVerdict,
  dangerCuesSchema,
  loadDangerDetector,
  readDanger,
  unlessSilenced,
} from "../safety/danger.js";
import {
  catalogueExamples,
  DANGER_MODEL_ODDS,
  type LabelledText,
  loadDangerModel,
  type ModelReading,
  needWritersDangers,
  ORDINARY_STORIES,
  trainDangerModel,
} from "../safety/danger-model.js";
import {
  DANGER_SETS,
  type DangerReaders,
  type DangerReport,
  evaluateDanger,
  formatDangerReport,
  type Labelled,
  loadDangerSet,
  reportDanger,
  reportDangerDev,
} from "../safety/evaluate.js";
import { withoutPlacesFor } from "../safety/model-input.js";

export async function loadReaders(root: string = PROJECT_ROOT): Promise<DangerReaders> {
  const locales = join(root, "locales");
  const cues = loadDangerDetector(locales);
  const catalogue = await loadCatalogue(cataloguePaths(root));
  if (!catalogue.ok) throw new Error("the catalogue has errors: npm run catalogue:check");
  const nluDir = join(root, "data", "nlu");
  const model = await loadDangerModel(
    nluDir,
    catalogue.catalogue,
    DANGER_INTENT,
    await labelledFilesPrint(nluDir),
    undefined,
    await placesReading(),
  );
  const detector = loadDangerDetector(locales, model);
  return { cues, detector, bot: botReader(detector, await loadClassifier()) };
}

/** As the orientation reads a message: the detector first, then the classifier's reading. */
function botReader(detector: DangerDetector, classifier: IntentClassifier): DangerDetector {
  const verdict = (text: string): DangerVerdict => {
    const read = readDanger(detector, text);
    if (read.signal || read.caution) return read;
    return classifiedAsDanger(unlessSilenced(classifier.classify(text), read.silenced))
      ? { signal: { kind: "distress" as const, cue: "classifier" }, silenced: false }
      : read;
  };
  return Object.assign((text: string) => verdict(text).signal, { verdict });
}

/** The model's reading as the bot's, each text's read once (cross-validation trains 56 times). */
async function placesReading(): Promise<ModelReading> {
  const { places } = await loadPlaces();
  const reading = withoutPlacesFor(placeSpans(places));
  const read = new Map<string, string>();
  return (text) => read.get(text) ?? read.set(text, reading(text)).get(text) ?? text;
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
 * (leave one set out), at a range of odds and at the odds this rule would choose; then the
 * bot on each set, its model trained without that set (each set is about one writer, so this
 * reads a writer the model never saw; the cues are the same for every set); last the same with
 * the cues that match that set alone left out too (the phrases written from its writer), the
 * nearest the development sets come to a writer neither reader has seen.
 */
async function crossValidation(root: string): Promise<string[]> {
  const nluDir = join(root, "data", "nlu");
  const catalogue = await loadCatalogue(cataloguePaths(root));
  if (!catalogue.ok) throw new Error("the catalogue has errors: npm run catalogue:check");
  const load = (files: readonly string[]) =>
    Promise.all(
      files.map(async (file) => [file, await loadDangerSet(join(nluDir, file))] as const),
    );
  // Each writer is held out in turn; our ordinary stories are no writer, and the need writers
  // are not the danger writers: always learnt.
  const sets = Object.fromEntries(await load(DANGER_SETS.dev));
  const background = [
    ...catalogueExamples(catalogue.catalogue, DANGER_INTENT),
    ...(await load(ORDINARY_STORIES)).flatMap(([, set]) => set),
    ...(await needWritersDangers(nluDir, DANGER_INTENT)),
  ];
  const reading = await placesReading();
  const scores = heldOutScores(sets, background, reading);
  const row = (label: string, { odds, recall, falseAlarms }: ReturnType<typeof atOdds>) =>
    `${label} ${odds.toFixed(1)}: held-out recall ${(recall * 100).toFixed(1)}%, false alarms ${(falseAlarms * 100).toFixed(1)}%`;
  const chosen = chooseOdds(scores, MODEL_FALSE_ALARMS);
  const cues = loadPerLanguage(join(root, "locales"), "danger.yaml", dangerCuesSchema);
  const onlyIn = cuesOnlyIn(sets, createDangerDetector(cues).cuesIn ?? (() => []));
  const classifier = await loadClassifier();
  return [
    "Danger model alone, leave one development set out",
    ...[0, 2, 4, 6, 8, 10, 12, 15, 20].map((odds) => row("  odds", atOdds(scores, odds))),
    row(`  shipped (DANGER_MODEL_ODDS)`, atOdds(scores, DANGER_MODEL_ODDS)),
    row(`  chosen for ≤ ${MODEL_FALSE_ALARMS * 100}% false alarms`, chosen),
    "The bot, leave one development set out (its model trained without the set)",
    ...heldOutBot(sets, background, classifier, reading, () => cues),
    "The bot, leave one development set out, and the cues matching that set alone left out",
    ...heldOutBot(
      sets,
      background,
      classifier,
      reading,
      (held) => withoutCues(cues, onlyIn.get(held) ?? new Set()),
      true,
    ),
  ];
}

function heldOutBot(
  sets: Readonly<Record<string, readonly Labelled[]>>,
  background: readonly LabelledText[],
  classifier: IntentClassifier,
  reading: ModelReading,
  cuesFor: (held: string) => Readonly<Record<string, DangerCues>>,
  withTexts = false,
): string[] {
  const all = Object.values(sets).flat();
  const reports = Object.entries(sets).map(([held, set]) => {
    const others = all.filter((m) => !set.includes(m));
    const model = trainDangerModel([...others, ...background], reading);
    const detector = createDangerDetector(cuesFor(held), model);
    const report = evaluateDanger(botReader(detector, classifier), set);
    const lines = formatDangerReport(`  ${held}`, report);
    return { report, line: withTexts ? lines : (lines.split("\n")[0] as string) };
  });
  const sum = (pick: (r: DangerReport) => number) =>
    reports.reduce((total, { report }) => total + pick(report), 0);
  const dangers = sum((r) => r.dangers);
  const ordinary = sum((r) => r.ordinary);
  const missed = sum((r) => r.missed.length);
  const raised = sum((r) => r.falseAlarms.length);
  const gentle = (pick: (r: DangerReport) => readonly string[]) => sum((r) => pick(r).length);
  return [
    ...reports.map((r) => r.line),
    `  all sets: recall ${(100 * (1 - missed / dangers)).toFixed(1)}% (${dangers - missed}/${dangers}), false alarms ${((100 * raised) / ordinary).toFixed(1)}% (${raised}/${ordinary}); need and gentle line (112, 1522) ${gentle((r) => r.gentle.dangers)} danger, ${gentle((r) => r.gentle.ordinary)} ordinary`,
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
