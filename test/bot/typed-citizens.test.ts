import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { notificationsOf, REGISTERED, shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001627, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The citizen types a message; the bot's message matching `next`, once it comes. */
const saysTo = (user: TestUser) => (text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return until(harness.emulator, user.id, next);
};

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
