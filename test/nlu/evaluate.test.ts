import { describe, expect, it } from "vitest";
import type { Classification } from "../../src/nlu/classifier.js";
import type { LabelledMessage } from "../../src/nlu/dataset.js";
import { type Outcome, summarize, withPrecedence } from "../../src/nlu/evaluate.js";

const outcome = (text: string, intent: string | null, got: string | null): Outcome => {
  const message: LabelledMessage = { text, intent, file: "set.jsonl" };
  const result: Classification = {
    text,
    intent: got,
    confidence: 0.4,
    alternatives: [],
    ambiguous: got === null,
  };
  return { message, result, top3: got === null ? [] : [got] };
};

describe("the figures a citizen meets, with the danger reader ahead of the classifier", () => {
  const outcomes = [
    outcome("mio marito mi picchia", "emergenza", null),
    outcome("cerco una badante", "badante", "badante"),
    outcome("che bel film sulla violenza", null, null),
  ];
  const dangerous = (text: string) => text.includes("picchia") || text.includes("film");

  it("counts a danger message the reader answers as understood, though the classifier missed it", () => {
    expect(summarize(outcomes).top1).toBeCloseTo(1 / 2);
    expect(summarize(withPrecedence(outcomes, dangerous, "emergenza")).top1).toBe(1);
  });

  it("counts a false alarm of the reader on an ordinary message as a false need", () => {
    const bot = summarize(withPrecedence(outcomes, dangerous, "emergenza"));
    expect(bot.outOfScopeRejection).toBe(0);
    expect(bot.falsePositives).toBe(1);
  });
});
