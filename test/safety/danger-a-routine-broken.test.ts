import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * An old neighbour or parent not seen or heard for days, told against what they usually do: the
 * routine is what has broken, not something that happens at times, so the alarm is heard. A
 * routine told with no silence against it (a carer who usually comes, a habit of fainting when
 * standing) stays a need. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a usual routine set against days of silence is an alarm", () => {
  it.each([
    "il signor Franco di solito passa da me ogni pomeriggio, ma da tre giorni la porta resta chiusa e non risponde",
    "mia zia non risponde al cellulare da ieri sera e di solito mi scrive appena sveglia",
    "dall'appartamento sopra un tonfo e poi più niente, di solito a quest'ora lei guarda la tv",
    "the lady next door usually goes out for bread at 8, I haven't seen her for two days and she doesn't answer the door",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("a routine told with no silence against it stays quiet", () => {
  it.each([
    "di solito la badante viene il martedì, ne cerchiamo una anche per il sabato",
    "la mia vicina di solito fa la spesa da sola, c'è un servizio che la accompagni?",
    "di solito sviene quando si alza troppo in fretta, cosa possiamo fare?",
    "my mum usually gets dizzy when she stands up, is there a nurse who could visit?",
    "di solito mio padre non risponde al telefono la mattina, cerco un corso di informatica per lui",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
