import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { compilePhrase, occursIn } from "../../src/language/phrases.js";
import { createReplyReader, loadReplyReader } from "../../src/language/replies.js";
import { tokenize } from "../../src/nlu/normalize.js";

const read = loadReplyReader(join(PROJECT_ROOT, "locales"));

describe("short replies typed instead of tapped", () => {
  it.each([
    ["sì", "yes"],
    ["Sì, va bene", "yes"],
    ["sì!!", "yes"],
    ["SÌ", "yes"],
    // iOS keyboards may send the accent as a separate combining mark.
    ["si\u0300", "yes"],
    ["Sì grazie", "yes"],
    ["certo", "yes"],
    ["ok 👍", "yes"],
    ["Sì, confermo", "yes"],
    ["yes please", "yes"],
    ["sure", "yes"],
    ["no grazie", "no"],
    ["nessuna", "no"],
    ["niente", "no"],
    ["salta", "skip"],
    ["preferisco non dirlo", "skip"],
    ["basta", "cancel"],
    ["indietro", "back"],
    ["cambia zona", "change"],
    ["non abito lì", "change"],
    ["non lo so", "dont_know"],
    ["no, non ho il telefono", "contact_here"],
    ["contattatemi qui", "contact_here"],
    ["grazie mille!", "thanks"],
  ])("«%s» means %s", (text, kind) => {
    expect(read(text, "it").kind).toBe(kind);
  });

  it.each(["Anna Rossi", "mi serve una badante per mia madre", "via Padova 120", "sìa", ""])(
    "«%s» is not a short reply",
    (text) => {
      expect(read(text, "it").kind).toBeNull();
    },
  );

  it("says how many other words came with the reply, so a name step can tell «sì» from «sì, Anna»", () => {
    expect(read("sì", "it").extraWords).toBe(0);
    expect(read("sì, mi chiamo Anna", "it").extraWords).toBeGreaterThan(0);
  });

  it("a language is content: a lexicon added as data is read without code changes", () => {
    const withSpanish = createReplyReader({ es: { yes: ["sí|claro"], no: ["no"] } });
    expect(withSpanish("¡Sí!", "es").kind).toBe("yes");
    expect(withSpanish("claro", "it").kind).toBe("yes");
  });
});

describe("short replies in Spanish, Romanian and Ukrainian, the words the hints tell them to type", () => {
  it.each([
    ["es", "Sí, por favor", "yes"],
    ["es", "confirmar", "yes"],
    ["es", "no gracias", "no"],
    ["es", "prefiero no decirlo", "skip"],
    ["es", "cancelar", "cancel"],
    ["es", "cambiar zona", "change"],
    ["es", "no sé", "dont_know"],
    ["es", "escríbeme aquí", "contact_here"],
    ["es", "escríbanme aquí", "contact_here"],
    ["ro", "da, te rog", "yes"],
    ["ro", "nu, mersi", "no"],
    ["ro", "prefer să nu spun", "skip"],
    ["ro", "anulează", "cancel"],
    ["ro", "schimbă zona", "change"],
    ["ro", "habar n-am", "dont_know"],
    ["ro", "scrie-mi aici", "contact_here"],
    ["uk", "так, будь ласка", "yes"],
    ["uk", "ні, дякую", "no"],
    ["uk", "не хочу казати", "skip"],
    ["uk", "скасувати", "cancel"],
    ["uk", "змінити район", "change"],
    ["uk", "не пам'ятаю", "dont_know"],
    ["uk", "напишіть мені тут", "contact_here"],
    // Typed at the summary to confirm it (found walking issue 8).
    ["es", "todo bien", "yes"],
    ["es", "está todo bien", "yes"],
    ["tl", "ayos lang", "yes"],
  ])("in %s, «%s» means %s", (language, text, kind) => {
    expect(read(text, language).kind).toBe(kind);
  });

  it.each(["da chi?", "chiamare da lunedì", "mal di testa", "para mi madre"])(
    "the Italian «%s» is not read as a short reply of another language",
    (text) => {
      expect(read(text, "it").kind).toBeNull();
    },
  );
});

