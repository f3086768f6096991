import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  cachedDerivation,
  codeFiles,
  DERIVED_CACHE_DIR,
  fingerprint,
  markUsed,
  removeStale,
} from "../cache/index.js";
import type { Catalogue } from "../catalogue/load.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { ANIMALS_FILE } from "./animals.js";
import type { LearntLines } from "./dataset.js";
import type { FeatureOptions } from "./features.js";
import { vocabularyStems } from "./features.js";
import {
  buildModel,
  type ClassifierModel,
  DEFAULT_FEATURES,
  everyLanguageFeatures,
  type LearntLine,
  MODEL_FORMAT,
} from "./model.js";
import { DEFAULT_TRAINING } from "./softmax.js";

/** Where trained models are kept between runs; rebuilt whenever the catalogue or the code changes. */
export const DEFAULT_MODEL_CACHE = DERIVED_CACHE_DIR;

/** Data the NLU code reads as its own lists, not as the catalogue: edited, it retrains too. */
export const NLU_DATA_FILES: readonly string[] = [ANIMALS_FILE];

/**
 * A hash of the NLU code in use (src/nlu under tsx, dist/nlu when compiled): reading,
 * features and training live there, and an edit to any of them must not meet a model
 * trained by the old code. MODEL_FORMAT alone depended on someone remembering to bump it.
 */
export async function nluCodeKey(): Promise<string> {
  return fingerprint(PROJECT_ROOT, [...(await codeFiles(["nlu"])), ...NLU_DATA_FILES]);
}

/** Everything training depends on; any change gives another key, hence a new model. */
export function modelKey(
  catalogue: Catalogue,
  places: readonly string[],
  code: string,
  placesPerExample = 1,
  features: FeatureOptions = DEFAULT_FEATURES,
  /** LearntLines' key, when the model learns from lines beyond the catalogue. */
  learnt?: string,
): string {
  const inputs = {
    placesPerExample,
    learnt,
    format: MODEL_FORMAT,
    code,
    training: DEFAULT_TRAINING,
    features,
    intents: catalogue.intents.map((intent) => [intent.id, intent.examples]),
    outOfScope: catalogue.outOfScope.examples,
    places,
  };
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 24);
}

/** The model with its words' stems worked out once, to be stored with it. */
const withStems = (model: ClassifierModel): ClassifierModel => ({
  ...model,
  stems: model.stems ?? vocabularyStems(model.words),
});

/**
 * The stored form, one file: the JSON length (u32), the model without its weights and idf as
 * JSON (padded to 4 bytes), its terms there as their one string, then as raw arrays where
 * each term ends (u32), the idf (float64), the weights and the bias (float32). The idf as
 * JSON numbers, 2 MB of them for the model of every language, took about a third of its
 * load; the terms as 70,834 JSON strings most of the rest.
 */
function encodeModel({ softmax, idf, terms, ...rest }: ClassifierModel): Buffer {
  const json = Buffer.from(
    JSON.stringify({
      ...rest,
      layout: LAYOUT,
      termText: terms.text,
      termCount: terms.ends.length,
      classes: softmax.classes,
      features: softmax.features,
    }),
  );
  const header = Buffer.alloc(4 + json.length + ((4 - (json.length % 4)) % 4), 0x20);
  header.writeUInt32LE(json.length);
  json.copy(header, 4);
  const bytes = (array: Uint32Array | Float64Array | Float32Array) =>
    Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  return Buffer.concat([
    header,
    bytes(terms.ends),
    bytes(Float64Array.from(idf)),
    bytes(softmax.weights),
    bytes(softmax.bias),
  ]);
}

/** The layout above; a file of another (an older bot's) reads as missing. */
export const LAYOUT = 3;

// Missing or damaged: the cache is only an optimisation, training is the truth.
const readModel = (file: string): Promise<ClassifierModel | undefined> =>
  readFile(file).then(
    (buffer) => {
      markUsed(file);
      return decodeModel(buffer);
    },
    () => undefined,
  );

