import { parentPort } from "node:worker_threads";
import { loadCatalogue } from "../catalogue/load.js";
import { trainHere } from "../nlu/model-cache.js";
import type { OffThreadTask } from "./off-thread.js";

/**
 * A worker thread's entry (off-thread.ts starts it): does the one task it is handed, sends
 * the result back, and ends.
 */
parentPort?.once("message", async (task: OffThreadTask) => {
  if (task.kind === "catalogue") {
    parentPort?.postMessage(await loadCatalogue(task.paths));
    return;
  }
  const model = await trainHere(task.job);
  const { weights, bias } = model.softmax;
  // Moved, not copied; the two arrays may share one buffer (a model read from the cache).
  parentPort?.postMessage(model, [...new Set([weights.buffer, bias.buffer])] as ArrayBuffer[]);
});
