import { describe, expect, it } from "vitest";
import { featureTerms, vocabularyStemmer } from "../../src/nlu/features.js";

describe("feature terms read with a model's vocabulary", () => {
  const vocabulary = ["badante", "mamma", "cerco"];

  it("are the terms the plain stemmers give, for words in and out of the vocabulary", () => {
    const stemmer = vocabularyStemmer(vocabulary);
    const words = ["cerco", "badante", "mamma", "loreto", "bandante"];
    const negated = [false, false, true, false, false];
    const plain = featureTerms(words, negated);
    // A message is read several times: the kept words give the same terms each time.
    expect(featureTerms(words, negated, stemmer)).toEqual(plain);
    expect(featureTerms(words, negated, stemmer)).toEqual(plain);
  });

  it("stay the same after thousands of other words have come and gone", () => {
    const stemmer = vocabularyStemmer(vocabulary);
    const words = ["badante", "pensionata"];
    const before = featureTerms(words, [], stemmer);
    for (let i = 0; i < 10_000; i++) featureTerms([`parola${i}`], [], stemmer);
    expect(featureTerms(words, [], stemmer)).toEqual(before);
    expect(before).toContain("c:<ba");
    expect(before).toContain("b:badant_pension");
  });
});
