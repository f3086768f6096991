import { beforeAll, describe, expect, it } from "vitest";
import { toldInPlace } from "../../src/nlu/in-place.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

// Messages written for these tests, in my own words (session 33, second round).
describe("a family that tells a service it follows, has finished, or that comes back is asking for none", () => {
  it.each([
    // Followed as a habit, with how long or how often.
    "Mia figlia fa psicomotricità da due anni alla Barona.",
    "We're doing Italian classes every Monday at the library.",
    // A course or a programme finished.
    "Mio marito ha finito il corso di italiano a giugno.",
    // The worker named with an article and coming back.
    "The social custodian comes every Thursday to check on my aunt.",
    "la colf viene il martedì e il venerdì",
    // A carer's role told, with how long.
    "I've been my mother's carer for four years.",
    "Sono il caregiver di mia moglie da tre anni.",
  ])("%j is not read as a need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it.each([
    // Asked, hard or missing: still the need.
    ["Sono la caregiver di mio marito da sette anni e sono sfinita.", "caregiver"],
    ["I've been my dad's carer for two years and I can't cope anymore.", "caregiver"],
    ["Cerco una colf che venga il martedì.", "colf"],
  ])("%j keeps its need", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });
});

describe("a learning disorder the family shares, told and nothing asked, is asking for none", () => {
  it.each([
    "My wife is dyslexic and so is our daughter",
    "Mio figlio è dislessico, e anche suo padre lo è",
  ])("%j is not read as a need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it("the same told with the homework it costs keeps its need", () => {
    const text =
      "My wife is dyslexic and so is our daughter, homework is a nightmare every evening";
    expect(classifier.classify(text).intent).toBe("dsa");
  });
});

// Messages written for these tests, in my own words (session 35, third round).
describe("a child who sees a therapist as a habit is no request", () => {
  it.each([
    "My son sees a speech therapist twice a week for his dyslexia",
    "Mio figlio va dalla logopedista due volte a settimana per la dislessia",
  ])("%j is not read as a need", (text) => {
    expect(toldInPlace(text)).toBe(true);
    expect(classifier.classify(text).intent).toBeNull();
  });

  it("the same told with what is not going well keeps its need", () => {
    const text =
      "Mio figlio va dalla logopedista due volte a settimana per la dislessia, ma non migliora";
    expect(toldInPlace(text)).toBe(false);
    expect(classifier.classify(text).intent).toBe("dsa");
  });
});
