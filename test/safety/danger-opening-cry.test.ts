import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * An anxious or angry request opened by a call for help («AIUTO! cerco qualcuno per stirare»,
 * «HELP!!! the ISEE is due tomorrow») is read for what it asks: the model does not read the
 * opening cry, which it learnt as a danger word. The cry alone is still an alarm, and a cry that
 * ends a message is still read. A model that hears only those cries stands in for the trained
 * one, so that what is tested is what the model is given to read. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const hearsCries = (text: string) => (/\b(aiuto|aiutami|help|paura)\b/i.test(text) ? 50 : -50);
const detect = createDangerDetector(cues, hearsCries);

describe("a request opened by a call for help is read for what it asks", () => {
  it.each([
    "AIUTO! LA BABYSITTER SI È AMMALATA E DOMANI SERA LAVORIAMO TUTTI E DUE",
    "Aiuto!!! Devo rinnovare l'ISEE entro venerdì e non so quali documenti servono",
    "HELP!!! My dad's carer hasn't come for three days and the agency doesn't answer",
    "Ho paura. Mia madre vive sola e vorrei qualcuno che le porti la spesa due volte a settimana",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a call for help alone, or at the end, is still heard", () => {
  it.each([
    [
      "AIUTO!",
      "(aiuto|aiutatemi|aiutami|aiuto aiuto|aiuto vi prego|vi prego aiuto|aiuto per favore|aiutatemi vi prego|sos|sos aiuto)",
    ],
    ["non riesco a parlare. è qui fuori dalla porta. aiutami", "model"],
  ])("«%s»", (text, cue) => {
    expect(detect(text)?.cue).toBe(cue);
  });
});
