import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { TextFile } from "lowdb/node";
import { codeFiles, DERIVED_CACHE_DIR, fingerprint } from "../cache/index.js";
import type { Catalogue } from "../catalogue/load.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { buildModel, type ClassifierModel, DEFAULT_FEATURES, MODEL_FORMAT } from "./classifier.js";
import { DEFAULT_TRAINING } from "./softmax.js";

/** Where trained models are kept between runs; rebuilt whenever the catalogue or the code changes. */
export const DEFAULT_MODEL_CACHE = DERIVED_CACHE_DIR;

/**
 * A hash of the NLU code in use (src/nlu under tsx, dist/nlu when compiled): reading,
 * features and training live there, and an edit to any of them must not meet a model
 * trained by the old code. MODEL_FORMAT alone depended on someone remembering to bump it.
 */
export async function nluCodeKey(): Promise<string> {
  return fingerprint(PROJECT_ROOT, await codeFiles(["nlu"]));
}

/** Everything training depends on; any change gives another key, hence a new model. */
export function modelKey(catalogue: Catalogue, places: readonly string[], code: string): string {
  const inputs = {
    format: MODEL_FORMAT,
    code,
    training: DEFAULT_TRAINING,
    features: DEFAULT_FEATURES,
    intents: catalogue.intents.map((intent) => [intent.id, intent.examples]),
    outOfScope: catalogue.outOfScope.examples,
    places,
  };
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 24);
}

interface StoredModel extends Omit<ClassifierModel, "softmax"> {
  readonly classes: number;
  readonly features: number;
  readonly weights: string;
  readonly bias: string;
}

const toBase64 = (array: Float32Array) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
const fromBase64 = (text: string) => {
  const bytes = Buffer.from(text, "base64");
  return new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
};

async function readModel(file: string): Promise<ClassifierModel | undefined> {
  try {
    const stored = JSON.parse(await readFile(file, "utf8")) as StoredModel;
    if (stored.format !== MODEL_FORMAT) return undefined;
    const { classes, features, weights, bias, ...rest } = stored;
    return {
      ...rest,
      softmax: { classes, features, weights: fromBase64(weights), bias: fromBase64(bias) },
    };
  } catch {
    // Missing or damaged: the cache is only an optimisation, training is the truth.
    return undefined;
  }
}

/**
 * The trained model for this catalogue: from the cache when the catalogue and code are unchanged,
 * else trained (about a second) and cached for the next start, reload or CLI run.
 */
export async function loadOrBuildModel(
  catalogue: Catalogue,
  places: readonly string[],
  cacheDir: string = DEFAULT_MODEL_CACHE,
): Promise<ClassifierModel> {
  const key = modelKey(catalogue, places, await nluCodeKey());
  const file = join(cacheDir, `model-${key}.json`);
  const cached = await readModel(file);
  if (cached) return cached;
  const model = buildModel(catalogue, places);
  const { softmax, ...rest } = model;
  const stored: StoredModel = {
    ...rest,
    classes: softmax.classes,
    features: softmax.features,
    weights: toBase64(softmax.weights),
    bias: toBase64(softmax.bias),
  };
  try {
    await mkdir(cacheDir, { recursive: true });
    await new TextFile(file).write(JSON.stringify(stored));
  } catch {
    // A read-only checkout still works, it just trains on every start.
  }
  return model;
}
