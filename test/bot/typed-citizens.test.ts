import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import {
  askForOperator,
  notificationOf,
  notificationsOf,
  REGISTERED,
  sayTo,
  shown,
  until,
  untilStatus,
} from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001627, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The citizen types a message; the bot's message matching `next`, once it comes. */
const saysTo = (user: TestUser) => (text: string, next: RegExp) => sayTo(harness)(user, text, next);

/** The card the operators got for a request, as it reads now. */
const cardOf = (reference: string) =>
  notificationsOf(harness.emulator, operators, reference)
    .map((m) => shown(m))
    .join("\n");

describe("a citizen who sends a photo, a sticker and a voice note in the middle of the contact steps", () => {
  it("is told each time that only written messages are read, and the same question waits", async () => {
    const user = citizen("Dario");
    const says = saysTo(user);
    await says("vorrei parlare con un operatore, abito a Niguarda", /Sei d'accordo\?/);
    await says("sì", /Come ti chiami/);

    harness.emulator.sendPhoto(user);
    const afterPhoto = await until(
      harness.emulator,
      user.id,
      /solo messaggi scritti|Come ti chiami/,
    );
    expect(shown(afterPhoto)).toMatch(/solo messaggi scritti/);
    await says("Dario Rossi", /A che numero/);

    harness.emulator.sendSticker(user);
    const afterSticker = await until(harness.emulator, user.id, /solo messaggi scritti|✅/);
    expect(shown(afterSticker)).toMatch(/solo messaggi scritti/);
    await says("333 765 4321", /Quando preferisci/);

    harness.emulator.sendVoice(user);
    const afterVoice = await until(harness.emulator, user.id, /solo messaggi scritti|nota per/);
    expect(shown(afterVoice)).toMatch(/solo messaggi scritti/);
    await says("di mattina", /nota per l'operatore/);
    const summary = await says("nessuna", /Controlla la tua richiesta/);
    expect(shown(summary)).toMatch(/Nome: Dario Rossi/);
    expect(shown(summary)).toMatch(/Telefono: \+393337654321/);
    expect(shown(summary)).toMatch(/Quando: Mattina/);
    await says("sì", REGISTERED);
  });
});

describe("a citizen of a language the bot reads who types every answer in it", () => {
  it.each([
    // A Chinese-speaking mother: a nursery place for her one-year-old, her answers in Chinese.
    [
      "zh",
      "我的孩子一岁，我想找托儿所",
      "我住在Loreto附近",
      ["是", "是"],
      "上午",
      "不用",
      "是的",
      /When: Morning/,
    ],
    // An Albanian carer who asks for an Italian course, «po» and «jo» to the questions.
    [
      "sq",
      "Përshëndetje, punoj si badante dhe dua të mësoj italisht. Ku ka kurs italishteje falas?",
      "banoj në Quarto Oggiaro",
      ["po", "po"],
      "në mëngjes",
      "jo",
      "po",
      /Quando: Mattina/,
    ],
  ])(
    "(%s) gets the time to call read as the slot, not kept as words",
    async (language, need, area, yeses, time, noNote, confirm, slot) => {
      const user = citizen("Lin", language);
      const says = saysTo(user);
      await says(need, /In che zona|Where in Milan/);
      await says(area, /Vuoi essere ricontattato|Would you like a WeMi worker/);
      await says(yeses[0] as string, /Sei d'accordo\?|Do you agree\?/);
      await says(yeses[1] as string, /Come ti chiami|What is your name/);
      await says("Wang Fang", /A che numero|What number/);
      await says("333 765 4322", /Quando preferisci|When would you/);
      await says(time, /nota per l'operatore|note for the worker/);
      const summary = await says(noNote, /Controlla la tua richiesta|Check your request/);
      expect(shown(summary)).toMatch(slot);
      const reference = /(WM-[A-Z0-9]{4,6})/.exec(shown(await says(confirm, REGISTERED)))?.[1];
      await harness.emulator.waitFor(() => cardOf(reference as string) !== "");
      expect(cardOf(reference as string)).toMatch(/Quando chiamare: Mattina/);
    },
  );
});

describe("an operator who answers a request the citizen has just withdrawn", () => {
  const operator: TestUser = { id: 81_901, first_name: "Marta", last_name: "Operatrice" };

  it("is told it was withdrawn, whether replying or typing «prendo» under the card, which has no buttons left; the citizen gets nothing", async () => {
    const { emulator, app } = harness;
    emulator.setMember(operators, operator, "member");
    const user = citizen("Olga");
    const reference = await askForOperator(emulator, user);
    const card = await notificationOf(emulator, app, operators, reference);
    const says = saysTo(user);
    await says("/annulla_richiesta", /Vuoi ritirare la richiesta/);
    await says("sì", new RegExp(`Ho ritirato la richiesta ${reference}`));
    await untilStatus(app, reference, "withdrawn");

    const withdrawn = new RegExp(`${reference}: il cittadino ha ritirato la richiesta`);
    const toldWithdrawn = () =>
      emulator.sentMessages(operators.id).filter((m) => withdrawn.test(shown(m))).length;
    const before = toldWithdrawn();
    emulator.sendInGroup(operators, operator, "Buongiorno signora, la chiamo domani", {
      reply_to_message: card,
    });
    await emulator.waitFor(() => toldWithdrawn() === before + 1);
    emulator.sendInGroup(operators, operator, "prendo", { reply_to_message: card });
    const notOpen = /non è più aperta|ritirato la richiesta/;
    await emulator.waitFor(
      () =>
        emulator.sentMessages(operators.id).filter((m) => notOpen.test(shown(m))).length >=
        before + 2,
    );
    // The card lost its buttons when she withdrew: nothing is left to press.
    const current = notificationsOf(emulator, operators, reference).at(-1);
    expect(current === undefined ? [] : emulator.buttonsOf(current)).toEqual([]);
    expect((await app.requests.get(reference))?.status).toBe("withdrawn");
    expect(emulator.unreadMessages(user.id)).toEqual([]);
  });
});

describe("an old man who types every answer in capitals, with no accents", () => {
  it("is read as if he wrote in lower case: his need, «VIA PADOVA 120», «SI», the time", async () => {
    const user = citizen("Giuseppe");
    const says = saysTo(user);
    await says(
      "BUONGIORNO HO 88 ANNI E NON RIESCO PIU A FARE LA SPESA DA SOLO PERCHE CAMMINO MALE",
      /In che zona di Milano abiti/,
    );
    const answer = await says("VIA PADOVA 120", /Vuoi essere ricontattato/);
    expect(shown(answer)).toMatch(/Municipio 2/);
    expect(shown(answer)).toMatch(/2 mani in più/);
    await says("SI", /Sei d'accordo\?/);
    await says("SI", /Come ti chiami/);
    await says("GIUSEPPE BRAMBILLA", /A che numero/);
    await says("02 26145678", /Quando preferisci/);
    await says("DI POMERIGGIO", /nota per l'operatore/);
    const summary = await says("NO GRAZIE", /Controlla la tua richiesta/);
    expect(shown(summary)).toMatch(/Zona: via Padova 120, Municipio 2/);
    expect(shown(summary)).toMatch(/Quando: Pomeriggio/);
    expect(shown(summary)).toMatch(/Nota: —/);
    await says("SI CONFERMO", REGISTERED);
  });
});
