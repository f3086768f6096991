import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("an older relative who is not to be left alone, told in another language", () => {
  // Written for these tests, in my own words.
  it.each([
    ["Мама після інсульту, їй не можна бути одній, а в мене двоє малих дітей і робота до вечора"],
    [
      "Bunica a ieșit din spital și nu mai poate sta singură, eu am doi copii mici și lucrez în ture",
    ],
    [
      "Mi abuela salió del hospital y no puede quedarse sola, yo tengo dos niños chicos y trabajo todo el día",
    ],
  ])("%j needs a home carer, not a babysitter for the teller's children", (text) => {
    expect(classifier.classify(text).intent).toBe("badante");
  });

  it("while meals asked for him in so many words are still the meals", () => {
    const text = "Mi padre no puede estar solo mucho tiempo, ¿hay comidas a domicilio para él?";
    expect(classifier.classify(text).intent).toBe("pasti_domicilio");
  });
});
