import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { italianForLearner } from "../../src/nlu/learner-words.js";

describe("Spanish and Romanian words inside a learner's Italian", () => {
  it("reads them as the Italian words they stand for", () => {
    expect(italianForLearner(["busco", "una", "chica", "que", "cuide", "ninos"])).toEqual([
      "cerco",
      "una",
      "ragazza",
      "que",
      "assista",
      "bambini",
    ]);
    expect(italianForLearner(["mia", "mamma", "necesita", "aiuto"])).toEqual([
      "mia",
      "mamma",
      "ha",
      "bisogno",
      "aiuto",
    ]);
    expect(italianForLearner(["caut", "lucru"])).toEqual(["cerco", "lavoro"]);
  });

  it("leaves words an Italian writes too", () => {
    const italian = ["mama", "tiene", "bisogno", "de", "una", "persona", "constructor"];
    expect(italianForLearner(italian)).toEqual(italian);
  });
});

describe("a learner of Italian who mixes in words of home", () => {
  let classifier: IntentClassifier;
  beforeAll(async () => {
    classifier = await loadClassifier();
  }, 120_000);

  it.each([
    ["sono rumena, caut de lucru come badante, ho documenti", "lavoro"],
    [
      "faccio i turni di notte in fabbrica e mio marito è lontano, i bambini restano soli, busco una chica que los cuide",
      "babysitter",
    ],
  ])("%j is understood as %s", (text, need) => {
    expect(classifier.classify(text).intent).toBe(need);
  });
});
