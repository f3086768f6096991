import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { isPlaceQuestion, readUntil, shown } from "./story.js";

/**
 * One message fewer per answer: what the bot understood of the area is said in the answer
 * itself, whose buttons include «✏️ Non è giusto, cambia zona». An answer is its text and
 * the first space's map pin.
 */
const harness = useHarness();
const says = (user: TestUser, text: string) => harness.emulator.sendText(user, text);
/** The messages the citizen's last words got, up to the map pin that ends an answer. */
const untilPin = (user: TestUser) =>
  readUntil(harness.emulator, user, (m) => m.venue !== undefined);
const answerIn = (messages: readonly Message[]) => {
  const answer = messages.find((m) => /Dove rivolgerti/.test(shown(m)));
  if (!answer) throw new Error(`no answer in: ${messages.map(shown).join(" | ")}`);
  return answer;
};
const CHANGE = "✏️ Non è giusto, cambia zona";

describe("an answer comes in two messages, the area said back in its text", () => {
  it("an area named with the need", async () => {
    const user = citizen("Ugo");
    says(user, "cerco una colf a Niguarda");
    const messages = await untilPin(user);
    expect(messages).toHaveLength(2);
    expect(shown(answerIn(messages))).toMatch(/Ho capito: Niguarda → Municipio 9/);
    expect(harness.emulator.buttonsOf(answerIn(messages)).map((b) => b.text)).toContain(CHANGE);
  });

  it("an area remembered from an earlier need", async () => {
    const user = citizen("Vera");
    says(user, "cerco una colf a Niguarda");
    await untilPin(user);
    says(user, "mi serve anche una badante");
    const messages = await untilPin(user);
    expect(messages).toHaveLength(2);
    expect(shown(answerIn(messages))).toMatch(/Uso la zona che mi hai indicato: Niguarda/);
    expect(harness.emulator.buttonsOf(answerIn(messages)).map((b) => b.text)).toContain(CHANGE);
  });

  it("an area given to the place question (the pin takes its keyboard away)", async () => {
    const user = citizen("Walter");
    says(user, "cerco una colf");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    says(user, "Niguarda");
    const messages = await untilPin(user);
    expect(messages).toHaveLength(2);
    expect(shown(answerIn(messages))).toMatch(/Ho capito: Niguarda → Municipio 9/);
    expect(harness.emulator.replyKeyboardOf(user.id)).toBeUndefined();
  });
});
