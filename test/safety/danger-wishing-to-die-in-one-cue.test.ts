import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";

/**
 * Wanting to die, not wanting to live any more, or swallowing all one's pills, each said in one
 * cue per language whatever the wording (Albanian, Arabic, Tagalog, French, Spanish), so that a writer's
 * new words sit beside the others'. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);
const detect = createDangerDetector(cues);

describe("a wish to die or not to live, in every wording, is an alarm", () => {
  it.each([
    "s'dua më të jetoj, jam lodhur",
    "dua të vdes sonte",
    "ما بدي عيش بعد اليوم",
    "أفكر في إنهاء حياتي الليلة",
    "ayaw ko na mabuhay, wala nang saysay",
    "gusto ko nang mawala, pagod na ako",
    "j'ai avalé tous les cachets de ma mère",
    "j'ai pris toute une plaquette de somnifères",
    "mi hermano me dice que ya no quiere vivir y apagó el móvil",
  ])("«%s»", (text) => {
    expect(detect(text)).not.toBeNull();
  });
});

describe("their look-alikes stay quiet", () => {
  it.each([
    "dua të jetoj në Milano me familjen, kërkoj punë",
    "gusto kong mabuhay nang masaya kasama ang anak ko",
    "j'ai pris une boîte de doliprane à la pharmacie pour ma mère, vous livrez ?",
    "no quiero vivir sola en esta casa tan grande, busco una compañera de piso mayor",
  ])("«%s»", (text) => {
    expect(detect(text)).toBeNull();
  });
});
