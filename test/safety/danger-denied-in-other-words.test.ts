import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Blows or a wish to die that the citizen denies, in the languages whose cues had no word of
 * negation (es, ro, fr, pt, uk, ru), and in turns of Italian and English the negation missed
 * («non ho mai pensato di…», «I'm not going to…»). Cues alone.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("danger denied is not an alarm", () => {
  it.each([
    "non ho mai pensato di farmi del male",
    "I'm not going to hurt myself, I'm just tired of job hunting",
    "mi marido nunca me ha pegado, busco trabajo",
    "no quiero morir, solo estoy cansada",
    "soțul meu nu m-a bătut niciodată, caut de lucru",
    "o meu marido nunca me bateu, procuro trabalho",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});

describe("danger told beside a word of negation still alarms", () => {
  it.each([
    "no puedo más, me pega todos los días",
    "ya no quiero vivir",
    "nu mai pot, m-a bătut iar aseară",
    "nu mai vreau să trăiesc",
    "não aguento mais, ele me bateu de novo",
    "não quero mais viver",
    "я не хочу більше жити",
    "я больше не хочу жить",
    "il ne me laisse pas sortir de la maison",
    "je ne veux plus vivre",
    "I'm not going to be a burden anymore, I've made up my mind",
    "I don't want to live anymore",
    "non ce la faccio più, mi picchia tutti i giorni",
    "non voglio più vivere",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});
