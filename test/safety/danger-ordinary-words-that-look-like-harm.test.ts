import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * False alarms over the development sets, by cause: a danger's words said of a thing, an
 * office, a habit or a past. A citizen who asks about a pension, an ironing board or a closed
 * file gets the need, not 112; the same words said of a person in trouble still alarm.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a danger's words said of a thing, an office, a habit or a past are no alarm", () => {
  it.each([
    "in prima all'Itis è crollato in matematica, ci serve un aiuto per la discalculia",
    "c'è un nido di piccioni sul balcone e l'amministratore non risponde",
    "quanto prende di pensione un postino dopo 40 anni di servizio?",
    "al patronato mi hanno chiuso la pratica della reversibilità, finalmente",
    "Mio padre prende l'anticoagulante e gli vengono lividi sulle braccia, il medico lo sa",
    "sono scappata di casa a 18 anni per andare a studiare, ora cerco casa a Milano",
    "Who sells decent ironing boards near Porta Garibaldi? Mine just collapsed.",
    "we live on favours from neighbours and that can't go on much longer",
    "The cash machine kept my card and the bank is closed all weekend",
    "The smoke from the restaurant downstairs comes into my flat every evening, who deals with complaints?",
    "I ran away from home at 17 to study in Milan, now I'm looking for a room",
    "gjyshja 88 vjece nuk ngrihet nga shtrati, na duhet nje grua",
    "nuk pergjigjet gjithmone ne telefon dhe ne shqetesohemi",
    "femijet rrine vetem ne shtepi, me dhemb zemra",
    "tata nu mai iese din casa decat duminica la biserica",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });

  it.each([
    "mio padre è crollato in cucina e non risponde",
    "he collapsed in the kitchen and isn't breathing",
    "mio marito mi prende la pensione e mi chiude in casa",
    "my husband keeps my card and my passport, I can't leave",
    "mia figlia di 16 anni è scappata di casa stanotte e non risponde",
    "smoke from the restaurant downstairs is filling the stairs, I can't get out",
    "I can't go on like this, I want to end it",
    "u rrezua dhe nuk ngrihet",
    "bunicul nu mai iese din casă de trei zile și nu răspunde",
  ])("«%s» still alarms", (text) => {
    expect(cuesAlone(text)).not.toBeNull();
  });
});
