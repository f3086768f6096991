import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { eld } from "eld/small";
import { describe, expect, it } from "vitest";
import { eldSmallSource } from "../../scripts/build-language-ngrams.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { encodeNgrams, loadNgramDetector } from "../../src/nlu/language-ngrams.js";

const NGRAMS_FILE = join(PROJECT_ROOT, "data", "nlu", "language-ngrams.bin");

/** Every line of the intents, the locales and the development sets: text in 13 languages. */
async function texts(): Promise<string[]> {
  const files = [
    ...(await readdir(join(PROJECT_ROOT, "intents"))).map((f) => join("intents", f)),
    ...(await readdir(join(PROJECT_ROOT, "locales"), { recursive: true }))
      .filter((f) => /\.(ftl|yaml)$/.test(f))
      .map((f) => join("locales", f)),
    "data/nlu/dev-languages.jsonl",
    "data/nlu/dev-languages-2.jsonl",
    "data/nlu/language-id.jsonl",
  ];
  const lines = await Promise.all(
    files.map(async (file) => (await readFile(join(PROJECT_ROOT, file), "utf8")).split("\n")),
  );
  return lines.flat();
}

describe("the language identifier's compact database", () => {
  it("holds exactly eld's small database (rebuild with scripts/build-language-ngrams.ts)", async () => {
    const committed = await readFile(NGRAMS_FILE);
    expect(encodeNgrams(await eldSmallSource()).equals(committed)).toBe(true);
  });

  it("answers what eld answers, scores and reliability included, on thousands of texts", async () => {
    const detect = loadNgramDetector(NGRAMS_FILE);
    const odd = [
      "",
      "   ",
      "👍👍 ok",
      "https://www.wemi.milano.it/servizi?x=1 cerco badante",
      "𝒜𝒷𝒸 surrogate pairs 😀 ancora testo italiano qui",
      "parola ".repeat(300),
      "a bb ccc dddd eeeee",
    ];
    const all = [...(await texts()), ...odd];
    expect(all.length).toBeGreaterThan(5000);
    for (const text of all) {
      const expected = eld.detect(text);
      const actual = detect(text);
      expect(actual.language, text).toBe(expected.language);
      expect(actual.reliable(), text).toBe(expected.isReliable());
      const scores = Object.entries(expected.getScores());
      expect(actual.ranked(), text).toEqual(scores);
      expect(
        scores.map(([language]) => actual.score(language)),
        text,
      ).toEqual(scores.map(([, score]) => score));
    }
  });
});
