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

describe("a verdict told before the pain it explains holds that pain", () => {
  it.each([
    "il medico dice che il dolore al petto di mia madre è muscolare, però vorrei qualcuno che le faccia la spesa",
    "the doctor said the chest pain is just muscular, but mum still needs help with shopping",
  ])("«%s» is no alarm", (text) => {
    expect(fairlySure(text)).toBeNull();
  });

  it.each([
    "il medico dice che il dolore al petto è muscolare, ma adesso è svenuta e non risponde",
    "the doctor said the chest pain is just muscular, now she collapsed and isn't breathing",
  ])("«%s»: what is told after the verdict alarms", (text) => {
    expect(detect(text)?.kind).toBe("collapse");
  });

  it("a verdict silences the collapse it names, not one outside it", () => {
    const own = createDangerDetector({
      it: {
        collapse: ["dolore al petto", "non respira"],
        resolved: ["medico dice che ...8 e muscolare"],
      },
    });
    expect(own("il medico dice che il dolore al petto è muscolare")).toBeNull();
    expect(own("non respira, il medico dice che il dolore al petto è muscolare")).toBeNull();
    expect(own("il medico dice che è muscolare ma adesso non respira")?.kind).toBe("collapse");
  });
});
