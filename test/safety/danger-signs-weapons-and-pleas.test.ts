import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Dangers told by their signs: blows with a belt, a weapon kept by the bed, a threat to stab,
 * to «end it with all of us» or to blow everyone up, a photo of one's door from a stalker, a
 * plea then silence, lips gone purple, days without an answer, letters left for everyone, a
 * burden lifted for good, a burden said and then one's things given away. Their look-alikes
 * stay quiet: «help» over a form, the sun that «beat» one, a house neglected, panic over
 * finding a new carer, nerves, a car given away. Sentences of our own, none from the
 * development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("dangers told by their signs alarm", () => {
  it.each([
    ["my stepdad hits my little brother with a belt when mum is at work", "violence"],
    ["il patrigno picchia mio fratello con la cinghia quando la mamma lavora", "violence"],
    ["ha detto che stasera la fa finita con tutti noi e ha un fucile in cantina", "violence"],
    ["tiene il coltello sotto il cuscino e dice che prima o poi lo usa", "violence"],
    ["my ex threatened to stab me if I go to the police", "violence"],
    ["someone sent me a photo of my front door at 3am, I don't know who", "violence"],
    ["a zis că îl omoară pe fratele meu dacă mai vine aici", "violence"],
    ["mia cugina mi ha scritto «vienimi a prendere» e poi niente, telefono spento", "violence"],
    ["mia madre ha le labbra che sono diventate viola e non parla", "collapse"],
    ["my aunt lives alone and hasn't answered the phone for three days", "collapse"],
    ["non darò più fastidio a nessuno, stanotte è l'ultima", "self_harm"],
    ["mio padre ha lasciato delle lettere per tutti e non si trova", "self_harm"],
    ["il vicino ha detto che stasera ci fa saltare tutti in aria col gas", "violence"],
    ["he said he'll blow us all up, he has gas canisters in the flat", "violence"],
    [
      "mum says we'd be better off without her and this morning she gave away her jewellery",
      "self_harm",
    ],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });
});

describe("their look-alikes are no alarm", () => {
  it.each([
    "aiuto, non capisco niente di questa domanda per l'ISEE",
    "help, I don't understand this tax form at all",
    "socorro, não entendo nada deste formulário",
    "ieri mi ha picchiato il sole in spiaggia, oggi sto a casa",
    "la villetta accanto ha il giardino trascurato da anni, erbacce ovunque",
    "il capo mi fa saltare i nervi, cerco un altro lavoro",
    "we'd be better off without this car, we're giving away the old one, any charity?",
    "la nostra colf si sposa e se ne va, devo trovarne un'altra, sono in panico",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});
