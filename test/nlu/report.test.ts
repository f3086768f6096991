import { describe, expect, it } from "vitest";
import type { Classification } from "../../src/nlu/classifier.js";
import type { LabelledMessage } from "../../src/nlu/dataset.js";
import type { Outcome } from "../../src/nlu/evaluate.js";
import { formatEvaluation } from "../../src/nlu/report.js";

const outcome = (text: string, intent: string | null, got: string | null): Outcome => {
  const message: LabelledMessage = { text, intent, file: "set.jsonl" };
  const result: Classification = {
    text,
    intent: got,
    confidence: 0.6,
    alternatives: [],
    ambiguous: false,
  };
  return { message, result, top3: got === null ? [] : [got] };
};

describe("the tables of `npm run eval` never show an evaluation set's messages", () => {
  const outcomes = [
    outcome("la tata di mio nipote è bravissima", null, "babysitter"),
    outcome("cerco una badante per papà", "badante", "badante"),
  ];

  it("a development set's confusions are shown with their texts, to be read while tuning", () => {
    const printed = formatEvaluation(outcomes, [], { showTexts: true });
    expect(printed).toContain('1 × (none) → babysitter: "la tata di mio nipote è bravissima"');
  });

  it("an evaluation set's confusions are only counted", () => {
    const printed = formatEvaluation(outcomes, [], { showTexts: false });
    expect(printed).toContain("1 × (none) → babysitter");
    expect(printed).not.toContain("bravissima");
    expect(printed).not.toContain("papà");
  });
});
