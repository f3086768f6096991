import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("two needs asked in Spanish, Romanian and Ukrainian", () => {
  it.each([
    "necesito una empleada doméstica y también una niñera",
    "caut o menajeră și de asemenea o bonă",
    "мені потрібна хатня робітниця і також няня",
  ])("%j is read as a cleaner, with the babysitter offered beside it", (text) => {
    const { intent, also } = classifier.classify(text);
    expect([intent, also]).toEqual(["colf", "babysitter"]);
  });

  it.each([
    "Preciso de uma babá para o meu filho e também uma empregada para limpar a casa",
    "أبحث عن مربية لابني و كذلك امرأة للتنظيف",
  ])("%j offers both the babysitter and the cleaner, whichever leads", (text) => {
    const { intent, also } = classifier.classify(text);
    expect([intent, also].sort()).toEqual(["babysitter", "colf"]);
  });

  it("Romanian typed without diacritics, «si as vrea si» (and I would also like), asks for the second need too", () => {
    const { intent, also } = classifier.classify(
      "caut de lucru ca bona si as vrea si un curs de italiana",
    );
    expect([intent, also]).toEqual(["lavoro", "corsi_italiano"]);
  });

  it("«ya no puede hacer la compra ni cocinar» is the shopping, with meals offered beside it", () => {
    const { intent, also } = classifier.classify("mi madre ya no puede hacer la compra ni cocinar");
    expect([intent, also]).toEqual(["spesa_domicilio", "pasti_domicilio"]);
  });

  it.each([
    "no necesito ni una cuidadora ni una limpiadora, busco un curso de italiano",
    "nu vreau nici bonă, caut un curs de italiană",
  ])("a list of refused needs («ni… ni…», %j) offers none of them", (text) => {
    const { intent, also } = classifier.classify(text);
    expect(intent).toBe("corsi_italiano");
    expect(also).toBeUndefined();
  });
});
