import type { HandoffRepository } from "./repository.js";
import { erase, isPastRetention } from "./request.js";

/**
 * Erases the personal fields of requests closed longer ago than the retention period, then
 * compacts storage so no old version keeps them. Returns how many were erased.
 */
export async function applyRetention(
  requests: HandoffRepository,
  retentionDays: number,
  now: number,
): Promise<number> {
  // The index answers which requests qualify: only those are read.
  const closedBefore = now - retentionDays * 24 * 60 * 60 * 1000;
  const expired = (await requests.list({ closedBefore, withContact: true })).filter((request) =>
    isPastRetention(request, now, retentionDays),
  );
  for (const request of expired) await requests.update(request.reference, (r) => erase(r, now));
  if (expired.length > 0) await requests.compact();
  return expired.length;
}
