import { setFlagsFromString } from "node:v8";

/**
 * V8 sizes the heap after a full collection by how much of the recent time went to collecting:
 * right after the two below (half a second of collecting) it keeps the pages they emptied,
 * 50.6 MB of heap for 33.2 MB in use; a plain collection once the bot has been quiet this long
 * sizes it to what stays, 35.6 MB (idle RSS of the bot 114 -> 97-101 MB, load 8). 2 s after was
 * too soon (still 50.6 MB); 8 s was enough at load 8.
 */
const SHRINK_AFTER_MS = 10_000;

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
 * Then one plain collection SHRINK_AFTER_MS later gives those pages back (one pause of about
 * 100 ms, once per start).
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
  setTimeout(() => gc(), SHRINK_AFTER_MS).unref();
}
