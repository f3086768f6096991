import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { askForOperator, notificationOf, shown, until, untilStatus } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * «ritiro la richiesta» typed instead of /annulla_richiesta is read once, in one place, and
 * does what the command does wherever the citizen is: at rest, at a question about a new need,
 * at the offer of a call, while an operator has the request. Inside a longer message about a
 * need it is the need.
 */
const operators: TestGroup = { id: -1001843, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const operator: TestUser = { id: 84_300, first_name: "Rita", last_name: "Operatrice" };
beforeAll(() => harness.emulator.setMember(operators, operator, "member"));

const WITHDRAW = "ritiro la richiesta";
const says = (user: TestUser, text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return until(harness.emulator, user.id, next).then(shown);
};

/** Types the withdrawal in words, answers «sì», and expects the request withdrawn. */
async function withdrawsInWords(user: TestUser, reference: string): Promise<void> {
  const asked = await says(user, WITHDRAW, /Vuoi ritirare la richiesta|non posso aiutarti/);
  expect(asked).toContain(`Vuoi ritirare la richiesta ${reference}`);
  await says(user, "sì", /Ho ritirato la richiesta|non posso aiutarti/);
  await untilStatus(harness.app, reference, "withdrawn");
}

describe("a citizen with a request open who types «ritiro la richiesta»", () => {
  it("at rest, is asked which request and withdraws it", async () => {
    const user = citizen("Rosa");
    const reference = await askForOperator(harness.emulator, user);
    await withdrawsInWords(user, reference);
  });

  it("at the offer of a call after a new answer, withdraws it", async () => {
    const user = citizen("Renata");
    const reference = await askForOperator(harness.emulator, user);
    await says(user, "cerco una badante per mia madre", /Vuoi essere ricontattato/);
    await withdrawsInWords(user, reference);
  });

  it("at a contact step of the request being written, drops it and sends nothing", async () => {
    const user = citizen("Rachele");
    await says(user, "/operatore", /d'accordo/);
    await says(user, "sì", /Come ti chiami/);
    const said = await says(user, WITHDRAW, /non ho inviato nulla|non posso aiutarti/);
    expect(said).toMatch(/non ho inviato nulla/);
    expect(await harness.app.requests.list({ citizenChatId: user.id })).toEqual([]);
  });

  it("while an operator has it, withdraws it and nothing of it reaches the operator", async () => {
    const { emulator, app } = harness;
    const user = citizen("Romina");
    const reference = await askForOperator(emulator, user);
    const card = await notificationOf(emulator, app, operators, reference);
    emulator.pressButton(operator, card, `o:claim:${reference}`);
    await untilStatus(app, reference, "claimed");
    await until(emulator, user.id, /ha preso in carico/);
    await withdrawsInWords(user, reference);
    const relayed = emulator
      .sentMessages(operators.id)
      .filter((m) => /il cittadino scrive/.test(shown(m)));
    expect(relayed).toEqual([]);
  });

  it("inside a longer message about a need, is the need, and the request stays open", async () => {
    const user = citizen("Rebecca");
    const reference = await askForOperator(harness.emulator, user);
    const reply = await says(user, "come ritiro la richiesta ISEE al CAF per mia madre?", /./);
    expect(reply).not.toMatch(/ritirare la richiesta/);
    expect((await harness.app.requests.get(reference))?.status).toBe("open");
  });
});
