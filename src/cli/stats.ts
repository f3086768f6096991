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
