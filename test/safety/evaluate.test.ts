import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createDangerDetector } from "../../src/safety/danger.js";
import {
  DANGER_SETS,
  evaluateDanger,
  formatDangerReport,
  reportDanger,
} from "../../src/safety/evaluate.js";

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

describe("the danger tables of `npm run eval` never show a test set's messages", () => {
  it("a development set's misses are listed, a test set's are only counted", async () => {
    const dir = await mkdtemp(join(tmpdir(), "danger-sets-"));
    const line = (text: string) => `${JSON.stringify({ text, danger: true })}\n`;
    await Promise.all([
      ...DANGER_SETS.dev.map((file) => writeFile(join(dir, file), line(`dev missed ${file}`))),
      ...DANGER_SETS.test.map((file) => writeFile(join(dir, file), line(`test missed ${file}`))),
    ]);
    const silent = createDangerDetector({});
    const printed: string[] = [];
    const met = await reportDanger({ cues: silent, detector: silent, bot: silent }, dir, (lines) =>
      printed.push(...lines.split("\n")),
    );
    await rm(dir, { recursive: true });
    expect(met).toBe(false);
    expect(printed.filter((l) => l.includes("missed: dev missed"))).toHaveLength(
      3 * DANGER_SETS.dev.length,
    );
    expect(printed.filter((l) => l.includes("test missed"))).toEqual([]);
    expect(printed.filter((l) => l.startsWith("bot, test set"))).toHaveLength(
      DANGER_SETS.test.length,
    );
  });
});
