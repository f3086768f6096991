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

describe("an older relative whose family is far, told in Italian or English", () => {
  // Written for these tests, in my own words; each was refused before (data/nlu/README.md,
  // session 35).
  it.each([
    [
      "Mio nonno ha 90 anni e vive da solo. La settimana scorsa è caduto in cucina e l'ha trovato il portiere. Io lavoro all'estero e torno solo a Natale.",
    ],
    [
      "My nan is 88 and has started wandering out at night in her dressing gown. I live in Edinburgh and my brother lives in Canada.",
    ],
  ])("%j needs a carer at home: what they can no longer do safely alone", (text) => {
    expect(classifier.classify(text).intent).toBe("badante");
  });

  it.each([
    [
      "My uncle is 79 and lives on his own. Last month he didn't answer the phone for four days and nobody noticed. I'm in Toronto.",
    ],
    [
      "Mio padre ha 85 anni e si confonde con le medicine, non vuole una badante in casa. Io vivo in Germania.",
    ],
  ])("%j needs someone to keep an eye on them: nobody notices, or the carer is refused", (text) => {
    expect(classifier.classify(text).intent).toBe("custode_sociale");
  });

  it.each([
    ["Mia madre ha 80 anni, io abito in Svizzera e la sento ogni sera: sta benissimo."],
    [
      "My mum turned 80 last week, I live in Dublin so I flew over for the party. She was so happy.",
    ],
  ])("%j is news of a parent from afar, no need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });
});
