import { beforeAll, describe, expect, it } from "vitest";
import { type IntentClassifier, loadClassifier } from "../../src/nlu/index.js";
import { toldThanks } from "../../src/nlu/thanks.js";
import { plainWords } from "../../src/nlu/told-need.js";

let classifier: IntentClassifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

// Messages written for these tests, in my own words.
describe("a citizen who writes only to thank is greeted back", () => {
  it.each([
    "Volevo solo ringraziarvi, siete stati gentilissimi con mio padre la settimana scorsa. Buona serata!",
    "Just wanted to say thanks, the volunteers were so kind to my gran on Tuesday. Have a good weekend!",
  ])("%j is a greeting, not refused", (text) => {
    expect(classifier.classify(text)).toMatchObject({ intent: "saluto", ambiguous: false });
  });

  it.each([
    // Nothing needed any more: out of scope, as the catalogue has it.
    "per ora non ci serve niente, volevo solo ringraziarvi",
    "we don't need anything right now, just wanted to say hi",
  ])("%j, saying no need is left, stays out of scope", (text) => {
    expect(classifier.classify(text).intent).toBeNull();
  });

  it("thanks beside a need keeps the need", () => {
    expect(
      classifier.classify("grazie mille, adesso però cerco una badante per la nonna").intent,
    ).toBe("badante");
  });
});

// Written for these tests, in my own words (session 34).
describe("a citizen who thanks in another language is greeted back", () => {
  it.each([
    // Two words of Romanian thanks, which language identification took for Italian.
    "mersi mult 🙏",
    "شكرا بزاف خويا",
    "merci beaucoup, vous êtes adorables",
    // A Ukrainian greeting the model does not know (second round).
    "Слава Ісусу Христу! Доброго дня",
  ])("%j is a greeting, not refused", (text) => {
    expect(classifier.classify(text).intent).toBe("saluto");
  });

  it.each([
    // A need met, then thanks: it tells, and asks nothing (out of scope, as the writers have it).
    "ya encontramos una cuidadora por la parroquia, gracias",
    "am făcut deja ISEE la CAF, mulțumesc",
    // Thanks to God after a story is no thanks to the bot.
    "por fin mi hijo consiguió los papeles del permiso de residencia, gracias a Dios",
  ])("%j is not taken for a greeting", (text) => {
    expect(classifier.classify(text).intent).not.toBe("saluto");
  });

  it("thanks beside a need keeps the need", () => {
    expect(classifier.classify("gracias, busco una niñera para mis dos hijos").intent).toBe(
      "babysitter",
    );
  });
});

describe("thanks or a greeting as the message's purpose", () => {
  it.each([
    "volevo solo ringraziarvi",
    "grazie di cuore a tutti",
    "I just wanted to say thank you",
  ])("%j", (text) => {
    expect(toldThanks(plainWords(text))).toBe(true);
  });

  it.each(["grazie per la risposta, ma dove si trova lo spazio?", "thank god it's Friday"])(
    "%j is not thanks alone",
    (text) => {
      expect(toldThanks(plainWords(text))).toBe(false);
    },
  );
});
