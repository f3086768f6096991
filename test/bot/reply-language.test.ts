import { describe, expect, it } from "vitest";
import { languageMemory } from "../../src/bot/reply-language.js";

describe("what a chat remembers of the language a citizen writes in", () => {
  it("an Arabic need gets the notice once: the chat remembers it was told, and goes on in English", () => {
    const arabic = { locale: "en", language: "ar", notice: "…", written: "en" } as const;
    expect(languageMemory(arabic, {}, true)).toEqual({ writes: "en", noticed: "ar" });
  });

  it("the area typed in Arabic after that keeps the memory, so the notice is not said again", () => {
    const again = { locale: "en", language: "ar", written: "en" } as const;
    expect(languageMemory(again, { writes: "en", noticed: "ar" }, false)).toEqual({
      writes: "en",
      noticed: "ar",
    });
  });

  it("a message plainly in Spanish lets the Arabic notice be said again later", () => {
    const spanish = { locale: "es", language: "es", written: "es" } as const;
    expect(languageMemory(spanish, { writes: "en", noticed: "ar" }, false)).toEqual({
      writes: "es",
      noticed: undefined,
    });
  });

  it("a short reply whose language is unclear changes nothing", () => {
    expect(languageMemory({ locale: "en" }, { writes: "en", noticed: "ar" }, false)).toEqual({
      writes: "en",
      noticed: "ar",
    });
  });
});
