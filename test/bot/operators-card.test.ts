import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import {
  askForOperator,
  giveContactDetails,
  notificationOf,
  untilEdited,
} from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { answerTo, isPlaceQuestion, readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001710, title: "Operatori WeMi", type: "supergroup" };
const anna: TestUser = { id: 9710, first_name: "Anna", last_name: "Rossi" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
beforeAll(() => harness.emulator.setMember(operators, anna, "member"));

describe("the operators' card", () => {
  it("an area across two Municipi is named with both («Navigli – Municipio 5 / 6»)", async () => {
    const user = citizen("Nadia");
    harness.emulator.sendText(user, "cerco una colf");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Navigli");
    await answerTo(harness.emulator, user);
    harness.emulator.sendText(user, "sì");
    const reference = await giveContactDetails(harness.emulator, user);
    const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
    expect(card).toMatch(/Zona: Navigli – Municipio 5 \/ 6\n/);
  });

  it("says what became of the request: 🆕 while open, not once taken or closed", async () => {
    const { emulator } = harness;
    const reference = await askForOperator(emulator, citizen("Chiara"));
    const card = await notificationOf(emulator, harness.app, operators, reference);
    expect(shown(card)).toMatch(/^🆕 Richiesta/);

    emulator.pressButton(anna, card, `o:claim:${reference}`);
    const claimed = await untilEdited(emulator, card, (text) => /presa in carico da/.test(text));
    expect(shown(claimed)).not.toMatch(/🆕/);

    emulator.pressButton(anna, card, `o:close:${reference}`);
    const closed = await untilEdited(emulator, card, (text) => /chiusa da/.test(text));
    expect(shown(closed)).not.toMatch(/🆕/);
    expect(shown(closed)).toMatch(/^✅ Richiesta/);
  });
});
