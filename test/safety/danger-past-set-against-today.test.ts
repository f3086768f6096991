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

/**
 * The tense of the danger says whose past it is: «mio marito mi picchia, anni fa era un uomo
 * dolce» tells blows now and a husband who was once sweet, «mi picchiava, anni fa» blows that
 * are over.
 */
describe("a danger told in the present, then a past", () => {
  it.each([
    "mio marito mi picchia, anni fa era un uomo dolce",
    "il mio compagno mi picchia tutte le sere, quando ero piccola anche mio padre lo faceva",
    "lui mi minaccia con il coltello, tanto tempo fa aveva già fatto una denuncia",
    "mio marito mi picchia. Anni fa mio padre faceva lo stesso con mia madre",
    "my husband hits me, years ago he lost his job",
    "my son hits me, as a kid he was so sweet",
    "my partner beats me every night. Years ago my father beat my mother too",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "il mio ex mi ha picchiata, tanti anni fa",
    "mio padre picchiava mia madre, quando ero piccola",
    "mia nonna racconta che suo padre la picchia quando era piccola, cerco una badante per lei",
    "my ex beat me, years ago, I'm fine now",
    "my father hit my mother, a long time ago",
    "it hurts me to remember, years ago my dad hit me, now I'm looking for a job",
  ])("«%s», told in the past, is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});
