import { describe, expect, it } from "vitest";
import { createFuzzyVocabulary, typoDistance } from "../../src/geo/fuzzy.js";

describe("typos in a street's name", () => {
  it("counts a letter missing, added, changed or two swapped as one typo", () => {
    expect(typoDistance("padova", "padva")).toBe(1);
    expect(typoDistance("padova", "paddova")).toBe(1);
    expect(typoDistance("padova", "pedova")).toBe(1);
    expect(typoDistance("padova", "pdaova")).toBe(1);
    expect(typoDistance("padova", "padova")).toBe(0);
  });

  it("edits each letter once (a swap then a change is two typos, not one)", () => {
    expect(typoDistance("ca", "abc")).toBe(3);
    expect(typoDistance("", "via")).toBe(3);
    expect(typoDistance("un nome di strada molto più lungo del solito", "")).toBe(44);
  });

  it("corrects a long street name with two typos to the known one", () => {
    const streets = createFuzzyVocabulary(["lorenteggio", "gratosoglio"]);
    expect(streets.correct("lorentegio")).toEqual(["lorenteggio"]);
    expect(streets.correct("gratosgolio")).toEqual(["gratosoglio"]);
  });
});
