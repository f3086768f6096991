import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);
// A model as unsure as the shipped one was on such messages: above its odds, below sure.
const fairlySure = createDangerDetector(cues, () => 15);

describe("relief, an arrest, visits with the children: told, not happening", () => {
  it.each([
    "l'hanno arrestato, quello che minacciava i vicini con il coltello: adesso nel cortile si sta tranquilli",
    "hanno condannato il tizio che picchiava la compagna al terzo piano",
    "il mio ex marito non mi fa vedere i bambini da un mese, serve un avvocato?",
  ])("«%s» is no emergency", (text) => {
    expect(detect(text)).toBeNull();
  });

  it("relief at last quiets a model short of sure", () => {
    expect(
      fairlySure("la mamma oggi ha mangiato tutto e ha riso con la badante, finalmente"),
    ).toBeNull();
  });

  it.each([
    ["hanno arrestato mio marito ieri, ma stasera è di nuovo qui sotto e mi minaccia", "violence"],
    ["il mio compagno non mi fa vedere nessuno e non mi fa uscire di casa", "violence"],
    ["finalmente ho il coraggio di scriverlo: mio marito mi picchia", "violence"],
  ])("«%s» still alarms", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});
