import { describe, expect, it } from "vitest";
import { calibrate, heldOutByGroup, type RankedMessage } from "../../src/nlu/calibrate.js";
import type { Ranking } from "../../src/nlu/classifier.js";

const ranking = (best: number): Ranking => ({
  ranked: [
    { intent: "colf", confidence: best },
    { intent: "badante", confidence: (1 - best) / 4 },
  ],
  outOfScope: (1 - best) / 2,
  knownWords: 2,
});
const need = (best: number, writer: string): RankedMessage => ({
  ranking: ranking(best),
  label: "colf",
  writer,
});
const notANeed = (best: number, writer: string): RankedMessage => ({
  ranking: ranking(best),
  label: null,
  writer,
});

// Writer A's out-of-scope messages look unlike needs; writer B's statements share the need's
// words and reach 0.6: pooled, B's false needs hide behind A's many rejections.
const writerA = [
  ...Array.from({ length: 20 }, (_, i) => need(0.6 + i / 100, "a")),
  ...Array.from({ length: 80 }, () => notANeed(0.1, "a")),
];
const writerB = [
  ...Array.from({ length: 10 }, (_, i) => need(0.55 + i / 100, "b")),
  ...Array.from({ length: 5 }, () => notANeed(0.6, "b")),
  ...Array.from({ length: 5 }, () => notANeed(0.1, "b")),
];

describe("thresholds are chosen so that no single writer's statements become needs", () => {
  it("pooled, one writer's false needs hide behind another's rejections", () => {
    const { thresholds } = calibrate([...writerA, ...writerB], { statementGate: false });
    expect(thresholds.minConfidence).toBeLessThanOrEqual(0.6);
  });

  it("with a floor for every writer, the threshold rises above that writer's statements", () => {
    const { thresholds } = calibrate([...writerA, ...writerB], {
      statementGate: false,
      writerFloor: 0.9,
    });
    expect(thresholds.minConfidence).toBeGreaterThan(0.6);
  });

  it("leaving one writer out measures each writer with thresholds from the others", () => {
    const held = heldOutByGroup(
      new Map([
        ["a", writerA],
        ["b", writerB],
      ]),
      { statementGate: false },
    );
    expect(held.map((h) => [h.name, h.falseNeeds])).toEqual([
      ["a", 0],
      ["b", 5],
    ]);
  });
});
