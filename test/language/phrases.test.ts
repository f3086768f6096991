import { describe, expect, it } from "vitest";
import { compilePhrase, occursIn } from "../../src/language/phrases.js";
import { tokenize } from "../../src/nlu/normalize.js";

const found = (phrase: string, text: string) => occursIn(tokenize(text), compilePhrase(phrase));

describe("phrases written by content editors", () => {
  it("a gap spans three words unless it says how many", () => {
    expect(found("caduta ... non", "è caduta in cucina stamattina e non si alza")).toBe(false);
    expect(found("caduta ...5 non", "è caduta in cucina stamattina e non si alza")).toBe(true);
  });

  it("any word of a group may be a prefix, not only the last", () => {
    expect(found("(pres* per) i capelli", "mi ha presa per i capelli")).toBe(true);
    expect(found("(pres* per) i capelli", "mi ha preso per i capelli")).toBe(true);
    expect(found("(pres* per) i capelli", "mi ha preso i capelli")).toBe(false);
  });
});
