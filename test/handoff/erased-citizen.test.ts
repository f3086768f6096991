import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { askForOperator, filesUnder, notificationOf, shown, until, untilStatus } from "./steps.js";

/**
 * An operator writes to a citizen who has meanwhile erased their data with /cancella_dati:
 * the words reach nobody, the operator is told plainly that the citizen is gone, and nothing
 * of the citizen's comes back into the data.
 */
const operators: TestGroup = { id: -1001827, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const operator: TestUser = { id: 82_700, first_name: "Ornella", last_name: "Operatrice" };
beforeAll(() => harness.emulator.setMember(operators, operator, "member"));

/** How many times the operators were told the request's citizen is gone. */
const toldGone = (reference: string) => {
  const gone = new RegExp(
    `${reference}: i dati del cittadino sono stati cancellati, non posso più scrivergli`,
  );
  return harness.emulator.sentMessages(operators.id).filter((m) => gone.test(shown(m))).length;
};

/** Waits until the operators are told once more than `before` that the citizen is gone. */
const toldAgain = (reference: string, before: number) =>
  harness.emulator.waitFor(() => toldGone(reference) > before);

/**
 * A request taken by the operator, then erased by its citizen (the operators are told at once):
 * its reference and card.
 */
async function takenThenErased(user: TestUser) {
  const { emulator, app } = harness;
  const reference = await askForOperator(emulator, user, { typedPhone: "347 555 0127" });
  const card = await notificationOf(emulator, app, operators, reference);
  emulator.pressButton(operator, card, `o:claim:${reference}`);
  await untilStatus(app, reference, "claimed");
  await until(emulator, user.id, /ha preso in carico/);
  emulator.sendText(user, "/cancella_dati");
  emulator.sendText(user, "sì");
  await until(emulator, user.id, /ho cancellato i tuoi dati/);
  await toldAgain(reference, 0);
  return { reference, card };
}

describe("an operator replies after the citizen erased their data", () => {
  it("under the card: the operator is told the citizen is gone, and the citizen gets nothing", async () => {
    const { emulator } = harness;
    const user: TestUser = { ...citizen("Ersilia"), last_name: "Brambillasca" };
    const { reference, card } = await takenThenErased(user);
    const sentToCitizen = emulator.sentMessages(user.id).length;
    const reply = "Buongiorno signora Brambillasca, la chiamo alle 10";
    emulator.sendInGroup(operators, operator, reply, { reply_to_message: card });
    await toldAgain(reference, 1);
    expect(emulator.sentMessages(user.id)).toHaveLength(sentToCitizen);
  });

  it("«chiudi» typed under the card closes nothing and says the citizen is gone", async () => {
    const { emulator, app } = harness;
    const { reference, card } = await takenThenErased(citizen("Eusebio"));
    emulator.sendInGroup(operators, operator, "chiudi", { reply_to_message: card });
    await toldAgain(reference, 1);
    expect((await app.requests.get(reference))?.status).toBe("withdrawn");
  });

  it("nothing the operator writes brings the citizen's name, phone or words back into the data", async () => {
    const { emulator } = harness;
    const user: TestUser = { ...citizen("Eufemia"), last_name: "Cattaneo" };
    const { reference, card } = await takenThenErased(user);
    const reply = "Signora Eufemia Cattaneo, richiamo il 347 555 0127?";
    emulator.sendInGroup(operators, operator, reply, { reply_to_message: card });
    await toldAgain(reference, 1);
    for (const file of await filesUnder(harness.dataDir)) {
      for (const value of ["Cattaneo", "Eufemia", "3475550127", "555 0127"])
        expect(file.text, `${value} in ${file.path}`).not.toContain(value);
    }
  });
});
