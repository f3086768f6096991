import { describe, expect, it } from "vitest";
import { SpellingCorrector } from "../../src/nlu/spelling.js";

const VOCABULARY = [
  "badante",
  "badanti",
  "assistenza",
  "anziani",
  "anziano",
  "pasti",
  "casa",
  "spesa",
];

/** The symmetric-delete rule as first written, with every key kept as text in a Map. */
function reference(vocabulary: readonly string[]) {
  const deletions = (word: string) =>
    Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));
  const known = new Set(vocabulary);
  const byDeletion = new Map<string, string>();
  for (const word of known) {
    if (word.length < 4) continue;
    for (const key of [word, ...deletions(word)])
      if (!byDeletion.has(key)) byDeletion.set(key, word);
  }
  return (word: string) => {
    if (word.length < 5 || known.has(word)) return word;
    for (const key of [word, ...deletions(word)]) {
      const match = byDeletion.get(key);
      if (match !== undefined && Math.abs(match.length - word.length) <= 1) return match;
    }
    return word;
  };
}

describe("a typo in a citizen's word is read as the known word", () => {
  const corrector = new SpellingCorrector(VOCABULARY);

  it("repairs a letter missing, added, changed or two swapped", () => {
    expect(corrector.correct("badnte")).toBe("badante");
    expect(corrector.correct("assisttenza")).toBe("assistenza");
    expect(corrector.correct("anzaini")).toBe("anziani");
    expect(corrector.correct("bedante")).toBe("badante");
  });

  it("leaves known, short and unrelated words alone", () => {
    expect(corrector.correct("anziano")).toBe("anziano");
    expect(corrector.correct("cas")).toBe("cas");
    expect(corrector.correct("lavoro")).toBe("lavoro");
  });

  it("gives the word the first-written rule gave, for thousands of typos", () => {
    const read = reference(VOCABULARY);
    const letters = "abcdeilnoprstz";
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 5000; t++) {
      const word = VOCABULARY[random(VOCABULARY.length)] as string;
      const at = random(word.length);
      const letter = letters[random(letters.length)] as string;
      const typo = [
        word.slice(0, at) + word.slice(at + 1),
        word.slice(0, at) + letter + word.slice(at),
        word.slice(0, at) + letter + word.slice(at + 1),
        word.slice(0, at) + (word[at + 1] ?? "") + word[at] + word.slice(at + 2),
      ][random(4)] as string;
      expect(corrector.correct(typo), typo).toBe(read(typo));
    }
  });
});
