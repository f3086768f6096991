import type { Message } from "grammy/types";
import { describe, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { REGISTERED, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/** The summary of a request for a person, confirmed in the words people use to say «that's right». */
const operators: TestGroup = { id: -1001516, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const SUMMARY = /Check your request|Controlla la tua richiesta/;

async function atTheSummary(user: TestUser): Promise<Message> {
  const { emulator } = harness;
  emulator.sendText(user, "/operatore");
  emulator.pressButton(user, await until(emulator, user.id, /\?$/m), "h:consent:yes");
  emulator.pressButton(user, await until(emulator, user.id, /name|Come ti chiami/), "h:name");
  await until(emulator, user.id, /number|numero/);
  emulator.sendText(user, "333 123 4567");
  emulator.pressButton(user, await until(emulator, user.id, /When|Quando/), "h:time:morning");
  emulator.pressButton(user, await until(emulator, user.id, /note|nota/), "h:nonote");
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
