import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { askForOperator, notificationOf, shown, until, untilEdited, untilStatus } from "./steps.js";

/**
 * Operators who type instead of tapping: «prendo» or «chiudi» written as a reply to a
 * request's card does what its button does, and never reaches the citizen as a message.
 */
const operators: TestGroup = { id: -1001215, title: "Operatori WeMi", type: "supergroup" };
const anna: TestUser = { id: 521, first_name: "Anna", last_name: "Rossi" };
const marco: TestUser = { id: 522, first_name: "Marco", last_name: "Bianchi" };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ operatorChatId: operators.id });
  harness.emulator.addGroup(operators);
  harness.emulator.setMember(operators, anna, "member");
  harness.emulator.setMember(operators, marco, "member");
});
afterAll(async () => {
  await harness.close();
});

async function newRequest(name: string) {
  const user = citizen(name);
  const reference = await askForOperator(harness.emulator, user);
  const card = await notificationOf(harness.emulator, harness.app, operators, reference);
  return { user, reference, card };
}

describe("an operator who types «prendo» and «chiudi» under a request's card", () => {
  it.each([
    ["prendo", "chiudi"],
    ["Prendo in carico", "✅ Chiudi"],
    ["la prendo io", "chiusa"],
  ])(
    "«%s» takes the request and «%s» closes it, as the buttons do; the citizen reads neither word",
    async (take, close) => {
      const { emulator, app } = harness;
      const { user, reference, card } = await newRequest("Teresa");
      emulator.sendInGroup(operators, anna, take, { reply_to_message: card });
      await until(
        emulator,
        user.id,
        new RegExp(`ha preso in carico la tua richiesta ${reference}`),
      );
      const claimed = await untilEdited(emulator, card, (t) => /presa in carico da/.test(t));
      expect(shown(claimed)).toMatch(/presa in carico da Anna Rossi/);

      emulator.sendInGroup(operators, anna, close, { reply_to_message: card });
      await until(emulator, user.id, new RegExp(`La tua richiesta ${reference} è stata chiusa`));
      await untilStatus(app, reference, "closed");
      const relayed = emulator.sentMessages(user.id).map(shown);
      expect(relayed.filter((text) => /Operatore WeMi:/.test(text))).toEqual([]);
    },
  );

  it("a sentence that only starts like it («chiudi pure la finestra…») is relayed as written", async () => {
    const { emulator } = harness;
    const { user, reference, card } = await newRequest("Rita");
    emulator.pressButton(anna, card, `o:claim:${reference}`);
    await untilStatus(harness.app, reference, "claimed");
    emulator.sendInGroup(operators, anna, "chiudi pure la pratica vecchia, ti chiamo domani", {
      reply_to_message: card,
    });
    const relayed = await until(emulator, user.id, /Operatore WeMi/);
    expect(shown(relayed)).toMatch(/chiudi pure la pratica vecchia/);
  });

  it("after the close, words and «chiudi» typed under the card reach nobody: told it is no longer open", async () => {
    const { emulator, app } = harness;
    const { user, reference, card } = await newRequest("Franca");
    emulator.sendInGroup(operators, anna, "prendo", { reply_to_message: card });
    await untilStatus(app, reference, "claimed");
    emulator.sendInGroup(operators, anna, "chiudi", { reply_to_message: card });
    await until(emulator, user.id, new RegExp(`La tua richiesta ${reference} è stata chiusa`));
    emulator.sendInGroup(operators, anna, "Signora, mi sono dimenticata di dirle l'indirizzo", {
      reply_to_message: card,
    });
    await until(emulator, operators.id, /Questa richiesta non è più aperta/);
    emulator.sendInGroup(operators, marco, "chiudi", { reply_to_message: card });
    await until(emulator, operators.id, /Questa richiesta non è più aperta/);
    const relayed = emulator.sentMessages(user.id).map(shown);
    expect(relayed.filter((text) => /dimenticata/.test(text))).toEqual([]);
    expect((await app.requests.get(reference))?.operator?.name).toBe("Anna Rossi");
  });

  it("«prendo» under a card another operator took: told who has it, the request stays theirs", async () => {
    const { emulator, app } = harness;
    const { reference, card } = await newRequest("Carla");
    emulator.pressButton(marco, card, `o:claim:${reference}`);
    await untilStatus(app, reference, "claimed");
    emulator.sendInGroup(operators, anna, "prendo", { reply_to_message: card });
    await until(emulator, operators.id, /L'ha già presa Marco/);
    expect((await app.requests.get(reference))?.operator?.name).toBe("Marco Bianchi");
  });

  // Session 39, second round: a second operator answered under a request Marco had claimed.
  // The citizen got it; the group was not told, and Marco learnt it from the citizen.
  it("a reply by another operator than the claimer reaches the citizen, and the group is told who wrote", async () => {
    const { emulator, app } = harness;
    const { user, reference, card } = await newRequest("Luisa");
    emulator.pressButton(marco, card, `o:claim:${reference}`);
    await untilStatus(app, reference, "claimed");
    // The claimer's own reply is only relayed: no note.
    emulator.sendInGroup(operators, marco, "Buongiorno, sono Marco di WeMi", {
      reply_to_message: card,
    });
    await until(emulator, user.id, /sono Marco di WeMi/);
    emulator.sendInGroup(operators, anna, "Buongiorno, la chiamo domani alle 10 per la badante", {
      reply_to_message: card,
    });
    const relayed = await until(emulator, user.id, /la chiamo domani alle 10/);
    expect(shown(relayed)).toMatch(/Operatore WeMi/);
    const note = await until(emulator, operators.id, /ha scritto al cittadino/);
    expect(shown(note)).toBe(
      `ℹ️ ${reference}: Anna Rossi ha scritto al cittadino; la richiesta resta presa in carico da Marco Bianchi.`,
    );
    const notes = emulator.sentMessages(operators.id).map(shown);
    expect(notes.filter((text) => text.startsWith(`ℹ️ ${reference}:`))).toHaveLength(1);
    expect((await app.requests.get(reference))?.operator?.name).toBe("Marco Bianchi");
  });
});
