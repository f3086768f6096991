import { describe, expect, it } from "vitest";
import { compilePhrase, occursIn, PhraseIndex } from "../../src/language/phrases.js";
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

describe("many phrases read at once (PhraseIndex)", () => {
  const sources = [
    "mi (picchia|picchiava) ...2 (sempre|ogni giorno)",
    "mi serve ... (aiuto|una mano)",
    "mi (strattona*|spinge)",
    "... non respira",
    "non !ce la faccio",
  ];
  const index = new PhraseIndex(sources.map((source) => compilePhrase(source)));
  const read = (text: string) => {
    const all: string[] = [];
    index.matches(tokenize(text), (i, start, end) => all.push(`${sources[i]} @${start}-${end}`));
    return all;
  };

  it("finds the phrases whose every step is there, and only those, where they start", () => {
    expect(read("non ce la faccio, non la faccio")).toEqual(["non !ce la faccio @4-7"]);
    expect(read("mi picchia quasi sempre, mi serve una mano")).toEqual([
      "mi (picchia|picchiava) ...2 (sempre|ogni giorno) @0-4",
      "mi serve ... (aiuto|una mano) @4-8",
    ]);
    // The opening word is there and the later words are not: nothing is found.
    expect(read("mi serve la badante per la sera")).toEqual([]);
    expect(read("mi strattonava e non respira")).toEqual([
      "mi (strattona*|spinge) @0-2",
      "... non respira @0-5",
      "... non respira @1-5",
      "... non respira @2-5",
      "... non respira @3-5",
    ]);
  });

  it("reads the longest phrase at each word, and may stop at the first words none covers", () => {
    const words = tokenize("mi serve una mano per la spesa, mi spinge");
    const found: string[] = [];
    expect(index.readLongest(words, (i) => found.push(sources[i] as string))).toBe(3);
    expect(found).toEqual(["mi serve ... (aiuto|una mano)", "mi (strattona*|spinge)"]);
    // Past one uncovered word («per») it stops: two are counted, «mi spinge» is not read.
    const first: string[] = [];
    expect(index.readLongest(words, (i) => first.push(sources[i] as string), 1)).toBe(2);
    expect(first).toEqual(["mi serve ... (aiuto|una mano)"]);
  });
});
