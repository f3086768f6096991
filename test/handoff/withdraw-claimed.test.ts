import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { askForOperator, notificationOf, shown, until, untilStatus } from "./steps.js";

/**
 * A request an operator has taken: what the citizen writes goes to the operator, except the
 * reply to a question the citizen asked the bot for (/annulla_richiesta, /cancella_dati).
 */
const operators: TestGroup = { id: -1001819, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const operator: TestUser = { id: 81_900, first_name: "Marta", last_name: "Operatrice" };
beforeAll(() => harness.emulator.setMember(operators, operator, "member"));

/** A request asked for by `user` and taken by the operator: its reference. */
async function claimed(user: TestUser): Promise<string> {
  const { emulator, app } = harness;
  const reference = await askForOperator(emulator, user);
  const card = await notificationOf(emulator, app, operators, reference);
  emulator.pressButton(operator, card, `o:claim:${reference}`);
  await untilStatus(app, reference, "claimed");
  await until(emulator, user.id, /ha preso in carico/);
  return reference;
}

const saidToOperators = (text: string) =>
  harness.emulator.sentMessages(operators.id).filter((m) => shown(m).includes(`scrive: ${text}`));

describe("withdrawing a request an operator has taken, typing the answer", () => {
  it("«sì» to «Vuoi ritirare la richiesta?» withdraws it, and is not relayed to the operator", async () => {
    const { emulator, app } = harness;
    const user = citizen("Wanda");
    const reference = await claimed(user);
    emulator.sendText(user, "/annulla_richiesta");
    await until(emulator, user.id, /Vuoi ritirare la richiesta/);
    emulator.sendText(user, "sì");
    await until(emulator, user.id, new RegExp(`Ho ritirato la richiesta ${reference}`));
    await untilStatus(app, reference, "withdrawn");
    expect(saidToOperators("sì")).toEqual([]);
  });

  it("«no» keeps it, and what is written next still goes to the operator", async () => {
    const { emulator } = harness;
    const user = citizen("Walter");
    await claimed(user);
    emulator.sendText(user, "/annulla_richiesta");
    await until(emulator, user.id, /Vuoi ritirare la richiesta/);
    emulator.sendText(user, "no");
    await until(emulator, user.id, /la richiesta resta aperta/);
    emulator.sendText(user, "grazie, aspetto la chiamata");
    await until(emulator, user.id, /Inviato all'operatore/);
    expect(saidToOperators("grazie, aspetto la chiamata")).toHaveLength(1);
  });

  it("the operator who replies after the citizen withdrew is told, and the citizen gets nothing", async () => {
    const { emulator, app } = harness;
    const user = citizen("Wilma");
    const reference = await claimed(user);
    const card = await notificationOf(emulator, app, operators, reference);
    emulator.sendText(user, "/annulla_richiesta");
    await until(emulator, user.id, /Vuoi ritirare la richiesta/);
    emulator.sendText(user, "sì");
    await until(emulator, user.id, new RegExp(`Ho ritirato la richiesta ${reference}`));
    await untilStatus(app, reference, "withdrawn");
    emulator.sendInGroup(operators, operator, "Buongiorno, la chiamo alle 10", {
      reply_to_message: card,
    });
    // Told when the citizen withdrew, and again to the operator who writes meanwhile.
    const withdrawn = new RegExp(`${reference}: il cittadino ha ritirato la richiesta`);
    await emulator.waitFor(
      () =>
        emulator.sentMessages(operators.id).filter((m) => withdrawn.test(shown(m))).length === 2,
    );
    expect(emulator.sentMessages(operators.id).some((m) => /Prendi in carico/.test(shown(m)))).toBe(
      false,
    );
    expect(emulator.unreadMessages(user.id)).toEqual([]);
  });
});
