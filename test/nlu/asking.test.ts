import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("a need asked as a recommendation or a contact (session 31, third round)", () => {
  it.each([
    ["can you recommend a cleaner?", "colf"],
    ["conoscete una brava badante?", "badante"],
    ["any tips for finding a nanny?", "babysitter"],
    ["could you recommend a carer for my mum?", "badante"],
    ["avete il contatto di una colf?", "colf"],
  ])("%j asks for the need it names", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });

  it.each([
    // What is no WeMi need stays refused, asked in the same words.
    "can you recommend a restaurant?",
    "mi consigliate un idraulico?",
    "conoscete un buon ristorante?",
    "Mi consigli una pizzeria buona a Lorenteggio?",
    "mi consigliate un libro sull'Alzheimer da leggere?",
    // A recommendation told praises: it asks for nothing.
    "la nostra badante è bravissima, ve la consiglio",
  ])("%j is no need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });
});
