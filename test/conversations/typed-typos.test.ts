import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { answeredForNiguarda, shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/** Short replies typed fast on a phone: a letter doubled, two letters swapped, a polite «no». */
const operators: TestGroup = { id: -1001817, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const CONSENT = /Sei d'accordo\?|Do you agree\?/;
/** Leave taken, with or without a «prego» for the thanks. */
const GOODBYE = /Se ti serve altro, scrivimi|If you need anything else, write/;

async function replyTo(user: TestUser, text: string): Promise<string> {
  harness.emulator.sendText(user, text);
  return shown(await harness.emulator.nextBotMessage(user.id));
}

/** A cleaner asked for in English and answered for Niguarda, up to the offer and its map. */
async function answeredInEnglish(user: TestUser): Promise<void> {
  harness.emulator.sendText(user, "I need a cleaner");
  await until(harness.emulator, user.id, /Where in Milan/);
  harness.emulator.sendText(user, "Niguarda");
  await until(harness.emulator, user.id, /contact you/);
  await harness.emulator.nextBotMessage(user.id); // the map
}

describe("a yes typed with a typo to «Vuoi essere ricontattato?»", () => {
  it.each(["sii", "cetro", "Certo!", "si grazei", "okk"])(
    "«%s» asks for consent, not «Su questo non posso aiutarti»",
    async (typed) => {
      const user = citizen("Pia");
      await answeredForNiguarda(harness.emulator, user);
      expect(await replyTo(user, typed)).toMatch(CONSENT);
    },
  );

  it("(en) «yse» asks for consent", async () => {
    const user = citizen("Joe", "en");
    await answeredInEnglish(user);
    expect(await replyTo(user, "yse")).toMatch(CONSENT);
  });

  it.each([
    ["ro", "caut o bonă pentru fetița mea", /În ce zonă/, /contacteze/, "daa", /Ești de acord\?/],
    ["uk", "шукаю няню для доньки", /У якому районі/, /зв'язався/, "такк", /Ви згодні\?/],
  ])(
    "(%s) «%s», then a doubled yes to the offer: the consent question",
    async (language, need, asked, offer, typed, consent) => {
      const user = citizen("Ana", language);
      harness.emulator.sendText(user, need);
      await until(harness.emulator, user.id, asked);
      harness.emulator.sendText(user, "Niguarda");
      await until(harness.emulator, user.id, offer);
      await harness.emulator.nextBotMessage(user.id); // the map
      expect(await replyTo(user, typed)).toMatch(consent);
    },
  );

  it("«sii» to the consent question goes on to the name", async () => {
    const user = citizen("Lia");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, "sì")).toMatch(CONSENT);
    expect(await replyTo(user, "sii")).toMatch(/Come ti chiami/);
  });

  it("a name one letter off a reply is still a name: «Grazia Bianchi» at the name question", async () => {
    const user = citizen("Grazia");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, "sì")).toMatch(CONSENT);
    expect(await replyTo(user, "sì")).toMatch(/Come ti chiami/);
    expect(await replyTo(user, "Grazia Bianchi")).toMatch(/numero/);
  });
});

describe("thanks typed with a typo after an answer", () => {
  it.each([
    ["it", "grazei", /^Prego!/],
    ["en", "thnaks", /^You're welcome!/],
  ])("(%s) «%s» gets a short «prego», not «I can't help»", async (language, typed, expected) => {
    const user = citizen("Ugo", language);
    harness.emulator.sendText(user, typed);
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(expected);
  });
});

describe("a polite «no, it's fine» is a no", () => {
  it.each([
    ["it", "no, va bene così grazie"],
    ["it", "ok, no grazie"],
    ["it", "nn"],
  ])("(%s) «%s» to «Vuoi essere ricontattato?» takes leave", async (_language, typed) => {
    const user = citizen("Rita");
    await answeredForNiguarda(harness.emulator, user);
    expect(await replyTo(user, typed)).toMatch(GOODBYE);
  });

  it.each(["no, that's fine", "no thanks, I'm fine"])(
    "(en) «%s» to the offer takes leave",
    async (typed) => {
      const user = citizen("Tom", "en");
      await answeredInEnglish(user);
      expect(await replyTo(user, typed)).toMatch(GOODBYE);
    },
  );

  it("«no, va bene così grazie» at the note question leaves no note", async () => {
    const { emulator } = harness;
    const user = citizen("Rosa");
    await answeredForNiguarda(emulator, user);
    expect(await replyTo(user, "sì")).toMatch(CONSENT);
    expect(await replyTo(user, "sì")).toMatch(/Come ti chiami/);
    expect(await replyTo(user, "Rosa Neri")).toMatch(/numero/);
    emulator.sendText(user, "333 123 4567");
    await until(emulator, user.id, /Quando preferisci/);
    expect(await replyTo(user, "mattina")).toMatch(/nota/);
    emulator.sendText(user, "no, va bene così grazie");
    expect(shown(await until(emulator, user.id, /Controlla la tua richiesta/))).toMatch(/Nota: —/);
  });
});

describe("«no problem» agrees, in every language", () => {
  it.each([
    ["it", "sì, nessun problema", /Come ti chiami/],
    ["it", "certo, non c'è problema", /Come ti chiami/],
    ["en", "yes, no problem", /What is your name/],
    ["en", "no worries", /What is your name/],
    ["es", "sí, no hay problema", /Cómo te llamas/],
    ["ro", "da, nicio problemă", /Cum te numești/],
    ["uk", "так, немає проблем", /Як вас звати/],
  ])("(%s) «%s» to the consent question asks the name", async (language, typed, name) => {
    const user = citizen("Bruno", language);
    harness.emulator.sendText(user, "/operatore");
    await until(harness.emulator, user.id, /\?$/m);
    expect(await replyTo(user, typed)).toMatch(name);
  });
});
