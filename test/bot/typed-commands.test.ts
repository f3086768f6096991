import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { last, readUntil } from "./story.js";

/**
 * Commands asked for in words: a citizen who types that she wants her data deleted, instead of
 * /cancella_dati, is asked the erasure's question; one who asks how it works gets /aiuto's
 * text; neither is told «I can't help with that».
 */
const operators: TestGroup = { id: -1001733, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const says = async (user: TestUser, text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return last(await readUntil(harness.emulator, user, (m) => next.test(m.text ?? ""))).text ?? "";
};

const CONSENT = /d'accordo|agree|acuerdo|acord|згодні/;
const ERASE_ASKED =
  /Vuoi cancellare tutti|delete all the data|borrar todos los datos|ștergi toate datele|Видалити всі дані/;
const ERASED =
  /ho cancellato i tuoi dati|data is deleted|datos están borrados|datele tale sunt șterse|дані видалено/;

describe("a citizen who asks in words to delete her data", () => {
  it.each([
    ["it", "voglio cancellare i miei dati", "sì"],
    ["en", "please delete my data", "yes"],
    ["es", "quiero borrar mis datos", "sí"],
    ["ro", "vreau să șterg datele mele, ștergeți-le", "da"],
    ["uk", "видаліть мої дані", "так"],
    // The languages the bot reads: asked and answered in Italian or English, yes in their words.
    ["ru", "удалите мои данные", "да"],
    ["tl", "burahin ang aking data", "oo"],
    ["ar", "احذف بياناتي", "نعم"],
    ["fr", "supprimez mes données s'il vous plaît", "oui"],
    ["pt", "apaguem os meus dados", "sim"],
    ["sq", "fshini të dhënat e mia", "po"],
    ["zh", "请删除我的数据", "是"],
    ["si", "මගේ දත්ත මකන්න", "ඔව්"],
  ])(
    "in %s, even at the consent question, is asked and then erased: «%s»",
    async (lang, asked, yes) => {
      const user = citizen("Maria", lang);
      await says(user, "/operatore", CONSENT);
      expect(await says(user, asked, ERASE_ASKED)).toMatch(ERASE_ASKED);
      expect(await says(user, yes, ERASED)).toMatch(ERASED);
    },
  );

  it("who changes her mind keeps her data and can take her request up again", async () => {
    const user = citizen("Maria");
    await says(user, "/operatore", CONSENT);
    await says(user, "sì", /Come ti chiami/);
    await says(user, "cancellate i miei dati", ERASE_ASKED);
    expect(await says(user, "no", /non ho cancellato nulla/)).toMatch(/per riprenderla/);
  });

  it.each([
    "non cancellate i miei dati, vorrei una badante",
    "ho paura che qualcuno possa cancellare i dati della pratica di mia madre all'INPS",
    "不要删除我的数据",
    "ne supprimez pas mes données",
  ])("is not asked to erase when she says no such thing: «%s»", async (text) => {
    const user = citizen("Maria");
    harness.emulator.sendText(user, text);
    const read = await readUntil(harness.emulator, user, (m) => (m.text ?? "").length > 0);
    expect(read.map((m) => m.text).join("\n")).not.toMatch(ERASE_ASKED);
  });
});

describe("a citizen who asks how the bot works", () => {
  it.each([
    ["it", "come funziona?", /Come funziona/],
    ["en", "How does this work?", /How it works/],
    ["es", "¿cómo funciona?", /Cómo funciona/],
    ["ro", "cum funcționează?", /Cum funcționează/],
    ["uk", "як це працює?", /Як це працює/],
    ["ru", "как это работает?", /How it works/],
    ["tl", "paano ito gumagana?", /How it works/],
    ["fr", "comment ça marche ?", /Come funziona/],
    ["zh", "这个怎么用？", /How it works|Come funziona/],
  ])("in %s gets the help, with its commands: «%s»", async (lang, asked, title) => {
    const user = citizen("Maria", lang);
    const help = await says(user, asked, /\/cancella_dati|Non posso|can't help|No puedo|Nu te pot/);
    expect(help).toMatch(title);
    expect(help).toMatch(/\/cancella_dati/);
  });
});

describe("a citizen who asks how it works right after an answer", () => {
  const OFFER =
    /Vuoi essere ricontattato|Would you like|Quieres que te contacte|Vrei să te contacteze|Хочете, щоб/;
  it.each([
    [
      "it",
      "cerco una badante per mio padre in via gallarate",
      "come funziona?",
      "sì",
      /Aiuto per trovare una badante/,
    ],
    [
      "en",
      "I need a carer for my father on via gallarate",
      "how does it work?",
      "yes",
      /Help finding a carer/,
    ],
    [
      "es",
      "busco una cuidadora para mi padre en via gallarate",
      "¿cómo funciona?",
      "sí",
      /Ayuda para encontrar una cuidadora/,
    ],
    [
      "ro",
      "caut o îngrijitoare pentru tatăl meu în via gallarate",
      "cum funcționează?",
      "da",
      /Ajutor pentru a găsi o îngrijitoare/,
    ],
    [
      "uk",
      "шукаю доглядальницю для батька, живемо на віа Галларате",
      "як це працює?",
      "так",
      /Допомога знайти доглядальницю/,
    ],
  ])(
    "in %s is told how that service works in her language, as the catalogue says, and can still ask for a person",
    async (lang, need, asked, yes, inHerLanguage) => {
      const user = citizen("Maria", lang);
      await says(user, need, OFFER);
      const told = await says(user, asked, /via Statuto 15|\/cancella_dati/);
      expect(told).toMatch(/via Statuto 15/);
      expect(told).toMatch(inHerLanguage);
      expect(told).toMatch(OFFER);
      expect(told).not.toMatch(/\/cancella_dati/);
      expect(await says(user, yes, CONSENT)).toMatch(CONSENT);
    },
  );

  it("asked with no answer before gets the bot's help", async () => {
    const user = citizen("Maria");
    expect(await says(user, "come funziona?", /\/cancella_dati/)).toMatch(/Come funziona/);
  });
});

describe("a citizen who types «menu»", () => {
  it.each([
    ["it", "menu", /Di cosa hai bisogno/],
    ["en", "main menu", /What do you need/],
    ["uk", "меню", /Що вам потрібно/],
    ["ru", "главное меню", /What do you need/],
    ["ar", "القائمة", /What do you need|Di cosa hai bisogno/],
  ])(
    "in %s gets the needs to choose from, not «I can't help»: «%s»",
    async (lang, typed, asked) => {
      const user = citizen("Maria", lang);
      const read = await says(user, typed, /Di cosa|What do you|потрібно|Non posso|can't help/);
      expect(read).toMatch(asked);
      expect(read).not.toMatch(/non posso aiutarti|can't help/i);
    },
  );
});

describe("a citizen who types /annulla_richiesta while her request is being written", () => {
  const SUMMARY = /Controlla la tua richiesta|Check your request|Revisa tu solicitud/;
  const DROPPED = /non ho inviato nulla|I sent nothing|no he enviado nada/;
  it.each([
    ["it", "sì", "Maria Rossi", "indifferente", "no"],
    ["en", "yes", "Mary Smith", "any time", "no"],
    ["es", "sí", "María López", "por la mañana", "no"],
  ])(
    "(%s) at the summary is told plainly that nothing was sent or kept",
    async (lang, yes, name, time, note) => {
      const user = citizen("Maria", lang);
      await says(user, "/operatore", CONSENT);
      await says(user, yes, /Come ti chiami|What is your name|Cómo te llamas/);
      await says(user, name, /A che numero|What number|número/);
      await says(user, "3331234567", /Quando preferisci|When would you|Cuándo prefieres/);
      await says(user, time, /nota per l'operatore|note for the worker|una nota/);
      await says(user, note, SUMMARY);
      const said = await says(user, "/annulla_richiesta", DROPPED);
      expect(said).toMatch(DROPPED);
      expect(said).not.toMatch(/Non hai richieste|no open requests|No tienes solicitudes/);
      // Nothing reached the operators.
      expect(harness.emulator.sentMessages(operators.id)).toHaveLength(0);
    },
  );

  it("at the name question too, and /stato then shows no request", async () => {
    const user = citizen("Maria");
    await says(user, "/operatore", CONSENT);
    await says(user, "sì", /Come ti chiami/);
    expect(await says(user, "/annulla_richiesta", DROPPED)).toMatch(DROPPED);
    expect(await says(user, "/stato", /richiest/)).toMatch(/Non hai|nessuna/i);
  });
});
