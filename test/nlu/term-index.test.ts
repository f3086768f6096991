import { describe, expect, it } from "vitest";
import { TermIndex } from "../../src/nlu/term-index.js";

describe("a model's vocabulary kept compact", () => {
  it("finds each term at its place, in any script, and nothing it was not given", () => {
    const terms = [
      "w:badant",
      "c:<ba",
      "e:care",
      "w:ماما",
      "b:mamm_badant",
      "w:",
      "c:ant>",
      "c:an",
    ];
    const index = TermIndex.of(terms);
    expect(index.size).toBe(terms.length);
    for (const [i, term] of terms.entries()) {
      expect(index.indexOf(term)).toBe(i);
      expect(index.term(i)).toBe(term);
    }
    // Prefixes, extensions and neighbours of stored terms are other terms.
    for (const other of ["w:badan", "w:badante", "c:<b", "c:ant", "w:ماما ", "c:ant>c", "b:mamm"])
      expect(index.indexOf(other)).toBe(-1);
  });

  it("answers as a Map over a vocabulary as large as the model of every language's", () => {
    const terms = Array.from({ length: 72_000 }, (_, i) => `c:${(i * 7919).toString(36)}`);
    const map = new Map(terms.map((term, i) => [term, i]));
    const index = TermIndex.of(terms);
    for (let i = 0; i < 150_000; i += 7) {
      const term = `c:${i.toString(36)}`;
      expect(index.indexOf(term)).toBe(map.get(term) ?? -1);
    }
  });

  it("comes back from its one string of terms as it was, a term given twice at its first place", () => {
    const terms = ["w:badant", "c:<ba", "w:ماما", "w:badant", "w:", "b:mamm_badant"];
    const { text, ends } = TermIndex.of(terms).joinedTerms;
    const index = TermIndex.joined(text, ends);
    expect(index.size).toBe(terms.length);
    expect(terms.map((term) => index.indexOf(term))).toEqual([0, 1, 2, 0, 4, 5]);
    expect(terms.map((_, i) => index.term(i))).toEqual(terms);
    expect(index.indexOf("w:badan")).toBe(-1);
    expect(() => TermIndex.joined(text.slice(1), ends)).toThrow();
  });
});
