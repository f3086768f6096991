import { describe, expect, it } from "vitest";
import { settleHeap, timeCalls } from "../../src/cli/stats.js";

describe("timing calls for the bench", () => {
  it("gives each call's wall and CPU time, sorted, and leaves out of the clean tail the calls a collection ran in", async () => {
    await settleHeap();
    // Each call allocates a few MB, so the young generation is collected during some of them.
    const calls = Array.from({ length: 40 }, (_, i) => i);
    const times = await timeCalls(calls, (i) =>
      Array.from({ length: 100_000 }, (_, k) => ({ k, i })),
    );
    expect(times.wall).toHaveLength(40);
    expect(times.cpu).toHaveLength(40);
    expect(times.wall).toEqual([...times.wall].sort((a, b) => a - b));
    expect(times.callsWithGc).toBeGreaterThan(0);
    expect(times.wallWithoutGc).toHaveLength(40 - times.callsWithGc);
  });

  it("finds no collection in calls that allocate nothing", async () => {
    await settleHeap();
    const times = await timeCalls([1, 2, 3], () => undefined);
    expect(times.callsWithGc).toBe(0);
    expect(times.wallWithoutGc).toHaveLength(3);
  });
});
