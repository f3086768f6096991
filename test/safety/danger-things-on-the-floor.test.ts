import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a thing found on the floor is no person on the floor", () => {
  it.each([
    "ho trovato un bicchiere rotto per terra in cucina, chi pulisce le scale del condominio?",
    "ho trovato una siringa per terra nel parco giochi, a chi lo segnalo?",
    "ho trovato per terra una borsa in metro, dove la porto?",
    "found a phone lying on the ground near the park, who do I give it to?",
    "encontré una cartera tirada en el suelo del metro, dónde la llevo?",
    "нашла ключи на полу в подъезде, кому отдать?",
    "знайшла ключі на підлозі в під'їзді, кому віддати?",
  ])("«%s» does not alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it.each([
    "ho trovato mia madre per terra, non risponde",
    "trovato il vicino steso sul pavimento accanto al telefono, non si muove",
    "I found my grandad lying on the floor next to his glasses, he won't wake up",
    "encontré a mi abuela tirada en el suelo de la cocina",
    "мама лежит на полу и не отвечает",
    "мама лежить на підлозі і не відповідає",
  ])("«%s», a person, alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });
});

describe("a pain told as chronic is followed, not sudden", () => {
  it.each([
    "ho un dolore al petto cronico, il cardiologo mi segue, cerco una ginnastica dolce",
    "tengo dolor de pecho crónico, el cardiólogo me sigue, busco gimnasia suave",
    "j'ai une douleur chronique à la poitrine, suivie par le cardiologue, je cherche du yoga doux",
  ])("«%s» does not alarm", (text) => {
    expect(detect(text)).toBeNull();
  });

  it("a chest pain of half an hour with sweating alarms", () => {
    expect(detect("mia madre ha un dolore al petto fortissimo da mezz'ora e suda")?.kind).toBe(
      "collapse",
    );
  });
});
