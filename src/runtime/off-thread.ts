import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { CatalogueLoadResult, CataloguePaths } from "../catalogue/load.js";
import type { ClassifierModel } from "../nlu/model.js";
import type { Trainer, TrainingJob } from "../nlu/model-cache.js";

/**
 * The CPU-heavy steps of a /reload, each done on a worker thread: a model's training (seconds
 * of CPU, more on a loaded machine) and the catalogue's check (its near-duplicate search, half
 * a second). On the event loop they froze every citizen's answer for as long; the bot keeps
 * its knowledge in use, and answers with it, until the new one is ready.
 */
export type OffThreadTask =
  | { readonly kind: "train"; readonly job: TrainingJob }
  | { readonly kind: "catalogue"; readonly paths: CataloguePaths };

const UNDER_TSX = fileURLToPath(import.meta.url).endsWith(".ts");
/** Beside this module: src/runtime, dist/runtime, or dist/bundle, where the build puts it. */
const WORKER = new URL(
  UNDER_TSX ? "off-thread-worker.ts" : "off-thread-worker.js",
  import.meta.url,
);

/**
 * Node 20 runs none of the main thread's loaders in a worker (`--import tsx` in its execArgv
 * is not enough): under tsx (development, tests) the worker loads its TypeScript through
 * tsx's own API, a development dependency the build never needs.
 */
function startWorker(): Worker {
  if (!UNDER_TSX) return new Worker(WORKER);
  const api = import.meta.resolve("tsx/esm/api");
  const entry = JSON.stringify(WORKER.href);
  return new Worker(
    `import { tsImport } from ${JSON.stringify(api)}; await tsImport(${entry}, ${entry});`,
    { eval: true },
  );
}

function onAnotherThread<T>(task: OffThreadTask): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startWorker();
    worker.once("message", (result: T) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    // After the result has come, settling again changes nothing.
    worker.once("exit", (code) => reject(new Error(`the worker thread stopped (${code})`)));
    worker.postMessage(task);
  });
}

export const trainOnAnotherThread: Trainer = (job) =>
  onAnotherThread<ClassifierModel>({ kind: "train", job });

export const catalogueCheckedOnAnotherThread = (
  paths: CataloguePaths,
): Promise<CatalogueLoadResult> => onAnotherThread({ kind: "catalogue", paths });
