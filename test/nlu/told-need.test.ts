import { describe, expect, it } from "vitest";
import type { Ranking } from "../../src/nlu/index.js";
import { turnedTo } from "../../src/nlu/told-need.js";
import { decided } from "../support/classification.js";

// «My wife is Brazilian… at the doctor's or the kids' school she's completely lost»: the children,
// the doctor and the shops spread the model, and Italian courses come fourth.
const story: Ranking = {
  ranked: [
    { intent: "babysitter", confidence: 0.05 },
    { intent: "pasti_domicilio", confidence: 0.03 },
    { intent: "spesa_domicilio", confidence: 0.03 },
    { intent: "corsi_italiano", confidence: 0.02 },
    { intent: "lavoro", confidence: 0.01 },
    { intent: "colf", confidence: 0.005 },
  ],
  outOfScope: 0.8,
  knownWords: 6,
};
const refused = decided(null, false, 0.05);

describe("a story turned to the need its words tell", () => {
  it("is turned when the model refused it and counts the need among its best five", () => {
    expect(turnedTo(refused, story, "corsi_italiano", undefined).intent).toBe("corsi_italiano");
  });

  it("is left refused when the model does not count the need among its best five", () => {
    expect(turnedTo(refused, story, "colf", undefined).intent).toBeNull();
  });

  it("keeps a need the model read unless the story's need is among its best three", () => {
    const read = { ...refused, intent: "babysitter", confidence: 0.6 };
    expect(turnedTo(read, story, "corsi_italiano", undefined).intent).toBe("babysitter");
    expect(turnedTo(read, story, "spesa_domicilio", undefined).intent).toBe("spesa_domicilio");
  });

  it("counts no place for a need the message refused by name («non ha bisogno di badanti…»)", () => {
    // The model's second best was refused by name, so the decision no longer offers it: the
    // story's need, fourth in the ranking, is third among what is offered.
    const read = {
      ...refused,
      intent: "babysitter",
      confidence: 0.3,
      ambiguous: true,
      alternatives: [story.ranked[2], story.ranked[3]].filter((r) => r !== undefined),
    };
    expect(turnedTo(read, story, "corsi_italiano", undefined).intent).toBe("corsi_italiano");
  });
});
