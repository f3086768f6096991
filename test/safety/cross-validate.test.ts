import { describe, expect, it } from "vitest";
import { cuesOnlyIn, withoutCues } from "../../src/safety/cross-validate.js";
import { createDangerDetector, cueId } from "../../src/safety/danger.js";

describe("reading a held-out writer without the cues written from that writer", () => {
  const cues = { it: { violence: ["mi picchia", "mi prende a schiaffi"], over: ["anni fa"] } };
  const detector = createDangerDetector(cues);
  const sets = {
    anna: [
      { text: "mio marito mi picchia", danger: true },
      { text: "mi prende a schiaffi ogni sera", danger: true },
    ],
    bruno: [{ text: "lui mi picchia, aiutatemi", danger: true }],
  };

  it("a phrase that matches one writer's messages only is that writer's, one that matches two is general", () => {
    const onlyIn = cuesOnlyIn(sets, detector.cuesIn ?? (() => []));
    expect([...(onlyIn.get("anna") ?? [])]).toEqual([
      cueId("it", "violence", "mi prende a schiaffi"),
    ]);
    expect([...(onlyIn.get("bruno") ?? [])]).toEqual([]);
  });

  it("without that writer's phrases, the writer's message they alone caught is missed", () => {
    const left = new Set([cueId("it", "violence", "mi prende a schiaffi")]);
    const without = createDangerDetector(withoutCues(cues, left));
    expect(without("mi prende a schiaffi ogni sera")).toBeNull();
    expect(without("mio marito mi picchia")).not.toBeNull();
  });
});
