import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("someone who cannot talk because he is right there, or not freely", () => {
  it.each([
    "vorrei due margherite... no, non posso parlare, lui è qui. corso Lodi 30",
    "I can't speak freely, he's listening, please send someone",
    "no puedo hablar, me está escuchando",
    "nu pot vorbi, mă aude",
    "не можу говорити, він чує",
    "не могу говорить, он здесь",
    "je ne peux pas parler, il m'entend",
    "não posso falar, ele está a ouvir",
  ])("«%s» alarms as violence", (text) => {
    expect(detect(text)?.kind).toBe("violence");
  });

  it.each([
    "non posso parlare al telefono in ufficio, mi scrivete?",
    "I can't speak Italian well, is there a course?",
    "не могу говорить по телефону, я на работе",
  ])("«%s», a phone call or a language, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("a whole box of pills taken at once", () => {
  it.each([
    "j'ai avalé toute la boîte de somnifères",
    "ho preso un intero blister di tranquillanti",
    "me tomé toda la caja de calmantes",
    "am înghițit toată cutia de somnifere",
    "я випила всю пачку снодійного",
    "он выпил целую упаковку таблеток",
  ])("«%s» alarms as self-harm", (text) => {
    expect(detect(text)?.kind).toBe("self_harm");
  });

  it.each([
    "ho preso un intero blister di vitamine per l'inverno, va bene?",
    "j'ai pris une boîte de chocolats pour la voisine",
  ])("«%s», vitamins or sweets, does not", (text) => {
    expect(detect(text)).toBeNull();
  });
});
