import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ClassifierModel } from "../nlu/model.js";
import type { Trainer } from "../nlu/model-cache.js";

const UNDER_TSX = fileURLToPath(import.meta.url).endsWith(".ts");
/** Beside this module: src/runtime, dist/runtime, or dist/bundle, where the build puts it. */
const WORKER = new URL(UNDER_TSX ? "training-worker.ts" : "training-worker.js", import.meta.url);

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

/**
 * Trains on a worker thread: training takes seconds of CPU (more on a loaded machine), and on
 * the event loop it froze every citizen's answer for as long during an admin's /reload. The
 * caller keeps its old classifier until the new model comes back.
 */
export const trainOnAnotherThread: Trainer = (job) =>
  new Promise<ClassifierModel>((resolve, reject) => {
    const worker = startWorker();
    worker.once("message", (model: ClassifierModel) => {
      resolve(model);
      void worker.terminate();
    });
    worker.once("error", reject);
    // After the model has come, settling again changes nothing.
    worker.once("exit", (code) => reject(new Error(`the training thread stopped (${code})`)));
    worker.postMessage(job);
  });
