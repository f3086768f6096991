import { describe, expect, it } from "vitest";
import { createDangerDetector } from "../../src/safety/danger.js";
import { evaluateDanger, formatDangerReport } from "../../src/safety/evaluate.js";

describe("the danger figures count a gentle line apart from an alarm", () => {
  const detector = createDangerDetector({
    it: {
      violence: ["mi picchia*"],
      request: ["cerco lavoro"],
      ended: ["ci siamo separati"],
    },
  });
  const set = [
    { text: "mi picchia ogni sera", danger: true },
    { text: "mi picchiava, ci siamo separati, cerco lavoro", danger: true },
    { text: "mi picchiava, ci siamo separati e ora cerco lavoro come colf", danger: false },
    { text: "cerco lavoro", danger: false },
  ];

  it("a danger answered only gently is missed, an ordinary message answered gently is no false alarm", () => {
    const report = evaluateDanger(detector, set);
    expect(report.missed).toEqual(["mi picchiava, ci siamo separati, cerco lavoro"]);
    expect(report.falseAlarms).toEqual([]);
    expect(report.gentle.dangers).toHaveLength(1);
    expect(report.gentle.ordinary).toHaveLength(1);
    expect(formatDangerReport("set", report).split("\n")[0]).toContain(
      "need and gentle line (112, 1522) 1 danger, 1 ordinary",
    );
  });
});
