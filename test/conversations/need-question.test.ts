import { describe, expect, it } from "vitest";
import type { NeedQuestion } from "../../src/catalogue/schema.js";
import { matchOption } from "../../src/conversations/need-question.js";

const work: NeedQuestion = {
  text: { it: "Cerchi lavoro come assistente familiare?" },
  options: [
    { label: { it: "Sì, come assistente familiare", en: "Yes, home-care work" }, services: ["a"] },
    { label: { it: "No, un altro lavoro", en: "No, another job" }, services: ["b"] },
  ],
};

describe("a typed answer to a need's question", () => {
  it.each([
    ["sì", 0],
    ["si grazie", 0],
    ["come assistente familiare", 0],
    ["yes", 0],
    ["no", 1],
    ["un altro lavoro", 1],
    ["another job please", 1],
  ])("%j picks option %i", (answer, option) => {
    expect(matchOption(answer, work)).toBe(option);
  });

  it.each(["boh", "magari", ""])("%j picks none, so the question is asked again", (answer) => {
    expect(matchOption(answer, work)).toBe(-1);
  });
});
