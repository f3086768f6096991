import { parentPort } from "node:worker_threads";
import { loadCatalogue } from "../catalogue/load.js";
import { trainHere } from "../nlu/model-cache.js";
import type { OffThreadTask } from "./off-thread.js";

/**
 * A worker thread's entry (off-thread.ts starts it): does each task it is handed, in turn,
 * and sends back its result or its failure under the task's number.
 */
parentPort?.on("message", async ({ id, task }: { id: number; task: OffThreadTask }) => {
  try {
    if (task.kind === "catalogue") {
      parentPort?.postMessage({ id, result: await loadCatalogue(task.paths) });
      return;
    }
    const model = await trainHere(task.job);
    const { weights, bias } = model.softmax;
    // Moved, not copied; the two arrays may share one buffer (a model read from the cache).
    parentPort?.postMessage({ id, result: model }, [
      ...new Set([weights.buffer, bias.buffer]),
    ] as ArrayBuffer[]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
