import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001801, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** An Italian need answered for an area, up to «Vuoi essere ricontattato?». */
async function answeredInItalian(user: TestUser): Promise<Message> {
  harness.emulator.sendText(user, "cerco una badante per mia madre");
  await until(harness.emulator, user.id, /In che zona di Milano abiti/);
  harness.emulator.sendText(user, "Niguarda");
  const answer = await until(harness.emulator, user.id, /Vuoi essere ricontattato/);
  await harness.emulator.nextBotMessage(user.id); // the venue
  return answer;
}

const SPANISH_NEED =
  "Hola, soy de Perú, busco trabajo como cuidadora de ancianos, tengo experiencia";

describe("a message clearly in another language, in the middle of an Italian dialogue", () => {
  it("a Spanish need typed at the Italian consent question is answered in Spanish", async () => {
    const user = citizen("Lucía");
    await answeredInItalian(user);
    harness.emulator.sendText(user, "sì");
    await until(harness.emulator, user.id, /Sei d'accordo\?/);
    harness.emulator.sendText(user, SPANISH_NEED);
    const answer = await until(harness.emulator, user.id, /Adónde ir|Dove rivolgerti/);
    expect(shown(answer)).toMatch(/Adónde ir/);
  });

  it("a short word that could be either («no») at the consent question stays in Italian", async () => {
    const user = citizen("Carmen");
    await answeredInItalian(user);
    harness.emulator.sendText(user, "sì");
    await until(harness.emulator, user.id, /Sei d'accordo\?/);
    harness.emulator.sendText(user, "no");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).not.toMatch(/[¿¡]|Adónde|Vale/);
  });
});
