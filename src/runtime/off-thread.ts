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
 * A reload's steps come one after another, with a little work on the event loop between them,
 * but its two models train at once: each on a thread of its own, so that on two cores the
 * reload waits for the longer training, not for both in turn. A thread ends once no task has
 * come for this long (starting one took about 3 s under tsx at load 7), so that no thread and
 * no loaded code stay between reloads.
 */
const IDLE_MS = 5_000;
/** The bot's two models: a third task waits on the thread with the fewest. */
const THREADS = 2;

interface Waiting {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/** A worker with the tasks it was handed and not yet answered. */
interface Thread {
  readonly worker: Worker;
  readonly waiting: Map<number, Waiting>;
  idle?: NodeJS.Timeout;
}

/**
 * The threads a bot's reloads run their heavy steps on, started when a step comes and ended
 * when idle. One per bot (start-up.ts makes it), passed in where it is used.
 */
export class OffThread {
  private readonly threads: Thread[] = [];
  private nextId = 0;

  readonly train: Trainer = (job) => this.run<ClassifierModel>({ kind: "train", job });

  readonly checkCatalogue = (paths: CataloguePaths): Promise<CatalogueLoadResult> =>
    this.run({ kind: "catalogue", paths });

  /** An idle thread, else a new one while there are fewer than THREADS, else the least busy. */
  private chosen(): Thread {
    const free = this.threads.find((thread) => thread.waiting.size === 0);
    if (free !== undefined) return free;
    if (this.threads.length < THREADS) return this.started();
    return this.threads.reduce((least, thread) =>
      thread.waiting.size < least.waiting.size ? thread : least,
    );
  }

  private started(): Thread {
    const thread: Thread = { worker: startWorker(), waiting: new Map() };
    const { worker, waiting } = thread;
    const forget = () => {
      const at = this.threads.indexOf(thread);
      if (at >= 0) this.threads.splice(at, 1);
    };
    const failAll = (error: Error) => {
      forget();
      for (const task of waiting.values()) task.reject(error);
      waiting.clear();
    };
    worker.on(
      "message",
      ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
        const task = waiting.get(id);
        waiting.delete(id);
        if (error === undefined) task?.resolve(result);
        else task?.reject(new Error(error));
        if (waiting.size > 0) return;
        // Idle, it keeps no process alive (a CLI that is done exits).
        worker.unref();
        thread.idle = setTimeout(() => {
          forget();
          void worker.terminate();
        }, IDLE_MS);
        thread.idle.unref();
      },
    );
    worker.on("error", failAll);
    worker.on("exit", (code) => failAll(new Error(`the worker thread stopped (${code})`)));
    this.threads.push(thread);
    return thread;
  }

  private run<T>(task: OffThreadTask): Promise<T> {
    const thread = this.chosen();
    clearTimeout(thread.idle);
    // A task under way keeps the process alive, as work on the event loop did.
    thread.worker.ref();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      thread.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      thread.worker.postMessage({ id, task });
    });
  }
}