function decodeModel(buffer: Buffer): ClassifierModel | undefined {
  try {
    const length = buffer.readUInt32LE(0);
    const stored = JSON.parse(buffer.toString("utf8", 4, 4 + length)) as Omit<
      ClassifierModel,
      "softmax" | "idf" | "terms"
    > & {
      layout: number;
      termText: string;
      termCount: number;
      classes: number;
      features: number;
    };
    const { layout, termText, termCount, classes, features, ...rest } = stored;
    if (layout !== LAYOUT || rest.format !== MODEL_FORMAT) return undefined;
    let at = 4 + length + ((4 - (length % 4)) % 4);
    const weightCount = classes * features;
    // A write cut short (the file is only an optimisation) reads as missing.
    const size = at + 4 * termCount + 8 * features + 4 * (weightCount + classes);
    if (buffer.length !== size) return undefined;
    // Each its own copy: the read buffer may sit at an offset typed arrays cannot start from.
    const copied = <T extends Uint32Array | Float64Array | Float32Array>(array: T): T => {
      new Uint8Array(array.buffer).set(buffer.subarray(at, at + array.byteLength));
      at += array.byteLength;
      return array;
    };
    const ends = copied(new Uint32Array(termCount));
    const idf = copied(new Float64Array(features));
    const floats = copied(new Float32Array(weightCount + classes));
    // A loop, not Array.from: its iteration took ten times as long over 114,000 numbers.
    const idfs = new Array<number>(features);
    for (let i = 0; i < features; i++) idfs[i] = idf[i] as number;
    return {
      ...rest,
      terms: { text: termText, ends },
      idf: idfs,
      softmax: {
        classes,
        features,
        weights: floats.subarray(0, weightCount),
        bias: floats.subarray(weightCount),
      },
    };
  } catch {
    return undefined;
  }
}

/**
 * The trained model for this catalogue: from the cache when the catalogue and code are unchanged,
 * else trained (seconds) by `train` and cached for the next start, reload or CLI run.
 */
export async function loadOrBuildModel(
  catalogue: Catalogue,
  places: readonly string[],
  cacheDir: string = DEFAULT_MODEL_CACHE,
  placesPerExample = 1,
  /** Development lines it learns from too (dataset.ts): read only when it is trained. */
  learnt?: LearntLines,
  train: Trainer = trainHere,
): Promise<ClassifierModel> {
  const code = await nluCodeKey();
  const file = modelFile(
    catalogue,
    places,
    cacheDir,
    placesPerExample,
    code,
    DEFAULT_FEATURES,
    learnt?.key,
  );
  return (
    (await readModel(file)) ??
    train({
      catalogue,
      places,
      file,
      placesPerExample,
      features: DEFAULT_FEATURES,
      learnt: await chosenLines(learnt, code, cacheDir),
    })
  );
}

/**
 * The lines a model learns from, chosen once for the labelled files and the code in use and
 * kept: a /reload of an edited catalogue finds them, where choosing took seconds of the event
 * loop (each development and evaluation line's example key, stemmed) before training could
 * start. Kept as what training reads of a line: its need, text and weight.
 */
async function chosenLines(
  learnt: LearntLines | undefined,
  code: string,
  cacheDir: string,
): Promise<readonly LearntLine[]> {
  if (learnt === undefined) return [];
  const key = createHash("sha256").update(`${learnt.key}\0${code}`).digest("hex").slice(0, 24);
  return cachedDerivation(
    "learnt-lines",
    key,
    async (): Promise<LearntLine[]> =>
      (await learnt.load()).map(({ intent, text, weight }) => ({ intent, text, weight })),
    { dir: cacheDir },
  );
}

function modelFile(
  catalogue: Catalogue,
  places: readonly string[],
  cacheDir: string,
  placesPerExample: number,
  code: string,
  features: FeatureOptions = DEFAULT_FEATURES,
  learnt?: string,
): string {
  const key = modelKey(catalogue, places, code, placesPerExample, features, learnt);
  return join(cacheDir, `model-${key}.bin`);
}

