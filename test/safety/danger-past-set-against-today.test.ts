import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A danger told now, then a past set against it in the same sentence («mio marito mi picchia,
 * anni fa era diverso»): the past says today is not so, and no longer silences the blows. A
 * violence told as long over, and a past that was different told beside a need, stay quiet.
 * Sentences of our own, none from any set.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a past that was different, set against today", () => {
  it.each([
    "mio marito mi picchia, da giovane era diverso",
    "mio marito mi picchia, anni fa era diverso",
    "mio marito mi picchia, anni fa non era così",
    "my husband hits me, when I was young he was different",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "anni fa il mio ex mi picchiava, ci siamo separati, ora cerco lavoro come educatrice",
    "years ago my ex used to hit me, it's behind me, now I'm looking for a cleaning job",
    "da giovane mio padre era diverso, ora è anziano e dolce, cerco una badante",
    "when I was young things were different, now I'm 80 and lonely, is there a day centre?",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});
