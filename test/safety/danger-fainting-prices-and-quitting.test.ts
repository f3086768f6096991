import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector, readDanger } from "../../src/safety/danger.js";

/**
 * Prices «da svenire» and a habit one wants to «farla finita» with are figures: no alarm, and
 * the classifier is not asked either (the message is silenced). Someone about to faint, and a
 * wish to end one's life, still alarm. Sentences of our own, none from any set.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("fainting at a price, ending a habit", () => {
  it.each([
    "i prezzi degli asili sono da svenire, ci sono nidi comunali in zona 8?",
    "il preventivo del dentista per mia madre è da svenire, c'è un ambulatorio sociale?",
    "voglio farla finita con le sigarette, c'è un centro antifumo?",
    "mio marito vuole farla finita col gioco, ci sono gruppi di aiuto?",
  ])("«%s» is no alarm, and silenced for the classifier", (text) => {
    const verdict = readDanger(detect, text);
    expect(verdict.signal).toBeNull();
    expect(verdict.silenced).toBe(true);
  });

  it.each([
    "mi gira tutto, sto per svenire, sono sola in casa",
    "mi sento da svenire, ho il cuore a mille",
    "voglio farla finita con questa vita, ho preparato le pillole",
    "voglio farla finita con tutto stasera",
  ])("«%s» alarms", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
