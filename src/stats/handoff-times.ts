import type { HandoffRequest } from "../handoff/request.js";

export interface HandoffTimes {
  /** Median milliseconds from the request to its claim, over the claimed ones; null if none. */
  readonly toClaim: number | null;
  readonly claimed: number;
  /** Median milliseconds from the request to its closing by an operator; null if none. */
  readonly toClose: number | null;
  readonly closed: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** How long requests made since `since` waited to be claimed and to be closed. */
export function handoffTimes(requests: readonly HandoffRequest[], since: number): HandoffTimes {
  const recent = requests.filter((r) => r.createdAt >= since);
  const toClaim = recent.flatMap((r) =>
    r.claimedAt === undefined ? [] : [r.claimedAt - r.createdAt],
  );
  const toClose = recent.flatMap((r) =>
    r.status === "closed" && r.closedAt !== null ? [r.closedAt - r.createdAt] : [],
  );
  return {
    toClaim: median(toClaim),
    claimed: toClaim.length,
    toClose: median(toClose),
    closed: toClose.length,
  };
}
