import { beforeAll, describe, expect, it } from "vitest";
import type { Ranking } from "../../src/nlu/decision.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { asPensionAsked } from "../../src/nlu/pension.js";
import { decided } from "../support/classification.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("a pension asked about in another language is for the CAF and patronato, not work", () => {
  // Written for this test, in my own words: the years of work told lean the model to work.
  it.each([
    "Am lucrat 22 de ani ca badantă în Italia, acum am 65 de ani și vreau să mă întorc acasă. Ce se întâmplă cu pensia mea de aici?",
    "我丈夫在米兰的工厂做了二十五年，今年六十六岁了，退休金要去哪里办？",
  ])("%j", (text) => {
    expect(classifier.classify(text)).toMatchObject({ intent: "caf_patronato", ambiguous: false });
  });

  it("being retired is an older person's free time, not a claim", () => {
    const text = "Tata e la pensie, sănătos tun, dar se plictisește toată ziua acasă.";
    expect(classifier.classify(text).intent).toBe("invecchiamento_attivo");
  });

  const ranking: Ranking = {
    ranked: [
      { intent: "lavoro", confidence: 0.35 },
      { intent: "corsi_italiano", confidence: 0.14 },
      { intent: "caf_patronato", confidence: 0.07 },
    ],
    outOfScope: 0,
    knownWords: 12,
  };
  const asked = (read: ReturnType<typeof decided>) => ({
    ...read,
    text: "no sabe si le corresponde la pension de aqui",
  });

  it("turns a refused or unsure reading to the benefits desk among the best needs", () => {
    expect(asPensionAsked(asked(decided("lavoro", true)), ranking, true, false).intent).toBe(
      "caf_patronato",
    );
    expect(asPensionAsked(asked(decided(null, false)), ranking, true, false).intent).toBe(
      "caf_patronato",
    );
  });

  it("keeps a sure reading, a message that only tells, Italian and English, and no pension", () => {
    const sure = asked(decided("lavoro", false));
    expect(asPensionAsked(sure, ranking, true, false)).toBe(sure);
    const unsure = asked(decided("lavoro", true));
    expect(asPensionAsked(unsure, ranking, true, true)).toBe(unsure);
    expect(asPensionAsked(unsure, ranking, false, false)).toBe(unsure);
    const retired = { ...decided("lavoro", true), text: "papa esta jubilado y se aburre" };
    expect(asPensionAsked(retired, ranking, true, false)).toBe(retired);
  });
});
