import { parentPort } from "node:worker_threads";
import { type TrainingJob, trainHere } from "../nlu/model-cache.js";

/**
 * A worker thread's entry (training-thread.ts starts it): trains and caches the one model it
 * is handed, sends it back, and ends.
 */
parentPort?.once("message", async (job: TrainingJob) => {
  const model = await trainHere(job);
  const { weights, bias } = model.softmax;
  // Moved, not copied; the two arrays may share one buffer (a model read from the cache).
  parentPort?.postMessage(model, [...new Set([weights.buffer, bias.buffer])] as ArrayBuffer[]);
});
