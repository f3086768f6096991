import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * A pain a doctor has already seen and called harmless (muscular, anxiety, a virus) is told,
 * not happening: no alarm, even before a request, and a model short of sure is not heard over
 * it. What is told after the doctor's word still alarms. Sentences of our own, none from the
 * development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);
// A model as unsure as the shipped one is on such messages: above its odds, below sure.
const fairlySure = createDangerDetector(cues, () => 15);

describe("a pain the doctor called harmless is no alarm", () => {
  it.each([
    "ho un dolore al petto da ieri ma il dottore mi ha visitato e dice che è muscolare",
    "I've had chest pain since Monday, the GP says it's muscular, can someone help with shopping?",
    "tengo dolor en el pecho, el médico dijo que es ansiedad",
    "j'ai une douleur à la poitrine, le médecin dit que c'est de l'angoisse",
    "tenho dor no peito, o médico disse que é ansiedade",
  ])("«%s» is no alarm", (text) => {
    expect(fairlySure(text)).toBeNull();
  });
});

describe("what comes after the doctor's word alarms", () => {
  it.each([
    ["il medico dice che è ansia ma adesso non respiro e ho le labbra blu", "collapse"],
    ["the doctor said it was anxiety but now she collapsed and isn't breathing", "collapse"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(detect(text)?.kind).toBe(kind);
  });
});
