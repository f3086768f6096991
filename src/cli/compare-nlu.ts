import { join } from "node:path";
import { type CataloguePaths, cataloguePaths, loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { loadGeoIndex } from "../geo/index.js";
import { placeOnlyMessages } from "../geo/mentions.js";
import { calibrate, rankForCalibration } from "../nlu/calibrate.js";
import {
  buildModel,
  classifierFromModel,
  HOME_PLACES_PER_EXAMPLE,
  type IntentClassifier,
} from "../nlu/classifier.js";
import { type LabelledMessage, loadSet } from "../nlu/dataset.js";
import { byFile, classifyAll, type Metrics, type Outcome, summarize } from "../nlu/evaluate.js";
import type { FeatureOptions } from "../nlu/features.js";
import { italianAndEnglish } from "../nlu/index.js";
import { loadThresholds } from "../nlu/thresholds.js";

interface Variant {
  readonly name: string;
  readonly features: FeatureOptions;
  /** A higher confidence for messages that only tell (the request-vs-statement stage). */
  readonly statementGate: boolean;
}

/** The changes measured against the shipped model, each calibrated on the development set. */
const VARIANTS: readonly Variant[] = [
  { name: "+ new data", features: { negation: true, cues: false }, statementGate: false },
  {
    name: "+ new data + cue features",
    features: { negation: true, cues: true },
    statementGate: false,
  },
  {
    name: "+ new data + statement stage",
    features: { negation: true, cues: false },
    statementGate: true,
  },
  {
    name: "+ new data + cues + statement stage",
    features: { negation: true, cues: true },
    statementGate: true,
  },
  {
    name: "+ statement stage + told words apart",
    features: { negation: true, cues: false, told: true },
    statementGate: true,
  },
];

const percent = (value: number) => `${(value * 100).toFixed(1)}`.padStart(5);
const pair = (m: Metrics) => `${percent(m.top1)} ${percent(m.outOfScopeRejection)}`;
/** What picks the model: in-scope top-1 and rejection alike, on every development message. */
const balanced = (m: Metrics) => percent((m.top1 + m.outOfScopeRejection) / 2);

async function trained(paths: CataloguePaths, features: FeatureOptions) {
  const loaded = await loadCatalogue(paths);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  const places = placeOnlyMessages(await loadGeoIndex());
  const start = performance.now();
  // The Italian and English model, as the bot reads those languages (src/nlu/index.ts).
  const model = buildModel(
    italianAndEnglish(loaded.catalogue),
    places,
    undefined,
    features,
    undefined,
    HOME_PLACES_PER_EXAMPLE,
  );
  return { model, seconds: (performance.now() - start) / 1000 };
}

const isHard = (o: Outcome) => !["dev.jsonl", "eval.jsonl"].includes(byFile(o));
const statements = (outcomes: Outcome[]) =>
  percent(summarize(outcomes.filter((o) => o.message.kind === "statement")).outOfScopeRejection);

/** Development columns: all dev, the second hard-kind set alone, English hard, statements. */
function devColumns(outcomes: Outcome[]): string {
  const all = summarize(outcomes);
  const second = summarize(outcomes.filter((o) => byFile(o) === "dev-hard-2.jsonl"));
  const english = summarize(outcomes.filter((o) => isHard(o) && o.message.lang === "en"));
  const italian = summarize(outcomes.filter((o) => isHard(o) && o.message.lang === "it"));
  return `${pair(all)} ${balanced(all)} | ${pair(second)} | ${pair(italian)} | ${pair(english)} | ${statements(outcomes)}`;
}

/** Evaluation columns, read only for the chosen model's report: never to pick. */
function evalColumns(outcomes: Outcome[]): string {
  const original = summarize(outcomes.filter((o) => byFile(o) === "eval.jsonl"));
  const hard = outcomes.filter((o) => byFile(o) === "eval-hard.jsonl");
  const lang = (l: string) => summarize(hard.filter((o) => o.message.lang === l));
  return ` || ${pair(original)} | ${pair(lang("it"))} | ${pair(lang("en"))} | ${statements(hard)}`;
}

function measure(
  classifier: IntentClassifier,
  dev: LabelledMessage[],
  evaluation?: LabelledMessage[],
) {
  const columns = devColumns(classifyAll(classifier, dev));
  return evaluation === undefined
    ? columns
    : columns + evalColumns(classifyAll(classifier, evaluation));
}

/**
 * The comparison table of data/nlu/README.md. `--shipped <root>` adds main's catalogue and
 * thresholds as the first row; `--dev-only` leaves the evaluation set unread (use it while
 * choosing: the evaluation columns are for the report of the model already chosen).
 */
export async function compareModels(
  args: readonly string[] = process.argv.slice(2),
): Promise<string> {
  // This table is about the Italian and English model; other languages have their own.
  const italianOrEnglish = (m: LabelledMessage) =>
    m.lang === undefined || m.lang === "it" || m.lang === "en";
  const dev = (await loadSet("dev")).filter(italianOrEnglish);
  const evaluation = args.includes("--dev-only")
    ? undefined
    : (await loadSet("eval")).filter(italianOrEnglish);
  const lines = [
    "top-1 % / out-of-scope rejection %; picked by the dev balanced score (bal), Italian and English model",
    `model                                train s | dev all: top1   rej   bal | dev-hard-2 | dev hard it | dev hard en | dev stmt rej${evaluation ? " || eval orig | eval hard it | eval hard en | eval stmt rej" : ""}`,
  ];
  const rows: (Variant & { paths: CataloguePaths; shipped?: boolean })[] = [];
  const shipped = args[args.indexOf("--shipped") + 1];
  if (args.includes("--shipped") && shipped !== undefined)
    rows.push({
      name: "shipped (main)",
      paths: cataloguePaths(shipped),
      features: { negation: true, cues: false },
      statementGate: false,
      shipped: true,
    });
  for (const variant of VARIANTS) rows.push({ ...variant, paths: cataloguePaths() });

  for (const row of rows) {
    const { model, seconds } = await trained(row.paths, row.features);
    // The shipped row keeps its shipped thresholds; every change is calibrated on dev.
    const thresholds = row.shipped
      ? await loadThresholds(join(row.paths.root, "data", "nlu", "thresholds.json"))
      : calibrate(
          rankForCalibration(
            classifierFromModel(model, {
              minConfidence: 0,
              ambiguityMargin: 0,
              suggestConfidence: 1,
            }),
            dev,
          ),
          { statementGate: row.statementGate },
        ).thresholds;
    const figures = measure(classifierFromModel(model, thresholds), dev, evaluation);
    lines.push(`${row.name.padEnd(36)} ${seconds.toFixed(1).padStart(6)} |        ${figures}`);
  }
  return lines.join("\n");
}
