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
    // 100,000 objects and an array of them: megabytes a call, though collected along the way.
    expect(times.allocatedPerCall).toBeGreaterThan(2_000_000);
  });

  it("finds no collection in calls that allocate nothing", async () => {
    await settleHeap();
    // The count is the whole process's, so whatever the test runner allocates meanwhile counts
    // too: over three calls that was once 160 KB (54 KB a call). Many calls share it out.
    const calls = Array.from({ length: 300 }, (_, i) => i);
    const times = await timeCalls(calls, () => undefined);
    expect(times.callsWithGc).toBe(0);
    expect(times.wallWithoutGc).toHaveLength(300);
    expect(times.allocatedPerCall).toBeLessThan(10_000);
    expect(times.fullCollections).toBe(0);
  });
});
