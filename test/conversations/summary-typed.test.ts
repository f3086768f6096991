import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { REGISTERED, shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { everythingUnder } from "../support/on-disk.js";

/** The summary of a request for a person, confirmed in the words people use to say «that's right». */
const operators: TestGroup = { id: -1001516, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const SUMMARY =
  /Check your request|Controlla la tua richiesta|Revisa tu solicitud|Verifică cererea|Перевірте запит/;
/** Each step's question, in every language the bot speaks (its first words are enough). */
const STEPS = {
  consent: /\?$/m,
  name: /name|Come ti chiami|Cómo te llamas|Cum te numești|Як вас звати/,
  phone: /number|numero|número|număr|номером/,
  time: /When|Quando|Cuándo|Când|Коли/,
  note: /note|nota|notă|примітку/,
};
const REGISTERED_ANY =
  /Richiesta registrata|Request registered|Solicitud registrada|Cerere înregistrată|Запит зареєстровано/;
/** What is said when the summary's reply is no choice: how to confirm, correct or cancel. */
const HOW_TO_CONFIRM =
  /Scrivi «conferma»|Write "confirm"|Escribe "confirmar"|Scrie "confirm"|Напишіть "підтверджую"/;

async function atTheSummary(user: TestUser): Promise<Message> {
  const { emulator } = harness;
  emulator.sendText(user, "/operatore");
  emulator.pressButton(user, await until(emulator, user.id, STEPS.consent), "h:consent:yes");
  emulator.pressButton(user, await until(emulator, user.id, STEPS.name), "h:name");
  await until(emulator, user.id, STEPS.phone);
  emulator.sendText(user, "333 123 4567");
  emulator.pressButton(user, await until(emulator, user.id, STEPS.time), "h:time:morning");
  emulator.pressButton(user, await until(emulator, user.id, STEPS.note), "h:nonote");
  return until(emulator, user.id, SUMMARY);
}

describe("a typed «that's right» at the summary sends the request", () => {
  it.each([
    ["en", "looks good"],
    ["en", "Looks good to me!"],
  ])("(%s) «%s»", async (language, typed) => {
    const user = citizen("Jane", language);
    await atTheSummary(user);
    harness.emulator.sendText(user, typed);
    await until(harness.emulator, user.id, REGISTERED);
  });
});

describe("«nothing to change» at the summary sends the request, in every language", () => {
  it.each([
    ["it", "nessuna modifica"],
    ["it", "niente da cambiare, grazie"],
    ["it", "non cambiare nulla"],
    ["en", "no changes"],
    ["en", "nothing to change"],
    ["es", "sin cambios"],
    ["ro", "nicio modificare"],
    ["uk", "без змін"],
  ])("(%s) «%s»", async (language, typed) => {
    const user = citizen("Ines", language);
    await atTheSummary(user);
    harness.emulator.sendText(user, typed);
    await until(harness.emulator, user.id, REGISTERED_ANY);
  });
});

describe("a bare «no» at the summary is asked again, neither sent nor thrown away", () => {
  it.each([
    ["it", "nessuna"],
    ["it", "no"],
    ["it", "no, va bene così grazie"],
    ["en", "no"],
    ["es", "no"],
    ["ro", "nu"],
    ["uk", "ні"],
  ])("(%s) «%s» gets how to confirm, and «ok» then sends it", async (language, typed) => {
    const user = citizen("Olga", language);
    await atTheSummary(user);
    harness.emulator.sendText(user, typed);
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(HOW_TO_CONFIRM);
    harness.emulator.sendText(user, "ok");
    await until(harness.emulator, user.id, REGISTERED_ANY);
  });

  it("«annulla» still cancels, and nothing is kept", async () => {
    const user = citizen("Nina");
    await atTheSummary(user);
    harness.emulator.sendText(user, "annulla");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/non ho inviato nulla/);
    // Once the updates being handled are done: «annulla» is answered before its update, and
    // the batch it may share with the phone's, leaves the journal.
    expect(await everythingUnder(harness.dataDir, harness.app)).not.toContain("333 123 4567");
  });
});

describe("a button's place typed at the summary", () => {
  it("«1» sends the request", async () => {
    const user = citizen("Ugo");
    await atTheSummary(user);
    harness.emulator.sendText(user, "1");
    await until(harness.emulator, user.id, REGISTERED);
  });

  it("«la seconda» cancels it", async () => {
    const user = citizen("Eva");
    await atTheSummary(user);
    harness.emulator.sendText(user, "la seconda");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/non ho inviato nulla/);
  });
});

describe("a button's place typed at the consent question", () => {
  it("«1» is «Sì, va bene»: the name is asked", async () => {
    const user = citizen("Ada");
    harness.emulator.sendText(user, "/operatore");
    await until(harness.emulator, user.id, STEPS.consent);
    harness.emulator.sendText(user, "1");
    await until(harness.emulator, user.id, STEPS.name);
  });

  it("«2» is «No, grazie»: nothing is stored", async () => {
    const user = citizen("Bea");
    harness.emulator.sendText(user, "/operatore");
    await until(harness.emulator, user.id, STEPS.consent);
    harness.emulator.sendText(user, "2");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/non salvo nessun dato/);
  });
});

describe("one detail named with «change» at the summary: that question alone, then the summary", () => {
  it.each([
    ["it", "Anna", "cambia il numero", STEPS.phone, "347 765 4321", /Telefono: \+393477654321/],
    ["es", "Lucía", "cambiar el teléfono", STEPS.phone, "351 987 6543", /Teléfono: \+393519876543/],
    ["ro", "Ana", "schimba numele", STEPS.name, "Ana Maria Rusu", /Nume: Ana Maria Rusu/],
    ["uk", "Олена", "змінити ім'я", STEPS.name, "Олена Коваль", /Ім'я: Олена Коваль/],
  ])(
    "(%s) %s types «%s»: the new one on the summary, the others kept, no other question asked",
    async (language, name, typed, question, answer, changed) => {
      const { emulator } = harness;
      const user = citizen(name, language);
      const before = shown(await atTheSummary(user));
      emulator.sendText(user, typed);
      await until(emulator, user.id, question);
      emulator.sendText(user, answer);
      // The summary, or (as before) the questions after the one named, from the time to call.
      const next = new RegExp(`${SUMMARY.source}|${STEPS.time.source}`);
      const after = shown(await until(emulator, user.id, next));
      expect(after).toMatch(SUMMARY);
      expect(after).toMatch(changed);
      // What was not named stays as it was: the time tapped, the note left empty.
      const lastTwo = (summary: string) => summary.split("\n").slice(-2).join("\n");
      expect(lastTwo(after)).toBe(lastTwo(before));
    },
  );
});
