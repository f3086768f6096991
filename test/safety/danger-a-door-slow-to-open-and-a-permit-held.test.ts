import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Words of a danger said of something ordinary: a widow who does not open the door at once (she
 * is slow, not fallen), and Spanish «tiene el permesso» (he has a permit, nobody keeps it from
 * him). A door that does not open since yesterday, and papers kept from someone, still alarm.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("a door slow to open and a permit held are no alarm", () => {
  it.each([
    "la vicina è vedova, certi giorni non la vedo uscire e mi preoccupo, busso e non apre subito. sta in piedi, vorrei qualcuno che le faccia compagnia",
    "hola mi sobrino tiene 22 años y busca trabajo, tiene el permesso por estudio puede trabajar unas horas",
  ])("«%s» is quiet", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    ["collapse", "ho bussato e non apre, da ieri non la sento"],
    ["violence", "mio marito mi tiene i documenti e il passaporto chiusi a chiave"],
    ["violence", "la figlia le tiene la pensione e non le dà niente"],
  ])("(%s) «%s» still alarms", (kind, text) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});
