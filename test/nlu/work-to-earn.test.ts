import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("a student who must earn the rent and tells their hand at a family's trade looks for work", () => {
  it.each([
    // Written for this test, in my own words; each was refused or read as hiring before.
    "Faccio il secondo anno di lettere, mi servono soldi per l'affitto. Ho fatto la babysitter ai miei cuginetti.",
    "Second-year engineering student, rent in Milan is insane. I've nannied two summers in Dublin, happy to do afternoons.",
  ])("%j", (text) => {
    expect(classifier.classify(text)).toMatchObject({ intent: "lavoro", ambiguous: false });
  });

  it.each([
    // A family that works for the rent and asks someone for the children stays hiring.
    [
      "Per pagare l'affitto lavoriamo tutti e due fino a sera, cerco qualcuno che tenga i bambini il pomeriggio.",
      "babysitter",
    ],
    [
      "Rent is killing us and we both work late, we need someone to pick up the kids and do some cleaning.",
      "babysitter",
    ],
  ])("a family: %j", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });
});

describe("oneself offered for a family's trade, as only a worker says it, looks for work", () => {
  it.each([
    // Written for this test, in my own words.
    "Vorrei fare la tata, ho 20 anni e tanta pazienza con i piccoli",
    "Come faccio a iscrivermi come badante? Ho esperienza con gli anziani",
  ])("%j", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });

  it("a family that asks for the trade stays hiring", () => {
    expect(classifier.classify("Vorrei una tata per mia figlia il martedì").intent).toBe(
      "babysitter",
    );
  });
});

describe("one kind of work refused for a narrower one is still work", () => {
  it.each([
    // Written for this test, in my own words.
    "Non cerco un lavoro a tempo pieno, solo qualche ora la mattina, ho già un altro impiego",
    "I'm not after a full-time job, just some hours of cleaning in the mornings",
  ])("%j", (text) => {
    expect(classifier.classify(text).intent).toBe("lavoro");
  });
});
