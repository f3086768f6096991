import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A figure of speech, a past or a resolution silences what it holds, not the whole message.
 * Sentences of our own, none from the development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);
// A model fairly sure of danger on the whole message (above its odds, below sure), and sure of
// it on what is said without the figure of speech.
const figureAware = createDangerDetector(cues, (text) =>
  /morire|muero|pezzi|passato/u.test(text) ? 15 : 30,
);

describe("a danger said after a figure of speech and a turn is heard by the model", () => {
  it.each([
    "ho una fame da morire ma non riesco a mangiare, ho scritto una lettera a ognuno dei miei figli e domani non ci sarò",
    "me muero de calor aquí, pero lo importante: él está abajo esperándome con el coche y tengo terror de salir",
  ])("«%s» alarms", (text) => {
    expect(figureAware(text)?.cue).toBe("model");
  });
});

describe("without a turn, the figure of speech still colours the message", () => {
  it.each([
    "ho il cuore a pezzi, la mia gatta è morta stanotte. scusate, non so perché lo scrivo qui",
    "ho una fame da morire, stasera a cena mangio per tre",
  ])("«%s» is no alarm", (text) => {
    expect(figureAware(text)).toBeNull();
  });
});

describe("«nothing serious», «it passed», «the doctor saw her» end the collapse told before", () => {
  it.each([
    "mi abuela se desmayó el domingo pero no fue nada, ya la vio el médico",
    "Mama a leșinat ieri, nimic grav, a văzut-o medicul",
    "Тато вчора знепритомнів, нічого серйозного, лікар його оглянув",
    "Минулого тижня папа упал в обморок, ничего страшного, врач его осмотрел",
    "Minha mãe desmaiou ontem, não foi nada de grave, o médico já a viu",
    "Nahimatay si lola kahapon pero hindi naman malala, tiningnan na siya ng doktor",
    "mia madre ha avuto un malore stamattina ma è passato, adesso guarda la tv",
    "ma grand-mère a fait un malaise, rien de grave, le médecin l'a vue",
  ])("«%s» is no alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("what is told after the resolution alarms", () => {
  it.each([
    ["è svenuta, il medico l'ha vista, ma adesso non risponde più e non respira", "collapse"],
    ["se desmayó, no fue nada, pero ahora está en el suelo y no respira", "collapse"],
    ["è svenuta, ma è passato un minuto e non si sveglia", "collapse"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});
