import { beforeAll, describe, expect, it } from "vitest";
import type { Ranking } from "../../src/nlu/decision.js";
import { asTradeHired, toldHiring } from "../../src/nlu/hiring.js";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { decided } from "../support/classification.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("a family hiring in another language asks for the trade, not for work", () => {
  // Written for this test, in my own words, as families from abroad write.
  it("«quiero contratar una colf con contrato en regla…» is a home helper wanted, not work", () => {
    const read = classifier.classify(
      "quiero contratar una colf con contrato en regla, que papeles hacen falta?",
    );
    expect(read.intent).toBe("colf");
  });

  it.each([
    "quiero contratar una colf",
    "queremos contratar a alguien para cuidar a mi madre",
    "quero contratar uma empregada",
    "vreau să angajez o bonă",
    "хочу найняти доглядальницю",
    "хотим нанять сиделку для мамы",
    "je cherche à embaucher une nounou",
    "dua të punësoj një kujdestare",
  ])("«%s» tells the family hires", (text) => {
    expect(toldHiring(text)).toBe(true);
  });

  it.each([
    // The one hired: work sought.
    "vreau să mă angajez ca îngrijitoare",
    "sin italiano nadie me contrata",
    "dua të punësohem si kujdestare",
    // A hiring refused.
    "no quiero contratar a nadie, busco trabajo de niñera",
  ])("«%s» is not a family hiring", (text) => {
    expect(toldHiring(text)).toBe(false);
  });

  const ranking: Ranking = {
    ranked: [
      { intent: "lavoro", confidence: 0.5 },
      { intent: "colf", confidence: 0.3 },
      { intent: "corsi_italiano", confidence: 0.1 },
    ],
    outOfScope: 0,
    knownWords: 4,
  };

  it("turns a reading of work to the trade the model ranks best", () => {
    expect(asTradeHired(decided("lavoro", false), ranking, true).intent).toBe("colf");
    expect(asTradeHired(decided("lavoro", true), ranking, true).intent).toBe("colf");
  });

  it("leaves another need, a refusal, and a message that hires no one as they were", () => {
    for (const read of [decided("corsi_italiano", false), decided(null, false)])
      expect(asTradeHired(read, ranking, true)).toBe(read);
    expect(asTradeHired(decided("lavoro", false), ranking, false).intent).toBe("lavoro");
  });
});
