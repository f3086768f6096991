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

/**
 * The thread a bot's reloads run their heavy steps on, started when a step comes and ended
 * when idle. One per bot (start-up.ts makes it), passed in where it is used.
 */
export class OffThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private idle: NodeJS.Timeout | undefined;

  readonly train: Trainer = (job) => this.run<ClassifierModel>({ kind: "train", job });

  readonly checkCatalogue = (paths: CataloguePaths): Promise<CatalogueLoadResult> =>
    this.run({ kind: "catalogue", paths });

  private started(): Worker {
    if (this.worker !== undefined) return this.worker;
    const started = startWorker();
    const failAll = (error: Error) => {
      if (this.worker === started) this.worker = undefined;
      for (const task of this.waiting.values()) task.reject(error);
      this.waiting.clear();
    };
    started.on(
      "message",
      ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
        const task = this.waiting.get(id);
        this.waiting.delete(id);
        if (error === undefined) task?.resolve(result);
        else task?.reject(new Error(error));
        if (this.waiting.size > 0) return;
        // Idle, it keeps no process alive (a CLI that is done exits).
        started.unref();
        this.idle = setTimeout(() => {
          if (this.worker === started) this.worker = undefined;
          void started.terminate();
        }, IDLE_MS);
        this.idle.unref();
      },
    );
    started.on("error", failAll);
    started.on("exit", (code) => failAll(new Error(`the worker thread stopped (${code})`)));
    this.worker = started;
    return started;
  }

  private run<T>(task: OffThreadTask): Promise<T> {
    clearTimeout(this.idle);
    const thread = this.started();
    // A task under way keeps the process alive, as work on the event loop did.
    thread.ref();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      thread.postMessage({ id, task });
    });
  }
}
