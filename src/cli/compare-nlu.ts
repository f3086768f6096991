import { join } from "node:path";
import {
  type Catalogue,
  type CataloguePaths,
  cataloguePaths,
  loadCatalogue,
} from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadPlaces } from "../geo/index.js";
import { placeOnlyMessages } from "../geo/mentions.js";
import { loadReplyReader } from "../language/replies.js";
import { aloneReader } from "../nlu/alone.js";
import { askedObjectsReader } from "../nlu/asked-object.js";
import { calibrate, rankForCalibration } from "../nlu/calibrate.js";
import {
  buildModel,
  classifierOf,
  HOME_PLACES_PER_EXAMPLE,
  type IntentClassifier,
  modelReader,
} from "../nlu/classifier.js";
import { type LabelledMessage, loadSet, NLU_DATA } from "../nlu/dataset.js";
import { byFile, classifyAll, type Metrics, type Outcome, summarize } from "../nlu/evaluate.js";
import type { FeatureOptions } from "../nlu/features.js";
import { classifierOfModels, italianAndEnglish, placeSpans } from "../nlu/index.js";
import type { LearntLine } from "../nlu/model.js";
import { everyLanguageModel } from "../nlu/model-cache.js";
import { readingWithoutPlaces } from "../nlu/places.js";
import { DEFAULT_TRAINING, type TrainingOptions } from "../nlu/softmax.js";
import {
  loadLanguageThresholds,
  loadThresholds,
  THRESHOLDS_FILE,
  type Thresholds,
} from "../nlu/thresholds.js";

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
  const { geo, places: reader } = await loadPlaces();
  const places = placeOnlyMessages(geo);
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
  const seconds = (performance.now() - start) / 1000;
  const alone = aloneReader(loaded.catalogue.livesAlone);
  const asked = askedObjectsReader(loaded.catalogue.asked);
  // Read as the bot reads: without the message's places (src/nlu/places.ts).
  const classifier = (thresholds: Thresholds) =>
    classifierOf(
      readingWithoutPlaces(modelReader(model, thresholds, alone, asked), model.words, {
        spans: placeSpans(reader),
        names: places,
      }),
    );
  return { classifier, seconds };
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
    const { classifier, seconds } = await trained(row.paths, row.features);
    // The shipped row keeps its shipped thresholds; every change is calibrated on dev.
    const thresholds = row.shipped
      ? await loadThresholds(join(row.paths.root, "data", "nlu", "thresholds.json"))
      : calibrate(
          rankForCalibration(
            classifier({
              minConfidence: 0,
              ambiguityMargin: 0,
              suggestConfidence: 1,
            }),
            dev,
          ),
          { statementGate: row.statementGate },
        ).thresholds;
    const figures = measure(classifier(thresholds), dev, evaluation);
    lines.push(`${row.name.padEnd(36)} ${seconds.toFixed(1).padStart(6)} |        ${figures}`);
  }
  return lines.join("\n");
}

/** The Italian and English model as the bot trains it from a catalogue, and how long it took. */
export function trainedHome(
  catalogue: Catalogue,
  places: readonly string[],
  training?: TrainingOptions,
  learnt: readonly LearntLine[] = [],
) {
  const start = performance.now();
  const home = buildModel(
    italianAndEnglish(catalogue),
    places,
    training,
    undefined,
    undefined,
    HOME_PLACES_PER_EXAMPLE,
    learnt,
  );
  return { home, seconds: (performance.now() - start) / 1000 };
}

interface TrainingVariant {
  readonly name: string;
  readonly training: TrainingOptions;
  /** Five examples of needs added, written for this measure (never a dev or eval line). */
  readonly added?: boolean;
}

/** Ordinary requests, one each for five needs: what a catalogue edit adds. */
const FIVE_ADDED: Readonly<Record<string, string>> = {
  badante: "cerco una signora che stia con mio nonno di giorno, ormai non cammina più bene",
  colf: "mi servirebbe una persona per pulire casa due mattine a settimana",
  babysitter: "qualcuno che tenga i bambini il mercoledì pomeriggio quando lavoro",
  caf_patronato: "dove posso farmi aiutare a compilare la domanda per l'assegno unico",
  corsi_italiano: "mia moglie vuole imparare l'italiano, ci sono lezioni gratuite?",
};

