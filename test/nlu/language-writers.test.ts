import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";

/**
 * The model of every other language learns from the older dev-languages writers
 * (language-writers.ts). Stories written for this test, of the kinds those writers taught it:
 * the catalogue alone took the first for a cleaner wanted and refused the second.
 */
let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

describe("stories in other languages read as the citizen meant them", () => {
  it.each([
    // A nurse given a few hours of cleaning: she looks for work, she does not want a cleaner.
    [
      "Soy enfermera en Perú, pero aquí solo me dan tres horas de limpieza a la semana y no me alcanza para vivir",
      "lavoro",
    ],
    // A woman wanted to look after a grandfather with dementia, one who speaks Ukrainian.
    ["шукаємо жінку доглядати дідуся з деменцією, краще щоб розмовляла українською", "badante"],
    // Read right before too, and still.
    [
      "¿alguien me puede ayudar con la declaración de la renta, el 730? nunca la hice sola",
      "caf_patronato",
    ],
    ["caut o doamna pentru bunica mea care are alzheimer, doar dimineata, cu contract", "badante"],
  ])("%j is %s", (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it.each([
    ["stie cineva unde gasesc in Milano un magazin cu produse romanesti?"],
    ["¿dónde puedo renovar el pasaporte peruano en Milán?"],
    // Told, not asked: no need taken for them.
    ["дідусь живе сам на третьому поверсі"],
    ["en mi calle viven muchos abuelos solos"],
  ])("%j asks for no WeMi need", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });
});
