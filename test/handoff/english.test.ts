import { afterAll, beforeAll, expect, it } from "vitest";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { giveContactDetails, notificationOf, shown, until } from "./steps.js";

const OPERATORS = { id: -1_000_777, title: "Operatori WeMi", type: "supergroup" as const };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ operatorChatId: OPERATORS.id });
  h.emulator.addGroup(OPERATORS);
});
afterAll(async () => h?.close());

it("an English speaker asks for a person: English questions, an Italian notification for the operators", async () => {
  const emma = { ...citizen("Emma", "en"), last_name: "Brown" };
  h.emulator.sendText(emma, "my mother can't live alone any more, I need a carer");
  await until(h.emulator, emma.id, /Where in Milan do you live/);
  h.emulator.sendText(emma, "Niguarda");
  const answer = await until(h.emulator, emma.id, /Where to go/);
  expect(shown(answer)).toContain("Would you like a WeMi worker to contact you?");
  h.emulator.pressButton(emma, answer, "op");

  const reference = await giveContactDetails(h.emulator, emma, { note: "please call in English" });
  const notification = shown(await notificationOf(h.emulator, h.app, OPERATORS, reference));
  expect(notification).toContain("Emma Brown");
  expect(notification).toContain("Lingua: inglese");
  expect(notification).toContain("please call in English");
  expect(notification).toMatch(/Bisogno: Badante/);
});
