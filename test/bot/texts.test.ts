import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTexts } from "../../src/bot/texts.js";
import { LOCALES, READ_LANGUAGES } from "../../src/config/locales.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";

const LOCALES_DIR = join(PROJECT_ROOT, "locales");

/** The message ids of a locale's citizen-facing Fluent files. */
async function keysOf(locale: string, files: readonly string[]): Promise<string[]> {
  const keys: string[] = [];
  for (const file of files) {
    const text = await readFile(join(LOCALES_DIR, locale, file), "utf8");
    keys.push(...[...text.matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1] as string));
  }
  return keys.sort();
}

describe("every language the bot speaks has every text of the dialogues", () => {
  it("has every message English has, in each citizen-facing file", async () => {
    const files = (await readdir(join(LOCALES_DIR, "en"))).filter((f) => f.endsWith(".ftl"));
    const english = await keysOf("en", files);
    expect(english.length).toBeGreaterThan(50);
    for (const locale of LOCALES) {
      // Italian also holds the operators' and admins' texts, which stay Italian.
      expect(await keysOf(locale, files), locale).toEqual(expect.arrayContaining(english));
    }
  });

  it("has a one-line notice, in the language itself, for each language it only reads", () => {
    const texts = loadTexts();
    for (const language of READ_LANGUAGES) {
      const notice = texts.notice(language);
      expect(notice?.text, language).toMatch(/\/operatore/);
      expect(notice?.text.split("\n"), language).toHaveLength(1);
    }
    expect(texts.notice("es")).toBeUndefined();
  });
});
