import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { createCueReader } from "../../src/language/cue-reading.js";
import { compilePhrase } from "../../src/language/phrases.js";
import { loadReplyReader } from "../../src/language/replies.js";
import type { Cue } from "../../src/language/reply-lexicon.js";
import { tokenize } from "../../src/nlu/normalize.js";

const read = loadReplyReader(join(PROJECT_ROOT, "locales"));

describe("a message that says only where one lives", () => {
  it.each([
    ["abito in via Padova 120", "via Padova 120"],
    ["scusa, in realtà abito a Baggio", "Baggio"],
    ["io abito a Niguarda", "Niguarda"],
    ["I live in Baggio", "Baggio"],
    ["vivo en via Padova 120", "via Padova 120"],
    ["locuiesc pe via Padova 120", "via Padova 120"],
    ["я живу на via Padova 120", "via Padova 120"],
    ["moro na via Padova 120", "via Padova 120"],
    ["nakatira ako sa Baggio", "Baggio"],
  ])("«%s» is an answer about the area", (text, place) => {
    expect(read.saysOnlyHome(text, place)).toBe(true);
  });

  it.each([
    // A negation comes before the verb: the place is denied, not told.
    ["non abito in via Padova 120", "via Padova 120"],
    ["I don't live in Baggio", "Baggio"],
    ["nu locuiesc pe via Padova 120", "via Padova 120"],
    ["no vivo en via Padova 120", "via Padova 120"],
    // More than the home: a story, read as one.
    ["vivo da sola a Niguarda", "Niguarda"],
    ["abito in via Padova 120 e cerco una badante", "via Padova 120"],
    ["I live in Baggio with my mother", "Baggio"],
    // No words saying where one lives: a place inside another sentence.
    ["cerco lavoro a Niguarda", "Niguarda"],
    // The place the resolver found is not in the words at all.
    ["abito in via Padova 120", "Baggio"],
  ])("«%s» is not", (text, place) => {
    expect(read.saysOnlyHome(text, place)).toBe(false);
  });
});

describe("where the «also» joining two needs ends, read once", () => {
  // What it stands for: the words from `from` read again one word longer each time, until a
  // phrase of the cue is among them (the second need's reading did so, for every word).
  const byLongerRuns = (
    reader: Pick<typeof read, "mentions">,
    said: readonly string[],
    from: number,
  ) =>
    said.findIndex(
      (_, at) => at >= from && reader.mentions("also", said.slice(from, at + 1).join(" ")),
    );

  it.each([
    "cerco una colf e anche una babysitter per i bambini",
    "e anche la spesa, e anche i pasti a domicilio per mia madre",
    "I need a carer for my father and also someone to cook as well as clean",
    "necesito una niñera y también ayuda con la limpieza",
    "caut o bonă și de asemenea ajutor la curățenie",
    "шукаю няню а також доглядальницю",
    "mia madre ha 87 anni e vive da sola",
  ])("«%s»: from every word, where reading longer runs finds it", (text) => {
    const said = read.words(text);
    for (let from = 0; from <= said.length; from++)
      expect(read.firstMention("also", said, from)).toBe(byLongerRuns(read, said, from));
  });

  it("a phrase that skips words or looks past its last one ends where longer runs find it", () => {
    const phrases = ["e anche !non", "oltre ... a", "(in piu|inoltre) ...2 pure"].map(
      compilePhrase,
    );
    const reader = createCueReader(
      new Map<Cue, typeof phrases>([["also", phrases]]),
      tokenize,
      () => false,
    );
    for (const text of [
      "una colf e anche non solo una babysitter e anche la spesa",
      "oltre alla colf, oltre che a una badante",
      "inoltre una due tre pure in piu pure",
      "e anche",
    ]) {
      const said = tokenize(text);
      for (let from = 0; from <= said.length; from++)
        expect(reader.firstMention("also", said, from)).toBe(byLongerRuns(reader, said, from));
    }
  });
});
