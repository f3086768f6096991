import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * No breath «under the paperwork», a snore that sounds like choking, a pet that fell or stopped
 * eating, heavy periods, blood tests: no alarm, in the languages that had only the alarm's
 * words. Their twins alarm: breath lost with a chest pain, a dog's bite that bleeds heavily
 * (the bite is no pet's trouble), bleeding that will not stop. Sentences of our own, none
 * from the development sets.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const cuesAlone = createDangerDetector(cues);

describe("a figure of breath, a snore, a pet, a period are no alarm", () => {
  it.each([
    "nu mai pot respira de atâtea acte, cine mă ajută?",
    "не можу дихати від цих документів, хто допоможе?",
    "задыхаюсь от этих бумаг, кто поможет с документами?",
    "j'étouffe sous la paperasse de la préfecture, qui peut m'aider?",
    "my husband snores so loud it sounds like he's choking, is there a sleep clinic?",
    "الكلب سقط ولا يتحرك كثيرا، هل هناك بيطري قريب؟",
    "mon chat est tombé du balcon et ne mange plus, un vétérinaire près de Loreto?",
    "кіт впав з шафи і не рухається, де ветеринар?",
    "кот упал со шкафа и не двигается, где ветеринар?",
    "I'm bleeding a lot during my period, is there a consultorio for women?",
    "my dad needs lots of blood tests, who can drive him?",
  ])("«%s» is no alarm", (text) => {
    expect(cuesAlone(text)).toBeNull();
  });
});

describe("their danger twins alarm", () => {
  it.each([
    ["nu pot respira, mă doare pieptul", "collapse"],
    ["не можу дихати, болить у грудях", "collapse"],
    ["the dog bit my son in the neck and he's bleeding a lot", "collapse"],
    ["собака покусала дитину, сильно тече кров", "collapse"],
    ["qeni e kafshoi vajzën time, gjakos shumë", "collapse"],
    ["el perro mordió a mi hijo y sangra muchísimo", "collapse"],
    ["le chien du voisin a attaqué ma fille, elle saigne beaucoup au cou", "violence"],
    ["he cut his hand with a knife and it won't stop bleeding", "collapse"],
  ])("«%s» alarms (%s)", (text, kind) => {
    expect(cuesAlone(text)?.kind).toBe(kind);
  });
});
