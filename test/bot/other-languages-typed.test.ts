import type { Message } from "grammy/types";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { notificationOf, REGISTERED, referenceIn, sayTo } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001730, title: "Operatori WeMi", type: "supergroup" };
const anna: TestUser = { id: 9730, first_name: "Anna", last_name: "Rossi" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
beforeAll(() => harness.emulator.setMember(operators, anna, "member"));
const say = sayTo(harness);

const WHERE_TO_GO = /Where to go/;
const CONSENT = /Do you agree\?/;
const NAME = /What is your name/;
const PHONE = /What number can we call you on/;
const TIME = /When would you prefer to be called/;
const NOTE = /note for the worker/;
const SUMMARY = /Check your request/;

/**
 * A citizen who writes a language the bot reads but does not speak (Russian, Tagalog, Arabic)
 * gets one line in it, then the dialogue in English; every button can still be answered in
 * their own words, and what they type reaches the operators in Italian.
 */
/** The need told, then a typed yes to the offer and to consent, and a name: the phone is asked. */
async function untilPhone(user: TestUser, need: string, yes: string, name: string) {
  await say(user, need, WHERE_TO_GO);
  await say(user, yes, CONSENT);
  await say(user, yes, NAME);
  await say(user, name, PHONE);
}

describe("typing every answer in a language the bot only reads", () => {
  it("Russian: «утром» at the time question is the morning, on the summary and the operators' card", async () => {
    const user = citizen("Olga", "ru");
    await untilPhone(
      user,
      "Здравствуйте, ищу работу сиделкой, живу в районе Лорето",
      "да",
      "Ольга",
    );
    await say(user, "333 123 4567", TIME);
    await say(user, "утром", NOTE);
    const summary = await say(user, "нет", SUMMARY);
    expect(shown(summary)).toMatch(/When: Morning/);
    const reference = referenceIn(await say(user, "да", REGISTERED));
    const card = await notificationOf(harness.emulator, harness.app, operators, reference);
    expect(shown(card)).toMatch(/Quando chiamare: Mattina/);
  });

  it("Tagalog: «dito na lang po sa Telegram» at the phone question gives no phone", async () => {
    const user = citizen("Maria", "tl");
    const need =
      "Magandang araw po, naghahanap po ako ng trabaho bilang kasambahay, nakatira ako sa Loreto";
    await untilPhone(user, need, "opo", "Maria Santos");
    const noPhone = await say(user, "dito na lang po sa Telegram", /no phone|I already have/);
    expect(shown(noPhone)).toMatch(/All right: no phone/);
  });

  it("Tagalog: «sa hapon» at the time question is the afternoon", async () => {
    const user = citizen("Liza", "tl");
    const need = "naghahanap po ako ng trabaho bilang kasambahay, nakatira ako sa Loreto";
    await untilPhone(user, need, "oo", "Liza Cruz");
    await say(user, "333 123 4567", TIME);
    await say(user, "sa hapon po", NOTE);
    const summary = await say(user, "hindi", SUMMARY);
    expect(shown(summary)).toMatch(/When: Afternoon/);
  });

  it("Arabic: «نعم» answers the questions in English without the notice again, and «في المساء» is the evening", async () => {
    const user = citizen("Fatima", "ar");
    const NOTICE = /فهمت رسالتك/;
    harness.emulator.sendText(user, "مرحبا، أبحث عن عمل كمربية أطفال، أسكن في Loreto");
    // «كمربية أطفال», as a nanny, says the work: answered at once, the notice said once.
    const opening = await readUntil(harness.emulator, user, (m) =>
      /Where to go|home-care worker\?/.test(shown(m)),
    );
    expect(shown(opening.at(-1) as Message)).toMatch(/Where to go/);
    expect(opening.filter((m) => NOTICE.test(shown(m)))).toHaveLength(1);
    await readUntil(harness.emulator, user, (m) => m.venue !== undefined);
    harness.emulator.sendText(user, "نعم");
    const consent = await readUntil(harness.emulator, user, (m) => CONSENT.test(shown(m)));
    expect(consent.filter((m) => NOTICE.test(shown(m)))).toEqual([]);
    await say(user, "نعم", NAME);
    await say(user, "فاطمة", PHONE);
    await say(user, "333 123 4567", TIME);
    await say(user, "في المساء", NOTE);
    const summary = await say(user, "لا", SUMMARY);
    expect(shown(summary)).toMatch(/When: Early evening/);
  });
});

/** French and Portuguese are answered in Italian after the notice; their time words still count. */
describe("the time to call typed in French or Portuguese", () => {
  it.each([
    [
      "French",
      "fr",
      "Bonjour, je cherche une femme de ménage pour ma mère, elle habite à Loreto",
      "oui",
      "l'après-midi",
      "non",
      /Quando: Pomeriggio/,
    ],
    [
      "Portuguese",
      "pt",
      "Olá, procuro uma empregada doméstica para a minha mãe, ela mora em Loreto",
      "sim",
      "de manhã",
      "não",
      /Quando: Mattina/,
    ],
  ])(
    "%s: the slot, not the words as typed, on the summary",
    async (_, language, need, yes, time, no, slot) => {
      const user = citizen("Awa", language);
      await say(user, need, /Dove rivolgerti/);
      await say(user, yes, /Sei d'accordo\?/);
      await say(user, yes, /Come ti chiami/);
      await say(user, "Awa Diop", /A che numero/);
      await say(user, "333 123 4567", /Quando preferisci/);
      await say(user, time, /nota per l'operatore/);
      expect(shown(await say(user, no, /Controlla la tua richiesta/))).toMatch(slot);
    },
  );
});

describe("a Sinhala citizen typing at each button", () => {
  it.each([
    ["උදේ", /When: Morning/],
    ["දවල්", /When: Afternoon/],
    ["හවස", /When: Early evening/],
    ["ඕනෑම වෙලාවක", /When: Any time/],
  ])("«ඔව්», «I'd rather not say» and «%s» are read as the buttons", async (time, slot) => {
    const user = citizen("Nimal", "si");
    await say(user, "/operatore", CONSENT);
    await say(user, "ඔව්", NAME);
    await say(user, "කියන්න කැමති නැහැ", PHONE);
    await say(user, "333 123 4567", TIME);
    await say(user, time, NOTE);
    const summary = shown(await say(user, "නැහැ", SUMMARY));
    expect(summary).toMatch(slot);
    expect(summary).not.toMatch(/කියන්න/);
  });
});
