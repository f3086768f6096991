import { describe, expect, it } from "vitest";
import {
  featureTerms,
  TfIdfVectorizer,
  toldTerm,
  vocabularyStemmer,
} from "../../src/nlu/features.js";
import { WordFeatures } from "../../src/nlu/word-features.js";

const vocabulary = ["cerco", "badante", "mamma", "pasti", "pensionata"];
const training = [
  ["cerco", "badante", "mamma"],
  ["pasti", "mamma"],
  ["badante", "pensionata"],
].map((words) => featureTerms(words, [false, true, false]));
const vectorizer = TfIdfVectorizer.fit([...training, training.flat().map(toldTerm)]);
const stemmer = vocabularyStemmer(vocabulary);
const read = (words: string[], negated: boolean[]) =>
  words.map((word, i) => ({ word, negated: negated[i] as boolean }));

describe("a message's feature vectors made from its words' kept features", () => {
  it("are the vectors its feature terms give, with negated, unknown and repeated words", () => {
    const words = ["cerco", "badante", "mamma", "loreto", "bandante", "badante"];
    const negated = [false, false, true, false, false, false];
    const vectors = new WordFeatures(vectorizer, stemmer).forMessage();
    const expected = vectorizer.transform(featureTerms(words, negated));
    // Each reading of the message (whole, then a segment again) gives the terms' vector.
    expect(vectors(read(words, negated), false)).toEqual(expected);
    expect(vectors(read(words, negated), false)).toEqual(expected);
    expect(vectors(read(words.slice(3), negated.slice(3)), false)).toEqual(
      vectorizer.transform(featureTerms(words.slice(3), negated.slice(3))),
    );
  });

  it("give a message that only tells its told terms", () => {
    const words = ["badante", "pensionata", "mamma"];
    const negated = [false, false, true];
    const vectors = new WordFeatures(vectorizer, stemmer).forMessage();
    expect(vectors(read(words, negated), true)).toEqual(
      vectorizer.transform(featureTerms(words, negated).map(toldTerm)),
    );
  });

  it("are the same for a word however many messages read it before, past the unknown words kept", () => {
    const features = new WordFeatures(vectorizer, stemmer);
    const words = read(["pasti", "mammma"], [false, false]);
    const first = features.forMessage()(words, false);
    expect(first).toEqual(vectorizer.transform(featureTerms(["pasti", "mammma"], [false, false])));
    expect(features.forMessage()(words, false)).toEqual(first);
    for (let i = 0; i < 5_000; i++)
      features.forMessage()(read([`parola${i}`], [false]), i % 2 === 0);
    expect(features.forMessage()(words, false)).toEqual(first);
    expect(features.forMessage()(words, true)).toEqual(
      vectorizer.transform(featureTerms(["pasti", "mammma"], [false, false]).map(toldTerm)),
    );
  });
});
