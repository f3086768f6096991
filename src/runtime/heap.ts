import { setFlagsFromString } from "node:v8";

/**
 * Full collections once loading is done, the last compacting the old generation. Loading leaves
 * tens of MB of garbage (parsed files, the models' stored form) in a heap grown to hold it;
 * a plain full collection frees the objects but keeps most pages, each partly filled by what
 * stays (after it, a quarter of the old generation was empty space, ~9 MB of idle RSS).
 * Compacting moves what stays into fewer pages and gives the rest back. V8 compacts only
 * when its heuristics say so; the flag is set for this one collection and cleared at once,
 * so the collections under load keep V8's own choice. A plain collection first frees the
 * garbage, so that the compacting one copies what stays without it around (a lower peak:
 * 152-156 vs 162 MB at a start with no data; with 100,000 requests and chats 180-182 vs
 * 167-179 MB before, peak target 200). The cost: the two take 250-330 ms against 56-125 ms
 * for the plain one alone (--trace-gc, load 5-6), paid once the first answer has gone out
 * (app.ts: afterFirstAnswer), not before it.
 *
 * `npm start` runs node with --expose-gc for this; without it, nothing happens.
 */
export function compactAfterLoading(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return;
  gc();
  setFlagsFromString("--compact-on-every-full-gc");
  try {
    gc();
  } finally {
    setFlagsFromString("--no-compact-on-every-full-gc");
  }
}
