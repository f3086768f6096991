import { join } from "node:path";
import { type CataloguePaths, cataloguePaths, loadCatalogue } from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { loadGeoIndex } from "../geo/index.js";
import { placeOnlyMessages } from "../geo/mentions.js";
import { calibrate, rankForCalibration } from "../nlu/calibrate.js";
import {
  buildModel,
  classifierFromModel,
  type IntentClassifier,
  PLACE_CONNECTORS,
} from "../nlu/classifier.js";
import { type LabelledMessage, loadSet } from "../nlu/dataset.js";
import { byFile, classifyAll, type Metrics, summarize } from "../nlu/evaluate.js";
import { type FeatureOptions, WORDS_ONLY } from "../nlu/features.js";
import { DEFAULT_TRAINING } from "../nlu/softmax.js";
import { loadThresholds } from "../nlu/thresholds.js";

/** The changes measured against the shipped model, each calibrated on the development set. */
const VARIANTS: readonly { name: string; features: FeatureOptions }[] = [
  { name: "words only (shipped features)", features: WORDS_ONLY },
  { name: "+ negation scope", features: { negation: true, cues: false } },
  { name: "+ request/statement cues", features: { negation: false, cues: true } },
  { name: "+ negation + cues", features: { negation: true, cues: true } },
];

const percent = (value: number) => `${(value * 100).toFixed(1)}`.padStart(5);
const figures = (m: Metrics) =>
  `${percent(m.top1)} ${percent(m.outOfScopeRejection)} ${m.macroF1.toFixed(3)}`;
/** What calibration maximises, and what picks the model: in-scope top-1 and rejection alike. */
const balanced = (m: Metrics) => percent((m.top1 + m.outOfScopeRejection) / 2);

/** main's training before this change: the learning rate was halved on dev, and places were
 * joined to needs only by "zona" and "a". */
const SHIPPED_TRAINING = { ...DEFAULT_TRAINING, learningRate: 0.5 };
const SHIPPED_CONNECTORS = [" zona ", " a "];

async function trained(paths: CataloguePaths, features: FeatureOptions, shipped = false) {
  const loaded = await loadCatalogue(paths);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  const places = placeOnlyMessages(await loadGeoIndex());
  const start = performance.now();
  const options = shipped ? SHIPPED_TRAINING : DEFAULT_TRAINING;
  const connectors = shipped ? SHIPPED_CONNECTORS : PLACE_CONNECTORS;
  const model = buildModel(loaded.catalogue, places, options, features, connectors);
  return { model, seconds: (performance.now() - start) / 1000 };
}

function measure(
  classifier: IntentClassifier,
  dev: LabelledMessage[],
  evaluation: LabelledMessage[],
) {
  const evalOutcomes = classifyAll(classifier, evaluation);
  const devAll = summarize(classifyAll(classifier, dev));
  const original = summarize(evalOutcomes.filter((o) => byFile(o) === "eval.jsonl"));
  const hard = summarize(evalOutcomes.filter((o) => byFile(o) !== "eval.jsonl"));
  return { devAll, original, hard };
}

/**
 * The comparison table of data/nlu/README.md. The shipped catalogue (main's intents, before
 * the hard-kind examples) can be given with --shipped <checkout root> for the first row.
 */
export async function compareModels(
  args: readonly string[] = process.argv.slice(2),
): Promise<string> {
  const dev = await loadSet("dev");
  const evaluation = await loadSet("eval");
  const lines = [
    "top-1 %, out-of-scope rejection %, macro-F1; picked by dev, reported on eval",
    "model                                   train s |  dev: top1   rej    F1  bal | eval original: top1   rej    F1 | eval hard: top1   rej    F1 | also both/asked, wrong",
  ];
  const rows: {
    name: string;
    paths: CataloguePaths;
    features: FeatureOptions;
    shipped?: boolean;
  }[] = [];
  const shipped = args[args.indexOf("--shipped") + 1];
  if (args.includes("--shipped") && shipped !== undefined)
    rows.push({
      name: "shipped (main's catalogue)",
      paths: cataloguePaths(shipped),
      features: WORDS_ONLY,
      shipped: true,
    });
  for (const variant of VARIANTS) rows.push({ ...variant, paths: cataloguePaths() });

  for (const row of rows) {
    const { model, seconds } = await trained(row.paths, row.features, row.shipped);
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
        ).thresholds;
    const { devAll, original, hard } = measure(
      classifierFromModel(model, thresholds),
      dev,
      evaluation,
    );
    lines.push(
      [
        row.name.padEnd(40),
        seconds.toFixed(1).padStart(6),
        " |      ",
        figures(devAll),
        balanced(devAll),
        " |               ",
        figures(original),
        " |           ",
        figures(hard),
        ` | ${hard.bothNeeds}/${hard.twoNeeds}, ${hard.alsoWrong}`,
      ].join(" "),
    );
  }
  return lines.join("\n");
}
