import { describe, expect, it } from "vitest";
import {
  LANGUAGE_EVAL_SET,
  LANGUAGE_ID_SET,
  loadLanguageSet,
} from "../../src/nlu/evaluate-languages.js";
import { detectLanguage } from "../../src/nlu/language.js";

describe("which language a chat message is written in", () => {
  it("is right on at least 95% of the labelled messages of 3+ words, in each of 13 languages", async () => {
    const messages = [
      ...(await loadLanguageSet(LANGUAGE_EVAL_SET)),
      ...(await loadLanguageSet(LANGUAGE_ID_SET)),
    ].filter((m) => m.text.split(/\s+/).length >= 3 || /\p{Script=Han}/u.test(m.text));
    const languages = new Set(messages.map((m) => m.lang));
    expect(languages.size).toBe(13);
    for (const language of languages) {
      const set = messages.filter((m) => m.lang === language);
      const right = set.filter((m) => detectLanguage(m.text).language === language).length;
      expect(right / set.length, language).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("lets the text decide over the Telegram language, which is only a hint", () => {
    expect(detectLanguage("busco trabajo como cuidadora de ancianos", "it")).toMatchObject({
      language: "es",
    });
    expect(detectLanguage("шукаю роботу доглядальниці в сім'ї", "ru").language).toBe("uk");
  });

  it("tells Ukrainian from Russian by common words when no letter of its own decides", () => {
    expect(detectLanguage("Доброго дня, шукаю роботу доглядальницею").language).toBe("uk");
    expect(detectLanguage("Доброго дня, мені потрібна няня для дитини").language).toBe("uk");
    expect(detectLanguage("Здравствуйте, ищу работу сиделкой").language).toBe("ru");
  });

  it("reads a Ukrainian who writes some Russian words as Ukrainian, word by word", () => {
    // Written for this test: both languages' own letters in one message («суржик»).
    expect(detectLanguage("Скажіть будь ласка, где можно найти курсы итальянского").language).toBe(
      "uk",
    );
    // Mostly Russian, a Ukrainian city named: Russian.
    expect(detectLanguage("Мы приехали из Києва, ищу работу сиделкой").language).toBe("ru");
  });

  it("falls back to the hint, else Italian, when a message says too little", () => {
    expect(detectLanguage("ok", "es")).toEqual({ language: "es", confidence: 0, told: "hint" });
    expect(detectLanguage("ok grazie", "pt-br")).toEqual({
      language: "pt",
      confidence: 0,
      told: "hint",
    });
    expect(detectLanguage("👍")).toEqual({ language: "it", confidence: 0, told: "hint" });
  });

  it("counts the one-letter words of other languages as words, not Italian's", () => {
    // Written for this test: French and Ukrainian say much in words of one letter.
    expect(detectLanguage("Merci à vous 🙏").language).toBe("fr");
    expect(detectLanguage("допоможіть, я в лікарні").language).toBe("uk");
    // «a», «e» typed for «è», «x» for «per» are Italian's: still too little to tell.
    expect(detectLanguage("wemi e gratis?")).toEqual({
      language: "it",
      confidence: 0,
      told: "hint",
    });
    expect(detectLanguage("ciao a tutti")).toEqual({ language: "it", confidence: 0, told: "hint" });
  });

  it("reads Sinhala and Chinese by their script, even in a few characters", () => {
    expect(detectLanguage("රැකියාවක් හොයනවා").language).toBe("si");
    expect(detectLanguage("我想找工作").language).toBe("zh");
  });

  it("reads Sinhala with Italian words in it as Sinhala, counting words, not letters", () => {
    // Written for this test: the Italian words have more letters than the Sinhala ones.
    expect(detectLanguage("permesso di soggiorno renew කරන්න ඕනේ").language).toBe("si");
    // An Italian question about a Sinhala word stays Italian.
    expect(detectLanguage("come si dice grazie in singalese? ස්තූතියි").language).toBe("it");
  });

  it("reads Chinese with an Italian word in it as Chinese", () => {
    expect(detectLanguage("babysitter用中文怎么说？").language).toBe("zh");
    expect(detectLanguage("我想找babysitter的工作").language).toBe("zh");
  });

  // Citizens write in their own script and borrow the Italian names of services and places.
  it.each([
    ["zh", "我想学 italiano"],
    ["zh", "ISEE 怎么办"],
    ["zh", "谢谢 grazie"],
    ["zh", "你好"],
    ["ar", "ما عنديش permesso di soggiorno"],
    ["ar", "أمي تحتاج aiuto a casa"],
    ["ar", "شكرا بزاف 🌹"],
  ])("reads %s in its own script with Italian words in it: «%s»", (language, text) => {
    expect(detectLanguage(text, "it").language).toBe(language);
  });

  // Phones with no Arabic or Sinhala keyboard: the chat alphabets, digits for the letters Latin lacks.
  it.each([
    ["ar", "ana 3ayza shoghl ka badante, 3andi permesso"],
    ["ar", "salam, 7ad yesa3edni fel ISEE?"],
    ["ar", "bghit nt3allem ltelyaniya, fin kayn cours?"],
    ["si", "mata badante wadak oni, koheda ahanna puluwan?"],
    ["si", "amma ta uyanna bae, kenek oni"],
    // A grandmother alone who finds cooking hard, told with no word of «want».
    ["si", "achchi thaniyama, eyata uyanna amarui, kama genna kenek innawada?"],
    // Too short for the n-grams, which would leave it to Italian.
    ["ar", "3ayez shoghl colf"],
    // Tunisian chat, one digit only: its words place it (session 27).
    ["ar", "nheb nekhdem babysitter, famma khedma lel weldi w binti?"],
    ["ar", "nhebb cours de italien barcha, weldi 3andou 10 snin"],
  ])("reads %s typed in Latin letters as its own language: «%s»", (language, text) => {
    expect(detectLanguage(text, "it").language).toBe(language);
  });

  it.each([
    "cerco badante h24 per mia madre",
    "mio figlio fa la 2a elementare, livello A2 di italiano",
    "ho 3figli e cerco lavoro come colf",
    "la mamma di Ana cerca una badante",
  ])("leaves an Italian message with a digit or a name in it to Italian: «%s»", (text) => {
    expect(detectLanguage(text).language).toBe("it");
  });

  it("leaves an Italian message with a word in another script to Italian", () => {
    expect(detectLanguage("ciao, come si scrive grazie in arabo? شكرا").language).toBe("it");
    expect(detectLanguage("mia figlia studia cinese, oggi ha scritto 你好").language).toBe("it");
  });

  it.each([
    "looking for work po as housekeeper",
    "thanks kuya, noted po",
    "sorry po, I don't speak Italian",
    "need help po with my permesso",
    "hello po, I need a babysitter",
  ])("reads Taglish, English with Tagalog words, as Tagalog: «%s»", (text) => {
    expect(detectLanguage(text).language).toBe("tl");
  });

  it.each([
    "kerkoj pune urgjent",
    "sa kushton kursi i italishtes?",
    "une jam kujdestare me eksperience",
    "cfare duhet te bej per ISEE",
  ])("reads Albanian typed without ë and ç as Albanian: «%s»", (text) => {
    expect(detectLanguage(text).language).toBe("sq");
  });

  // Brazilian chat without accents reads to the n-grams like Spanish: a Brazilian carer
  // asking for work got the Spanish answer.
  it.each(["oi, to precisando de trampo", "tá bom tá bom"])(
    "reads Brazilian Portuguese typed as chatted as Portuguese: «%s»",
    (text) => {
      expect(detectLanguage(text).language).toBe("pt");
    },
  );

  it.each([
    ["es", "estoy procurando no llorar, pero mi madre ya no me reconoce"],
    ["es", "busco trabajo de limpieza, tengo muchos años de experiencia"],
  ])("keeps Spanish that shares a word with Portuguese: «%s»", (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  it.each([
    ["it", "aspetta un po che controllo gli orari"],
    ["it", "el me papà el riess pu a portà su la spesa, se po fa quaicoss?"],
    ["fr", "je cherche une nounou pour mes enfants le mercredi"],
    ["pt", "faz um ano que moro aqui e falas italiano melhor que eu"],
    ["en", "I ate lunch with my sister, she says hindi is hard"],
  ])("keeps %s when a word looks Tagalog or Albanian: «%s»", (language, text) => {
    expect(detectLanguage(text).language).toBe(language);
  });

  // One or two words in the languages the bot speaks whole conversations in: the first thing a
  // Spanish carer types may be «hola» or «busco trabajo», and it was answered in Italian.
  it.each([
    [
      "es",
      [
        "hola",
        "Hola!",
        "buenas",
        "Buenas tardes",
        "buenos días",
        "gracias",
        "muchas gracias",
        "busco trabajo",
        "necesito niñera",
        "busco cuidadora",
        "limpieza",
        "ayuda por favor",
      ],
    ],
    [
      "ro",
      [
        "Bună",
        "bună ziua",
        "buna seara",
        "mulțumesc",
        "mersi",
        "caut lucru",
        "caut bonă",
        "vreau bonă",
        "ajutor",
        "îngrijitoare",
        "menajeră",
        "bună dimineața",
      ],
    ],
    [
      "uk",
      [
        "привіт",
        "вітаю",
        "дякую",
        "шукаю роботу",
        "потрібна няня",
        "доглядальниця",
        "допоможіть",
        "добрий день",
        "доброго ранку",
        "будь ласка",
        "потрібна допомога",
        "шукаю доглядальницю",
        "всім привіт",
      ],
    ],
  ])("tells %s from one or two of its words", (language, texts) => {
    for (const text of texts) expect(detectLanguage(text, "it").language, text).toBe(language);
  });

  it.each([
    "ciao",
    "grazie",
    "ok",
    "sì",
    "no grazie",
    "buongiorno",
    "badante",
    "cerco badante",
    "tata",
    "Loreto",
    "via Padova",
    "Municipio 8",
    "ciao bona",
    "grazie mille",
    "hello",
    "thanks",
    "help",
    "hi there",
    "cleaner",
    "babysitter",
    "Anna Rossi",
    "Lucía Pérez",
    "vale",
    "dia",
    "salut",
    "obrigada",
    "merci",
    "привет",
    "Доброго дня",
    "спасибо",
    "ищу работу",
    "bom dia",
    "bonjour",
  ])(
    "leaves «%s» to the hint: Italian, English, a name or a place, or a language it only reads",
    (text) => {
      expect(detectLanguage(text, "it")).toEqual({ language: "it", confidence: 0, told: "hint" });
    },
  );
});
