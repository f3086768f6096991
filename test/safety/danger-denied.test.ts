import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

const detector = loadDangerDetector(join(PROJECT_ROOT, "locales"));
const verdict = (text: string) => detector.verdict?.(text);

describe("blows denied, beside a request for an everyday service", () => {
  it.each([
    "il mio compagno non mi picchia, però mi urla che sono una nullità e mi controlla il cellulare. cerco un lavoro per essere indipendente",
    "mio marito non mi ha mai picchiata, ma controlla i messaggi sul mio telefono ogni sera. vorrei informazioni sui corsi di italiano",
  ])("«%s» gets the need with the gentle 112/1522 line, not the alarm", (text) => {
    expect(verdict(text)?.signal).toBeNull();
    expect(verdict(text)?.caution?.kind).toBe("violence");
  });

  it.each([
    // no request: the control told alone keeps the alarm
    "il mio compagno non mi picchia, però mi urla che sono una nullità e mi controlla il cellulare",
    // brought back to now: tonight he threatened her
    "non mi picchia più, ma stasera mi ha minacciata col coltello. cerco lavoro",
  ])("«%s» still alarms", (text) => {
    expect(verdict(text)?.signal?.kind).toBe("violence");
  });
});
