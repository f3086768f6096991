import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { loadPerLanguage } from "../../src/language/lexicon.js";
import { createDangerDetector, dangerCuesSchema } from "../../src/safety/danger.js";
import { withoutPlacesFor } from "../../src/safety/model-input.js";

const cues = loadPerLanguage(join(PROJECT_ROOT, "locales"), "danger.yaml", dangerCuesSchema);

/** The streets of these stories, as the geo reader would find them. */
const streets = (text: string) => text.match(/via (Padova|Mecenate|Gola|Golgi)( \d+)?/g) ?? [];

/**
 * A model that hears danger in one word only, to show which words of a message it reads; it
 * reads them as the bot's model does, without the places found.
 */
const hearing = (word: RegExp) => {
  const reading = withoutPlacesFor(streets);
  return createDangerDetector(cues, (text, places, message) =>
    word.test(reading(text, places, message)) ? 30 : -10,
  );
};

describe("what the danger model reads of a sentence that tells an address", () => {
  it("reads the danger told after the address, in the same sentence", () => {
    const detect = hearing(/lettere/);
    expect(
      detect(
        "sto in via Padova 120 e ho preparato le lettere per i miei figli, domani non ci sarò",
      ),
    ).toEqual({ kind: "distress", cue: "model" });
    expect(detect("vivo in via Mecenate 40, ho scritto le lettere di addio")).not.toBeNull();
  });

  it("does not read the address itself", () => {
    const detect = hearing(/padova|gola/i);
    expect(detect("abito in via Padova 120 e cerco una badante per mia madre")).toBeNull();
    expect(detect("in realtà abito in via Gola 6, non via Golgi")).toBeNull();
    expect(detect("I live in via Padova 12 and I'm looking for a cleaner")).toBeNull();
  });
});
