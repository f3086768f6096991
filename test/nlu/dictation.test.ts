import { describe, expect, it } from "vitest";
import { withSpokenPunctuation } from "../../src/nlu/dictation.js";
import { isContentWord } from "../../src/nlu/features.js";
import { readMessage } from "../../src/nlu/reading.js";

const read = (text: string) => readMessage(text, isContentWord);
const segmentWords = (text: string) =>
  read(text).segments.map((segment) => segment.map((w) => w.word).join(" "));

describe("a citizen who dictates says the punctuation aloud", () => {
  it("«virgola» and «punto» cut the message where the marks would be", () => {
    expect(
      segmentWords(
        "vorrei una badante per mia madre virgola abita in via lorenteggio punto grazie",
      ),
    ).toEqual(["vorrei badante madre", "abita via lorenteggio", "grazie"]);
  });

  it.each([
    "cerco una colf per il martedì punto interrogativo",
    "I need someone to take my mum shopping question mark",
  ])("%j asks a question, as if it ended with «?»", (text) => {
    expect(read(text).cues.has("question")).toBe(true);
  });

  it("a full stop said in English ends the sentence", () => {
    expect(read("my dad lives alone full stop he needs meals").segments).toHaveLength(2);
  });
});

describe("«punto» as a word keeps its meaning", () => {
  it.each([
    "a che punto è la mia domanda di invalidità?",
    "cerco un punto di riferimento per mia madre",
    "mi hanno mandato al punto wemi di via padova",
    "lavoro in un punto vendita",
    "dal mio punto di vista serve una badante",
  ])("%j is left as it was typed", (text) => {
    expect(withSpokenPunctuation(text)).toBe(text);
  });
});

describe("a citizen who dictates WeMi, or writes it as heard, asks about WeMi", () => {
  it.each([
    "ho sentito parlare del we mi in farmacia, cos'è",
    "ma questo vi mi che cos'è, l'ho letto su un manifesto",
  ])("%j reads as WeMi", (text) => {
    expect(
      read(text)
        .segments.flat()
        .map((w) => w.word),
    ).toContain("wemi");
  });

  it("«vi mi rivolgo» is two words, no WeMi", () => {
    expect(
      read("vi mi rivolgo per mia madre")
        .segments.flat()
        .map((w) => w.word),
    ).not.toContain("wemi");
  });
});

describe("a Romanian who dictates says «virgulă» and «punct» aloud (session 33)", () => {
  // Written for these tests, in my own words.
  it("the marks cut the message where they would be, with or without the letter «ă»", () => {
    expect(
      segmentWords(
        "bună ziua virgulă mama are 84 de ani punct nu mai poate găti virgula ajutați-mă",
      ),
    ).toHaveLength(4);
  });

  it("«punct» as a noun stays a word", () => {
    expect(withSpokenPunctuation("din punct de vedere medical e bine")).toBe(
      "din punct de vedere medical e bine",
    );
    expect(withSpokenPunctuation("e un punct de sprijin pentru mame")).toBe(
      "e un punct de sprijin pentru mame",
    );
  });
});
