import { describe, expect, it } from "vitest";
import { normalizeText, tokenize } from "../../src/nlu/normalize.js";

describe("normalising what citizens type in a chat", () => {
  it("ignores case and accents, so 'Città' and 'citta' are one word", () => {
    expect(normalizeText("Perché in CITTÀ c'è più gente?")).toBe("perche in citta c'e piu gente?");
  });

  it("keeps accented words whole instead of cutting them like natural's tokenizers", () => {
    expect(tokenize("perché più città")).toEqual(["perche", "piu", "citta"]);
  });

  it("reads chat emphasis as the plain word", () => {
    expect(tokenize("ciaooo grazieeee")).toEqual(["ciao", "grazie"]);
  });

  it("reads a message typed without accents (plain ASCII, read by a shorter path) as the same message with them", () => {
    const typed = ["Perche in CITTA ce piu gente?", "Cerco PSICO MOTRICITA per il vi mi", "ciaooo"];
    const accented = ["Perché in CITTÀ ce più gente?", "Cerco PSICO MOTRICITÀ per il vi mi"];
    expect(typed.map(normalizeText)).toEqual([
      "perche in citta ce piu gente?",
      "cerco psicomotricita per il wemi",
      "ciao",
    ]);
    expect(accented.map(normalizeText)).toEqual(typed.map(normalizeText).slice(0, 2));
  });

  it("keeps the double consonants Italian needs", () => {
    expect(tokenize("dislessia nonna")).toEqual(["dislessia", "nonna"]);
  });

  it("joins «psico motricità» split by a dictating phone, and leaves «psico» alone elsewhere", () => {
    expect(tokenize("un corso di psico motricità")).toEqual([
      "un",
      "corso",
      "di",
      "psicomotricita",
    ]);
    expect(tokenize("Psico Motoria per bimbi")).toEqual(["psicomotoria", "per", "bimbi"]);
    expect(tokenize("lo psico terapeuta")).toEqual(["lo", "psico", "terapeuta"]);
  });

  it("expands chat abbreviations", () => {
    expect(tokenize("nn so cmq x mia mamma xke ke")).toEqual([
      "non",
      "so",
      "comunque",
      "per",
      "mia",
      "mamma",
      "perche",
      "che",
    ]);
  });

  it("reads a word that is no abbreviation as itself, even one JavaScript objects know", () => {
    expect(tokenize("The constructor of my ramp said no")).toEqual([
      "the",
      "constructor",
      "of",
      "my",
      "ramp",
      "said",
      "no",
    ]);
  });

  it("turns meaningful emoji into words and drops the rest", () => {
    expect(tokenize("👋 ciao")).toEqual(["ciao", "ciao"]);
    expect(tokenize("aiuto 🍝 per la nonna 👵❤️🙂")).toEqual([
      "aiuto",
      "pasto",
      "per",
      "la",
      "nonna",
      "anziano",
    ]);
  });

  it("splits on apostrophes and punctuation", () => {
    expect(tokenize("l'assistenza, all'anziana!")).toEqual(["l", "assistenza", "all", "anziana"]);
  });

  it("handles a 10,000-character message without choking", () => {
    const tokens = tokenize("badante ".repeat(1250));
    expect(tokens).toHaveLength(1250);
  });

  it("keeps words of other scripts: Cyrillic, Arabic, Sinhala with its vowel signs", () => {
    expect(tokenize("Шукаю роботу, доглядальниця!")).toEqual(["шукаю", "роботу", "доглядальниця"]);
    expect(tokenize("ابحث عن عمل")).toEqual(["ابحث", "عن", "عمل"]);
    const sinhala = tokenize("රැකියාවක් හොයනවා");
    expect(sinhala).toHaveLength(2);
    // The vowel signs (marks) stay: without them "රැකියාවක්" (a job) would lose its vowels.
    expect(sinhala[0]).toMatch(/\u0DD0.*\u0DCF.*\u0DCA/u);
  });

  it("reads one word the way phones write it in other scripts, Italian apostrophes untouched", () => {
    // Sinhala with or without the zero-width joiner of ශ්‍රී: one word, not two.
    expect(tokenize("ශ්\u200Dරී ලංකාව")).toEqual(tokenize("ශ්රී ලංකාව"));
    expect(tokenize("ශ්\u200Dරී ලංකාව")).toHaveLength(2);
    // Ukrainian apostrophes inside a word, in any of the three ways they are typed.
    expect(tokenize("сім'ї")).toEqual(tokenize("сім’ї"));
    expect(tokenize("сімʼї")).toEqual(["сімі"]);
    // Arabic chat: final ة as ه, ى as ي, tatweel, hamza on alef.
    expect(tokenize("مربّية إيطالية")).toEqual(tokenize("مربيه ايطاليه"));
    expect(tokenize("شـــكرا على")).toEqual(tokenize("شكرا علي"));
    expect(tokenize("l'assistenza, all'anziana!")).toEqual(["l", "assistenza", "all", "anziana"]);
  });

  it("reads Arabic typed on Persian keyboards, and Arabic-Indic digits, as the same words", () => {
    expect(tokenize("کیف ندير ٧٣٠")).toEqual(tokenize("كيف ندير 730"));
    expect(tokenize("عمري ۶۵ سنة")).toEqual(tokenize("عمري 65 سنة"));
  });

  it("reads the Italian names of services written in Arabic letters as those names", () => {
    expect(tokenize("نحتاج بادانتي لأبي")).toContain("badante");
    expect(tokenize("البادانتي ديال خالتي")).toContain("badante");
    expect(tokenize("أبحث عن شغل كبادانتي")).toContain("badante");
    expect(tokenize("وين الباتروناتو؟")).toContain("patronato");
    expect(tokenize("كيف أعمل الإيزي")).toContain("isee");
    // Only whole words: an Arabic word that merely begins like one stays itself.
    expect(tokenize("كافي")).toEqual(["كافي"]);
  });

  it("splits Chinese, written without spaces, into words", () => {
    const words = tokenize("我想找工作");
    expect(words.length).toBeGreaterThan(1);
    expect(words.join("")).toBe("我想找工作");
  });
});
