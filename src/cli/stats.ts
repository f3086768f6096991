import { PerformanceObserver, performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { GCProfiler, getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Small helpers for benchmark figures. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** How long `task` takes, in milliseconds. */
export async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `fn` once per item and returns the sorted durations in milliseconds. */
export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown): number[] {
  const durations: number[] = [];
  for (const item of items) {
    const start = process.hrtime.bigint();
    fn(item);
    durations.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return durations.sort((a, b) => a - b);
}

/**
 * Runs `fn` once per item and returns the sorted CPU times in milliseconds: on a shared
 * machine wall-clock tails are the scheduler's, CPU time is the code's own.
 */
export function cpuTimeEach<T>(items: readonly T[], fn: (item: T) => unknown): number[] {
  const times: number[] = [];
  for (const item of items) {
    const start = process.cpuUsage();
    fn(item);
    const { user, system } = process.cpuUsage(start);
    times.push((user + system) / 1000);
  }
  return times.sort((a, b) => a - b);
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Per-call times of one loop: wall and process CPU of the same calls, sorted, in ms. */
export interface CallTimes {
  readonly wall: number[];
  readonly cpu: number[];
  /** Wall times of the calls during which no garbage collection ran. */
  readonly wallWithoutGc: number[];
  /** How many calls a collection overlapped. */
  readonly callsWithGc: number;
  /** Bytes allocated on V8's heap during the loop, per call: unlike time, not the load's. */
  readonly allocatedPerCall: number;
  /** Full collections (mark-compact) during the loop. */
  readonly fullCollections: number;
}

/**
 * Times each call's wall clock and process CPU in one loop, and which calls a collection
 * overlapped (V8's gc entries, matched by time). Process CPU is every thread's: V8's
 * parallel and concurrent collector threads and its compiler threads working during a call
 * count as that call's (the kernel adds another thread's time in steps of a 4 ms tick), so
 * its tail can exceed the wall clock's; the wall time of calls no collection touched is the
 * code's own tail.
 */
export async function timeCalls<T>(
  items: readonly T[],
  fn: (item: T) => unknown,
): Promise<CallTimes> {
  const collections: [number, number][] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      collections.push([entry.startTime, entry.startTime + entry.duration]);
  });
  observer.observe({ entryTypes: ["gc"] });
  const spans: [number, number][] = [];
  const cpu: number[] = [];
  const allocation = new AllocationCounter();
  for (const item of items) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    fn(item);
    const { user, system } = process.cpuUsage(cpuStart);
    spans.push([start, performance.now()]);
    cpu.push((user + system) / 1000);
  }
  const { allocatedBytes, fullCollections } = allocation.stop();
  await sleep(50); // gc entries are delivered after the loop
  observer.disconnect();
  collections.sort((a, b) => a[0] - b[0]);
  const wallWithoutGc: number[] = [];
  let next = 0;
  for (const [start, end] of spans) {
    while (next < collections.length && (collections[next]?.[1] as number) < start) next++;
    if (next >= collections.length || (collections[next]?.[0] as number) > end)
      wallWithoutGc.push(end - start);
  }
  const ascending = (a: number, b: number) => a - b;
  return {
    wall: spans.map(([start, end]) => end - start).sort(ascending),
    cpu: cpu.sort(ascending),
    wallWithoutGc: wallWithoutGc.sort(ascending),
    callsWithGc: spans.length - wallWithoutGc.length,
    allocatedPerCall: allocatedBytes / Math.max(1, items.length),
    fullCollections,
  };
}

/**
 * Full collections, then a pause for V8's concurrent sweeping to end: what an earlier
 * section left (a training's garbage) is not collected during the next timed loop. Works
 * without --expose-gc (the flag is set for this call's context).
 */
export async function settleHeap(): Promise<void> {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
  await sleep(200);
}

/**
 * Bytes the process has allocated on V8's heap since it started counting: what each
 * collection found in use before it, less what was left after the previous one, plus what
 * has grown since the last. Unlike CPU time, a loaded machine does not change it. (Memory a
 * major collection's concurrent sweeping frees after its end is counted as allocated
 * late, slightly under: scavenges, which collect almost all of it, free at once.)
 */
export class AllocationCounter {
  private profiler = new GCProfiler();
  private lastUsed = getHeapStatistics().used_heap_size;
  private readonly counts = { allocatedBytes: 0, gcPauseMs: 0, fullCollections: 0 };

  constructor() {
    this.profiler.start();
  }

  /** So far: bytes allocated, the collections' pauses of the main thread, full collections. */
  total(): { allocatedBytes: number; gcPauseMs: number; fullCollections: number } {
    const collections = this.profiler.stop()?.statistics ?? [];
    this.profiler = new GCProfiler();
    this.profiler.start();
    for (const { beforeGC, afterGC, cost, gcType } of collections) {
      this.counts.allocatedBytes += beforeGC.heapStatistics.usedHeapSize - this.lastUsed;
      this.lastUsed = afterGC.heapStatistics.usedHeapSize;
      this.counts.gcPauseMs += cost / 1000;
      if (gcType === "MarkSweepCompact") this.counts.fullCollections += 1;
    }
    const used = getHeapStatistics().used_heap_size;
    this.counts.allocatedBytes += used - this.lastUsed;
    this.lastUsed = used;
    return { ...this.counts };
  }

  /** The counts so far (total), and no more counting. */
  stop(): { allocatedBytes: number; gcPauseMs: number; fullCollections: number } {
    const counts = this.total();
    this.profiler.stop();
    return counts;
  }
}
