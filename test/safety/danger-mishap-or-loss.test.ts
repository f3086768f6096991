import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a wish to die beside a loss is a danger, not a figure of speech", () => {
  it.each([
    "voglio morire, ho perso tutto",
    "ho perso mio figlio, voglio morire",
    "ho perso il lavoro e la casa, voglio morire",
    "ho sbagliato tutto, voglio morire",
    "ho rotto con il mio ragazzo, voglio morire",
    "I want to die, I lost everything",
    "I want to die, I lost my job and my wife left",
    "quiero morir, perdí a mi hijo",
    "me quiero morir, me equivoqué en todo",
    "je veux mourir, j'ai tout raté dans ma vie",
    "quero morrer, perdi tudo",
    "vreau să mor, am greșit totul în viață",
  ])("«%s» alarms as self_harm", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });
});

describe("a wish to die over a mishap of the day is a figure of speech", () => {
  it.each([
    "voglio morire, ho perso il treno",
    "I want to die, I forgot my mum's birthday",
    "kill me, I missed the bus again",
    "me quiero morir, se me quemó la cena otra vez",
    "j'ai envie de mourir, j'ai raté mon bus pour la troisième fois",
    "quero morrer, esqueci o aniversário da minha sogra",
    "vreau să mor, am uitat cheile acasă",
    "хочу умереть, забыла ключи дома",
    "хочу померти, забула ключі вдома",
  ])("«%s» does not alarm", (text) => {
    expect(detect(text)).toBeNull();
  });
});
