import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers a session-28 writer told that only the model heard, now heard by the cues in their
 * own language: a chair thrown at a mother, wrists cut, a wish someone dead, a man who says he
 * will jump, a home to be burnt with the children in it, a stalker followed to the door, a
 * push to the floor, blows now, a scream «you're killing me». Their look-alikes stay quiet.
 * Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a danger told in these words is an alarm", () => {
  it.each([
    "my stepdad threw a glass at my mum and she is bleeding",
    "my sister slit her wrists in the bathroom, she is conscious",
    "someone downstairs is yelling don't kill me, please come",
    "lui mi vuole morta, ha detto che stanotte lo fa",
    "mio cognato è alla finestra del sesto piano e dice che si butta",
    "hanno detto che danno fuoco al negozio con noi dentro",
    "mi segue uno dalla fermata fino al portone tutte le sere",
    "ele está me espancando, estou no banheiro com a porta trancada",
    "nepotul a băut și a împins-o pe bunica pe jos",
    "ne-am baricadat în dormitor, el lovește în ușă de o oră",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "we threw a party at my flat and the neighbours called the police for the noise",
    "il capo mi vuole morto con tutti questi turni di notte, cerco un altro lavoro",
    "mio figlio dice che si butta dal balcone se l'Inter perde il derby",
    "la logopedista segue mio figlio da due anni fino a casa nostra",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
