import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";

/** V8's collector as --expose-gc gives it: a full collection, or a minor one when asked. */
type Collect = (options?: { type: "minor" | "major" }) => void;

/**
 * Loading leaves the young generation large (14-16 MB of RSS, more with npm start's 32 MB semi-spaces):
 * V8 grows it while much survives, and gives it back only in a collection that sees a low
 * allocation rate, measured over its last ten collections. Nothing collects while the bot
 * waits for updates, so it stayed large until the plain collection 10 s after start (idle
 * tree 174 MB at 3 s against 156 at 20 s). A few minor collections while quiet (about 1 ms
 * each on an almost empty young generation) fill that record with quiet ones: the young
 * generation shrinks within half a second. Busy (citizens writing already), the rate stays
 * high and it rightly stays large; the try stops after SHRINK_TRIES.
 */
const SHRINK_STEP_MS = 30;
const SHRINK_TRIES = 20;
/**
 * If it did not shrink, one plain collection this long after start, once the load may have
 * passed (the young generation shrinks then when allocation has been low over 5 s).
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
 * for the plain one alone (--trace-gc, load 5-6), paid once the bot is quiet after its first
 * answer (app.ts: afterFirstAnswer), not before it nor right after it. The young generation is given back first
 * (giveBackYoungGeneration): after it, the full collections' new pages peaked on top of it.
 *
 * `npm start` runs node with --expose-gc for this; without it, nothing happens.
 */
export function compactAfterLoading(): void {
  const gc = (globalThis as { gc?: Collect }).gc;
  if (gc === undefined) return;
  // The young generation loading grew (up to 3 x 32 MB semi-spaces) is given back before
  // the full collections, not after: the pages they fill then no longer come on top of it
  // (the peak of a start-up with 100,000 requests and chats was during them).
  void giveBackYoungGeneration().then((shrunk) => {
    gc();
    setFlagsFromString("--compact-on-every-full-gc");
    try {
      gc();
    } finally {
      setFlagsFromString("--no-compact-on-every-full-gc");
    }
    if (!shrunk) setTimeout(() => gc(), SHRINK_AFTER_MS).unref();
    setInterval(giveBackAfterBursts(), QUIET_CHECK_MS).unref();
  });
}

/** V8's young generation: its size (committed) and what it holds now, in bytes. */
function youngGeneration(): { size: number; used: number } {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
  return { size: space?.space_size ?? 0, used: space?.space_used_size ?? 0 };
}

/**
 * Minor collections SHRINK_STEP_MS apart until the young generation shrinks (true), or
 * SHRINK_TRIES of them if the process stays busy (false). Without --expose-gc, false.
 */
export async function giveBackYoungGeneration(): Promise<boolean> {
  const gc = (globalThis as { gc?: Collect }).gc;
  if (gc === undefined) return false;
  const before = youngGeneration().size;
  for (let tries = 0; tries < SHRINK_TRIES; tries++) {
    await new Promise((resolve) => setTimeout(resolve, SHRINK_STEP_MS).unref());
    gc({ type: "minor" });
    if (youngGeneration().size < before) return true;
  }
  return false;
}

/** How often the bot checks whether a burst of citizens has passed. */
const QUIET_CHECK_MS = 30_000;
/** Allocated in the young generation between two checks, below which the bot is quiet. */
const QUIET_BYTES = 1024 * 1024;

/**
 * A burst of citizens grows the young generation again, and while the bot then waits nothing
 * collects it: after 10,000 citizens it stayed at 16 MB until the next burst. Every
 * QUIET_CHECK_MS, if it is larger than the smallest seen and took less than QUIET_BYTES
 * since the last check without a collection in between (its use only grew), it is given
 * back. Reading the heap's space sizes is all a check costs.
 */
function giveBackAfterBursts(): () => void {
  let smallest = youngGeneration().size;
  let lastUsed = youngGeneration().used;
  let giving = false;
  return () => {
    const { size, used } = youngGeneration();
    const quiet = used >= lastUsed && used - lastUsed < QUIET_BYTES;
    lastUsed = used;
    smallest = Math.min(smallest, size);
    if (!quiet || size <= smallest || giving) return;
    giving = true;
    void giveBackYoungGeneration().finally(() => {
      giving = false;
      lastUsed = youngGeneration().used;
    });
  };
}
