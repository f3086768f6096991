import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cataloguePaths, loadCatalogue } from "../../src/catalogue/load.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, DANGER_INTENT, dangerCuesSchema } from "../../src/safety/danger.js";
import { loadDangerModel } from "../../src/safety/danger-model.js";

/**
 * Exaggerations whose object is a thing: a longing for a coffee («ucciderei per un caffè», as
 * «I could kill for a coffee»), a wife who «kills» over bread not bought, dying of boredom
 * before a vowel in French. The bot, cues and model together, stays quiet; a threat over money
 * and a wish to die said plainly still alarm. Sentences of our own.
 */
const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);

async function detector() {
  const catalogue = await loadCatalogue(cataloguePaths(PROJECT_ROOT));
  if (!catalogue.ok) throw new Error("the catalogue has errors");
  const model = await loadDangerModel(
    join(PROJECT_ROOT, "data", "nlu"),
    catalogue.catalogue,
    DANGER_INTENT,
  );
  return createDangerDetector(cues, model);
}

describe("an exaggeration over a thing is not an alarm", () => {
  it.each([
    "mia moglie mi ammazza se non compro il pane",
    "je vais mourir d'ennui à la réunion des parents",
  ])(
    "«%s»",
    async (text) => {
      expect((await detector())(text)).toBeNull();
    },
    60_000,
  );
});

describe("a longing for a thing silences the classifier's reading of danger", () => {
  it("«ucciderei per un caffè»", () => {
    // The classifier alone read this as an emergency: the idiom is what keeps the bot quiet.
    expect(createDangerDetector(cues).verdict?.("ucciderei per un caffè")).toEqual({
      signal: null,
      silenced: true,
    });
  });
});

describe("a threat or a wish to die beside them still alarms", () => {
  it.each([
    "mio marito dice che mi ammazza se non gli porto i soldi",
    "je vais mourir, je n'en peux plus",
  ])(
    "«%s»",
    async (text) => {
      expect((await detector())(text)).not.toBeNull();
    },
    60_000,
  );
});
