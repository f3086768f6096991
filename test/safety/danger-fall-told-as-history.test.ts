import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a fall told as history, to ask for help at home, is no emergency", () => {
  it.each([
    "La signora ha 90 anni e dopo la caduta non riesce a stare in piedi davanti ai fornelli, le portate il pranzo?",
    "oggi sono caduta per strada in via Padova, mi hanno aiutata subito, solo un livido. però vorrei qualcuno che mi accompagni quando esco",
  ])("«%s» is quiet", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "dopo la caduta di stamattina è per terra e non si alza",
    "mia madre è caduta per terra, solo un livido ma ora non risponde",
  ])("a fall that is still happening still alarms: «%s»", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});