/** What training one model takes, as plain data: a worker thread can be handed it. */
export interface TrainingJob {
  readonly catalogue: Catalogue;
  readonly places: readonly string[];
  readonly placesPerExample: number;
  readonly features: FeatureOptions;
  readonly learnt: readonly LearntLine[];
  /** Where the trained model is cached. */
  readonly file: string;
}

/**
 * Trains a model and caches it: on this thread (trainHere: the CLIs, which have nothing else
 * to do meanwhile) or on another (runtime/off-thread.ts: the bot, which keeps answering).
 */
export type Trainer = (job: TrainingJob) => Promise<ClassifierModel>;

const trainedModel = (job: TrainingJob): ClassifierModel =>
  withStems(
    buildModel(
      job.catalogue,
      job.places,
      undefined,
      job.features,
      undefined,
      job.placesPerExample,
      job.learnt,
    ),
  );

export const trainHere: Trainer = async (job) => {
  const model = trainedModel(job);
  try {
    await mkdir(dirname(job.file), { recursive: true });
    // Its own temporary name: parallel processes may train the same model at once.
    const temporary = `${job.file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, encodeModel(model));
    await rename(temporary, job.file);
    await removeStale(job.file);
  } catch {
    // A read-only checkout still works, it just trains on every start.
  }
  return model;
};

/**
 * The model, read from the cache only when first asked for: a model few messages need (the
 * one of every other language, 16 MB of heap) then costs no memory until one comes. Start-up
 * still makes sure it is cached (training it if not), so that the first use only reads a
 * file; should the file have gone meanwhile, the first use trains it again, from the
 * catalogue alone: the learnt lines take seconds to choose and are read only to train, and
 * the next start trains the model with them.
 */
export async function modelOnFirstUse(
  catalogue: Catalogue,
  places: readonly string[],
  cacheDir: string = DEFAULT_MODEL_CACHE,
  placesPerExample = 1,
  /** The model of every language reads their negations too: everyLanguageFeatures. */
  features: FeatureOptions = DEFAULT_FEATURES,
  train: Trainer = trainHere,
  /** Development lines it learns from too (language-writers.ts): read only when it is trained. */
  learnt?: LearntLines,
): Promise<() => ClassifierModel> {
  const code = await nluCodeKey();
  const file = modelFile(
    catalogue,
    places,
    cacheDir,
    placesPerExample,
    code,
    features,
    learnt?.key,
  );
  const job: TrainingJob = { catalogue, places, placesPerExample, features, learnt: [], file };
  const stored = await stat(file).then(
    (found) => found.isFile(),
    () => false,
  );
  if (!stored) {
    const model = await train({ ...job, learnt: await chosenLines(learnt, code, cacheDir) });
    return () => model;
  }
  markUsed(file);
  let model: ClassifierModel | undefined;
  return () => {
    model ??= decodeStored(file) ?? trainedModel(job);
    return model;
  };
}

/**
 * The model of every language, which reads their negations and turns too, with the
 * catalogue's words of each language (locales/<lang>/reading.yaml), and the older writers'
 * lines of those languages when it learns from them (language-writers.ts).
 */
export const everyLanguageModel = (
  catalogue: Catalogue,
  places: readonly string[],
  train: Trainer = trainHere,
  learnt?: LearntLines,
  cacheDir: string = DEFAULT_MODEL_CACHE,
): Promise<() => ClassifierModel> =>
  modelOnFirstUse(
    catalogue,
    places,
    cacheDir,
    undefined,
    everyLanguageFeatures(catalogue.readingWords ?? {}),
    train,
    learnt,
  );

function decodeStored(file: string): ClassifierModel | undefined {
  try {
    return decodeModel(readFileSync(file));
  } catch {
    return undefined;
  }
}
