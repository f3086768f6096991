import { beforeAll, describe, expect, it } from "vitest";
import { MAX_MESSAGE_LENGTH } from "../../src/bot/relay.js";
import { renderAnswer, renderSpaces } from "../../src/bot/render.js";
import { loadTexts, type Texts } from "../../src/bot/texts.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { recommend } from "../../src/directory/index.js";
import { createLocationResolver, loadGeoIndex } from "../../src/geo/index.js";
import { type Knowledge, loadKnowledge } from "../../src/knowledge/index.js";

let knowledge: Knowledge;
let texts: Texts;
beforeAll(async () => {
  const geo = await loadGeoIndex();
  const loaded = await loadKnowledge({
    root: PROJECT_ROOT,
    geo,
    places: createLocationResolver(geo),
  });
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  knowledge = loaded.knowledge;
  texts = loadTexts();
});

describe("every answer the shipped content can give fits one Telegram message", () => {
  it("for every need, place and language", () => {
    const places = ["Quarto Oggiaro", "municipio 5", "via Padova 120", "20139", "Monza", "boh"].map(
      (text) => knowledge.places.resolve(text),
    );
    let longest = 0;
    for (const intent of knowledge.catalogue.intents) {
      for (const place of [...places, null]) {
        for (const locale of ["it", "en"] as const) {
          const recommendation = recommend(
            { intent: intent.id, services: intent.services },
            place,
            knowledge.directory,
          );
          const text = renderAnswer(intent, recommendation, knowledge, locale, texts.for(locale));
          longest = Math.max(longest, text.replace(/<[^>]+>/g, "").length);
        }
      }
    }
    expect(longest).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  it("the list of all spaces too", () => {
    for (const locale of ["it", "en"] as const) {
      const text = renderSpaces(knowledge, locale, texts.for(locale));
      expect(text).toContain("WeMi Stelline");
      expect(text.replace(/<[^>]+>/g, "").length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    }
  });
});
