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

/**
 * A reload's steps come one after another, with a little work on the event loop between them:
 * one worker serves them all (starting one took about 3 s under tsx at load 7), and ends once
 * no task has come for this long, so that no thread and no loaded code stay between reloads.
 */
const IDLE_MS = 5_000;

interface Waiting {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 0;
let idle: NodeJS.Timeout | undefined;

function started(): Worker {
  if (worker !== undefined) return worker;
  const started = startWorker();
  const failAll = (error: Error) => {
    if (worker === started) worker = undefined;
    for (const task of waiting.values()) task.reject(error);
    waiting.clear();
  };
  started.on(
    "message",
    ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const task = waiting.get(id);
      waiting.delete(id);
      if (error === undefined) task?.resolve(result);
      else task?.reject(new Error(error));
      if (waiting.size > 0) return;
      // Idle, it keeps no process alive (a CLI that is done exits).
      started.unref();
      idle = setTimeout(() => {
        if (worker === started) worker = undefined;
        void started.terminate();
      }, IDLE_MS);
      idle.unref();
    },
  );
  started.on("error", failAll);
  started.on("exit", (code) => failAll(new Error(`the worker thread stopped (${code})`)));
  worker = started;
  return started;
}

function onAnotherThread<T>(task: OffThreadTask): Promise<T> {
  clearTimeout(idle);
  const thread = started();
  // A task under way keeps the process alive, as work on the event loop did.
  thread.ref();
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
    thread.postMessage({ id, task });
  });
}

export const trainOnAnotherThread: Trainer = (job) =>
  onAnotherThread<ClassifierModel>({ kind: "train", job });

export const catalogueCheckedOnAnotherThread = (
  paths: CataloguePaths,
): Promise<CatalogueLoadResult> => onAnotherThread({ kind: "catalogue", paths });