const withFiveAdded = (catalogue: Catalogue): Catalogue => ({
  ...catalogue,
  intents: catalogue.intents.map((intent) => {
    const added = FIVE_ADDED[intent.id];
    if (added === undefined) return intent;
    return { ...intent, examples: { ...intent.examples, it: [...intent.examples.it, added] } };
  }),
});

const one = (seed: number): TrainingOptions => ({ ...DEFAULT_TRAINING, seed });
const five = (seed: number): TrainingOptions => ({ ...DEFAULT_TRAINING, seed, runs: 5 });

/** Pairs of rows: how many dev messages change need between them. */
const TRAINING_VARIANTS: readonly (readonly [TrainingVariant, TrainingVariant])[] = [
  [
    { name: "one run, seed 17 (shipped)", training: one(17) },
    { name: "one run, seed 18", training: one(18) },
  ],
  [
    { name: "one run, seed 17", training: one(17) },
    { name: "one run, seed 17, 5 examples added", training: one(17), added: true },
  ],
  [
    { name: "5 runs averaged, seeds 17-21", training: five(17) },
    { name: "5 runs averaged, seeds 22-26", training: five(22) },
  ],
  [
    { name: "5 runs averaged, seeds 17-21", training: five(17) },
    { name: "5 runs, seeds 17-21, 5 examples added", training: five(17), added: true },
  ],
];

/**
 * What a comparison reads development lines with, as the bot does: the shipped catalogue, the
 * place reader and the place-only messages, the shipped thresholds and the reply reader.
 */
export async function loadReadingSetup() {
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  const { catalogue } = loaded;
  const { geo, places: reader } = await loadPlaces();
  const places = placeOnlyMessages(geo);
  const thresholds = await loadThresholds(THRESHOLDS_FILE);
  const languageThresholds = await loadLanguageThresholds(NLU_DATA, thresholds);
  const replies = loadReplyReader(join(PROJECT_ROOT, "locales"), null);
  return { catalogue, reader, places, thresholds, languageThresholds, replies };
}

/**
 * `npm run eval -- --stability`: how much the Italian and English model moves when only the
 * shuffle changes (another seed) or five ordinary examples are added, as the bot reads the
 * development messages (shipped thresholds). Development sets only; several minutes.
 */
export async function trainingStability(): Promise<string> {
  const { catalogue, reader, places, thresholds, languageThresholds, replies } =
    await loadReadingSetup();
  const everyLanguage = await everyLanguageModel(catalogue, places);
  const italianOrEnglish = (m: LabelledMessage) =>
    m.lang === undefined || m.lang === "it" || m.lang === "en";
  const dev = (await loadSet("dev")).filter(italianOrEnglish);
  const needs = new Map<string, (string | null)[]>();
  const read = (variant: TrainingVariant) => {
    const key = `${JSON.stringify(variant.training)}|${variant.added === true}`;
    const known = needs.get(key);
    if (known !== undefined) return { outcomes: undefined, needs: known, seconds: 0 };
    const { home, seconds } = trainedHome(
      variant.added === true ? withFiveAdded(catalogue) : catalogue,
      places,
      variant.training,
    );
    const classifier = classifierOfModels(
      home,
      everyLanguage,
      { catalogue, reader, places },
      thresholds,
      languageThresholds,
      replies,
    );
    const outcomes = classifyAll(classifier, dev);
    const read = outcomes.map((o) => o.result.intent);
    needs.set(key, read);
    return { outcomes, needs: read, seconds };
  };
  const row = (variant: TrainingVariant) => {
    const { outcomes, seconds } = read(variant);
    if (outcomes === undefined) return `${variant.name.padEnd(40)} (as above)`;
    const m = summarize(outcomes);
    return `${variant.name.padEnd(40)} ${seconds.toFixed(0).padStart(4)} s | ${pair(m)} | ${String(m.wrongIntent).padStart(5)} ${String(m.falsePositives).padStart(5)}`;
  };
  const lines = [
    `it/en development messages (${dev.length}), shipped thresholds; moved: messages whose need changes between the two rows`,
    `${"training".padEnd(40)} train  | top1   rej | wrong false`,
  ];
  for (const [a, b] of TRAINING_VARIANTS) {
    lines.push(row(a), row(b));
    const moved = read(a).needs.filter((need, i) => need !== read(b).needs[i]).length;
    lines.push(`  moved: ${moved}`);
  }
  return lines.join("\n");
}
