import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A wish to die said over a haircut gone wrong, dying in a queue or of embarrassment, is a way
 * of speaking, and a carer's «ya no puedo más» said beside a request for a support group is
 * asked as support: both get the need, not 112. The same words beside a danger, or said alone,
 * still alarm.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a trivial mishap said big, or a carer's strain asked as support, is no alarm", () => {
  it.each([
    "mi hanno tagliato i capelli malissimo, voglio morire 😭",
    "il parrucchiere mi ha fatto una frangia storta, voglio morire",
    "my hairdresser ruined my fringe, I want to die",
    "my haircut is awful, kill me",
    "me cortaron el pelo fatal, quiero morirme",
    "la coiffeuse m'a raté ma frange, je veux mourir",
    "cortaram-me o cabelo horrível, quero morrer",
    "cuido a mi esposo con parkinson desde hace 5 años y ya no puedo mas, hay algun grupo para hablar con otras personas como yo?",
    "ya no puedo mas, hay algun grupo de apoyo para cuidadores?",
    "I'm dying of embarrassment, my son told the teacher everything",
    "I'm dying here in this queue, it hasn't moved in an hour",
    "sto morendo qui in questa fila, a che ora aprite l'altro sportello?",
    "la fila alla posta non si muove da un'ora",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });

  it.each([
    "mio marito mi ha tagliato i capelli malissimo per punizione e mi picchia, voglio morire",
    "he cut my hair off and hit me, I want to die",
    "ho perso tutto, voglio morire",
    "ya no aguanto más, me voy a tirar",
    "ya no puedo más, necesito ayuda",
    "ya no puedo mas, hay algun grupo? esta noche me tomo todas las pastillas",
    "ya no puedo mas",
    "I'm dying here in the waiting room, my chest hurts and nobody comes",
    "sto morendo in fila, non riesco a respirare",
    "è caduto in fila alla posta e non si muove",
  ])("«%s» still alarms", (text) => {
    expect(cuesAlone(text)).not.toBeNull();
  });
});