describe("phrases are matched on words, accents and punctuation aside", () => {
  it("a word prefix, alternatives, a gap and a word that must not follow", () => {
    const phrase = compilePhrase("mi ... picchi*|menat* !per");
    expect(occursIn(tokenize("Mi ha picchiata!"), phrase)).toBe(true);
    expect(occursIn(tokenize("mi ha di nuovo menata"), phrase)).toBe(true);
    expect(occursIn(tokenize("mi picchia per gioco"), phrase)).toBe(false);
    expect(occursIn(tokenize("picchia il muro"), phrase)).toBe(false);
  });

  it("a group holds alternatives of several words", () => {
    const phrase = compilePhrase("(passed out|fainted) today");
    expect(occursIn(tokenize("he passed out today"), phrase)).toBe(true);
    expect(occursIn(tokenize("he passed today"), phrase)).toBe(false);
  });

  it("a phrase with no word left is refused, naming it", () => {
    expect(() => compilePhrase("... !!!")).toThrow(/no word/);
  });
});

describe("a reply typed with no language known is read in the language that reads all of it", () => {
  it.each([
    ["prefiero no decirlo", "skip"],
    ["no quiero decirlo", "skip"],
    ["prefer să nu spun", "skip"],
  ])("«%s» means %s, not a bare «no» beside unknown words", (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe("a word of one language is no reply in a dialogue held in another where it means something else", () => {
  it.each(["si", "și", "Şi?", "si apoi?"])(
    "Romanian %j («and») is no yes in a Romanian dialogue",
    (text) => {
      expect(read(text, "ro").kind).toBeNull();
    },
  );

  it.each([
    ["sì", "ro"],
    ["da", "ro"],
    ["si", "it"],
    ["si", "es"],
  ])("%j is still yes in a %s dialogue", (text, language) => {
    expect(read(text, language).kind).toBe("yes");
  });
});

describe("a correction of where the citizen lives", () => {
  it.each([
    ["actually I live in Baggio", "i live in baggio"],
    ["sorry, actually we live in Quarto Oggiaro", "we live in quarto oggiaro"],
    ["scusa, abito a Gratosoglio", "abito a gratosoglio"],
    ["perdón, en realidad vivo en Baggio", "vivo en baggio"],
  ])("«%s» is read from «%s»", (text, rest) => {
    expect(read.afterCorrectionOfHome(text)).toBe(rest);
  });

  it.each([
    "actually I need a babysitter",
    "no badante, cerco una colf",
    "I live in Baggio",
    "abito a Baggio e cerco una badante",
  ])("«%s» opens with no correction of home", (text) => {
    expect(read.afterCorrectionOfHome(text)).toBeUndefined();
  });
});

describe("the words after the greetings a message opens with", () => {
  it.each([
    ["hola buenas, necesito ayuda con mi madre", "necesito ayuda con mi madre"],
    ["Bună ziua, am nevoie de ajutor", "am nevoie de ajutor"],
    ["Добрий день, допоможіть", "допоможіть"],
    ["你好，我需要帮助", "我需要帮助"],
    ["buongiorno, cerco una badante", "cerco una badante"],
  ])("«%s» goes on with «%s»", (text, rest) => {
    expect(read.afterGreeting(text)).toBe(rest);
  });

  it.each(["hola", "buenos días", "ciao ciao", "mia madre ha 90 anni"])(
    "«%s» is a greeting alone, or opens with none",
    (text) => {
      expect(read.afterGreeting(text)).toBeUndefined();
    },
  );
});

describe("a name introduced, in the languages the bot speaks", () => {
  it.each([
    ["mi chiamo Dora Neri", "Dora Neri"],
    ["no, mi chiamo Anna Neri", "Anna Neri"],
    ["anzi scusa, mi chiamo Anna Neri.", "Anna Neri"],
    ["mi chiamo:Anna", "Anna"],
    ["sorry, my name's John Smith", "John Smith"],
    ["actually my name is John Smith", "John Smith"],
    ["perdón, en realidad me llamo Lucía Pérez", "Lucía Pérez"],
    ["ah perdón, en realidad me llamo Rosa María Quispe", "Rosa María Quispe"],
    ["ah scusa, mi chiamo Anna Neri", "Anna Neri"],
    ["ah, de fapt numele meu e Ana Pop", "Ana Pop"],
    ["de fapt numele meu e Ana Pop", "Ana Pop"],
    ["вибачте, мене звуть Олена Коваль", "Олена Коваль"],
    ["моє ім'я Олена", "Олена"],
  ])("«%s» introduces «%s», as typed", (text, name) => {
    expect(read.introducedName(text)).toBe(name);
  });

  it.each(["sono Dora", "I'm Amy", "soy Lucía", "sunt Ana"])(
    "«%s» introduces a name at the name question only",
    (text) => {
      expect(read.introducedName(text, true)).toBeDefined();
      expect(read.introducedName(text)).toBeUndefined();
    },
  );

  it.each(["mi chiamo", "sono a casa", "Anna Neri", "in the morning", "scusa, quanto costa?"])(
    "«%s» introduces no name",
    (text) => {
      expect(read.introducedName(text)).toBeUndefined();
    },
  );
});

describe("a message that is only a reply, in any language (what the classifier sets aside)", () => {
  it.each([
    ["ok", "yes"],
    ["non lo so", "dont_know"],
    ["preferisco non dirlo", "skip"],
    ["prefiero no decirlo", "skip"],
    ["grazie mille!", "thanks"],
  ])("«%s» is only a %s", (text, kind) => {
    expect(read.onlyReply(text)).toBe(kind);
    expect(read(text)).toMatchObject({ kind, extraWords: 0 });
  });

  it.each([
    "sì, mi chiamo Anna",
    "non lo so, mi serve una badante per mia madre",
    "ok ma quanto costa la badante?",
  ])("«%s» says more than a reply", (text) => {
    expect(read.onlyReply(text)).toBeNull();
  });
});

describe("a word that is one language's yes and another's politeness", () => {
  it.each(["Baggio po", "via Padova 120 po", "Niguarda po"])(
    "«%s» (Tagalog's respectful «po» after a place) is no yes in any dialogue",
    (text) => {
      for (const language of ["it", "en", "tl"]) expect(read(text, language).kind).toBeNull();
    },
  );

  it.each([
    ["po", "yes"],
    ["opo", "yes"],
    ["sige po", "yes"],
    ["po, faleminderit", "yes"],
  ])("«%s» alone or with its own words still answers: %s", (text, kind) => {
    expect(read(text, "it").kind).toBe(kind);
  });
});

describe("where to go, asked after an answer in the other languages", () => {
  it.each([
    ["ku duhet të shkoj?"],
    ["vetëm adresën, ju lutem"],
    ["saan po ako pupunta?"],
    ["yung address na lang po"],
    ["وين لازم اروح؟"],
    ["بس العنوان من فضلك"],
    ["我应该去哪里？"],
    ["给我地址就行"],
    ["මම කොහෙද යන්න ඕනේ?"],
    ["ලිපිනය විතරක් ඇති"],
  ])("«%s» asks where to go", (text) => {
    expect(read.mentions("where_to_go", text)).toBe(true);
  });

  it.each([["ku jeton nëna ime"], ["saan kayo nakatira"], ["我住在哪里不重要"]])(
    "«%s» asks nothing of the kind",
    (text) => {
      expect(read.mentions("where_to_go", text)).toBe(false);
    },
  );
});
