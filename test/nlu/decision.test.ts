import { describe, expect, it } from "vitest";
import { decideWithSegments, type Ranking } from "../../src/nlu/decision.js";
import type { Thresholds } from "../../src/nlu/thresholds.js";

const thresholds: Thresholds = {
  minConfidence: 0.42,
  ambiguityMargin: 0.39,
  suggestConfidence: 0.36,
  alsoConfidence: 0.9,
};
const ranking = (meals: number, outOfScope: number): Ranking => ({
  ranked: [
    { intent: "pasti_domicilio", confidence: meals },
    { intent: "operatore", confidence: 0.002 },
  ],
  outOfScope,
  knownWords: 3,
});

describe("a segment that names a need, in a message that leans elsewhere", () => {
  // "pasti a domicilio per me stasera, sushi o pizza?": the first segment is sure of the meal
  // service, the whole message of a dinner for oneself.
  const text = "pasti a domicilio per me stasera, sushi o pizza?";
  const segments = [ranking(0.95, 0.04), ranking(0.01, 0.98)];

  it("is not taken for the need when the whole message is surely out of scope", () => {
    const decision = decideWithSegments(text, ranking(0.02, 0.97), segments, false, thresholds);
    expect(decision.intent).toBeNull();
  });

  it("is taken for it when the whole message leans to the same need, only unsure", () => {
    const decision = decideWithSegments(text, ranking(0.3, 0.2), segments, false, thresholds);
    expect(decision.intent).toBe("pasti_domicilio");
  });
});
