import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import {
  ASK_FOR_OPERATOR,
  notificationOf,
  REGISTERED,
  referenceIn,
  shown,
  until,
} from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001610, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const say = (user: TestUser, text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return until(harness.emulator, user.id, next);
};

describe("the time to call, typed in another of the bot's languages", () => {
  it("«afternoon» in an Italian dialogue is «Pomeriggio» in the summary and on the operators' card", async () => {
    const user = citizen("Teresa");
    await say(user, ASK_FOR_OPERATOR, /Sei d'accordo\?/);
    await say(user, "sì", /Come ti chiami/);
    await say(user, "Teresa Bianchi", /A che numero/);
    await say(user, "333 222 1120", /Quando preferisci/);
    await say(user, "afternoon", /nota per l'operatore/);
    const summary = shown(await say(user, "no", /Controlla la tua richiesta/));
    expect(summary).toMatch(/Quando: Pomeriggio/);
    expect(summary).not.toMatch(/afternoon/i);
    const reference = referenceIn(await say(user, "confermo", REGISTERED));
    const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
    expect(card).toMatch(/Quando chiamare: Pomeriggio/);
  });

  it("«pomeriggio» in an English dialogue is «Afternoon»", async () => {
    const user = citizen("Tess", "en");
    await say(user, "I would like to talk to a person, I live in Niguarda", /Do you agree\?/);
    await say(user, "yes", /What is your name/);
    await say(user, "Tess Brown", /What number/);
    await say(user, "333 222 1121", /When would you/);
    await say(user, "pomeriggio", /note for the worker/);
    const summary = shown(await say(user, "no", /Check your request/));
    expect(summary).toMatch(/When: Afternoon/);
  });

  it.each([
    ["it", "nel pomeriggio", /Quando: Pomeriggio/],
    ["it", "di mattina", /Quando: Mattina/],
    ["en", "in the morning", /When: Morning/],
    ["es", "por la tarde", /Cuándo: Tarde/],
    ["es", "por la mañana", /Cuándo: Mañana/],
  ])(
    "(%s) «%s», the time of day said with its preposition, is the slot",
    async (language, typed, when) => {
      const user = citizen("Tina", language);
      const words = {
        it: [ASK_FOR_OPERATOR, "sì", "no"],
        en: ["I would like to talk to a person, I live in Niguarda", "yes", "no"],
        es: ["quiero hablar con una persona, vivo en Niguarda", "sí", "no"],
      }[language] as string[];
      await say(user, words[0] as string, /Sei d'accordo\?|Do you agree\?|¿Estás de acuerdo\?/);
      await say(user, words[1] as string, /Come ti chiami|What is your name|¿Cómo te llamas/);
      await say(user, "Tina Neri", /A che numero|What number|¿A qué número/);
      await say(user, "333 222 1122", /Quando preferisci|When would you|¿Cuándo prefieres/);
      await say(user, typed, /nota per l'operatore|note for the worker|nota para la persona/);
      const summary = shown(
        await say(user, words[2] as string, /Controlla|Check your request|Revisa/),
      );
      expect(summary).toMatch(when);
    },
  );
});
