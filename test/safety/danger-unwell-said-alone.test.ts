import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadDangerDetector } from "../../src/safety/danger.js";

/**
 * Feeling unwell said in a few words and nothing else («ciao sto male», «I'm not ok», «мне
 * плохо») is acute distress (issue 8 point 7): the danger reader itself answers it with 112 and
 * 1522, so the answer does not hang on how the need model reads «sto male». Said with what is
 * wrong or what is wanted, it is read for what it says. Sentences of our own; read by the cues
 * alone, so that no model trained on the development writers helps.
 */
const detect = loadDangerDetector(join(PROJECT_ROOT, "locales"));

describe("feeling unwell said alone, or after a greeting, is distress", () => {
  it.each([
    "ciao sto male",
    "sto male",
    "buonasera, mi sento male",
    "non sto bene",
    "hi, I'm not ok",
    "I feel really bad",
    "hola, me siento muy mal",
    "je me sens mal",
    "olá, estou muito mal",
    "mă simt rău",
    "привет, мне плохо",
    "мені дуже погано",
    "ndihem keq",
    "masama ang pakiramdam ko",
  ])("«%s»", (text) => {
    expect(detect(text)?.kind).toBe("distress");
  });
});

describe("feeling unwell said with what is wrong or what is wanted is read for what it says", () => {
  it.each([
    "sto male di stomaco, cerco un medico",
    "sto male da giorni, cerco una badante per mia madre",
    "mia madre sta male",
    "sto bene grazie",
    "I feel bad about asking, but is there help with the shopping?",
    "me siento mal por no poder cuidar a mi madre, busco una cuidadora",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
