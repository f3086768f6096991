import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("WeMi heard of and not understood", () => {
  // Written for these tests, in my own words; each was refused before (data/nlu/README.md,
  // session 35).
  it.each([
    [
      "My GP mentioned WeMi last week when we talked about my son. I'm not sure what it is, or whether it's for families like ours.",
    ],
    [
      "Mia cognata mi ha detto di scrivervi per mia suocera, ma non ho capito bene cosa fate e come funziona.",
    ],
  ])("%j asks what WeMi is, not for the relative's need", (text) => {
    expect(classifier.classify(text).intent).toBe("info_wemi");
  });

  it("a need asked beside it is still taken", () => {
    // The need first until session 36; the model that learns from the older writers (session
    // 37) reads what WeMi is first and the carer as the second need: both are answered.
    const text =
      "Non ho capito bene cosa fate, ma cerco una badante per mia madre che non cammina più.";
    const read = classifier.classify(text);
    expect([read.intent, read.also]).toContain("badante");
  });
});
