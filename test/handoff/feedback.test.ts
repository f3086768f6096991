import { afterAll, beforeAll, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { closedRequest, shown, until, untilEdited } from "./steps.js";

const operators: TestGroup = { id: -1001500, title: "Operatori", type: "supergroup" };
const operator: TestUser = { id: 621, first_name: "Bruno" };
const admin: TestUser = { id: 622, first_name: "Admin" };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ operatorChatId: operators.id, adminIds: [admin.id] });
  harness.emulator.addGroup(operators);
  harness.emulator.setMember(operators, operator);
});
afterAll(async () => {
  await harness.close();
});

const closed = (user: TestUser) => closedRequest(harness, operators, operator, user);

it("when a request is closed the citizen is asked once, optionally, whether it was useful; /stats counts the answers anonymously", async () => {
  const { emulator } = harness;
  const teresa = citizen("Teresa");
  const reference = await closed(teresa);
  await until(emulator, teresa.id, new RegExp(`${reference} è stata chiusa`));
  const question = await until(emulator, teresa.id, /Ti è stato utile/);
  expect(shown(question)).toMatch(/facoltativo/);
  expect(emulator.buttonsOf(question).map((b) => b.text)).toEqual(["👍 Sì", "👎 No"]);
  emulator.pressButton(teresa, question, `f:up:${reference}`);
  const thanked = await untilEdited(emulator, question, (text) => /Grazie/.test(text));
  expect(emulator.buttonsOf(thanked)).toEqual([]);

  const john = citizen("John", "en");
  const second = await closed(john);
  const asked = await until(emulator, john.id, /Was the contact with WeMi useful/);
  emulator.pressButton(john, asked, `f:down:${second}`);
  await untilEdited(emulator, asked, (text) => /Thank you/.test(text));

  // A citizen who does not answer is not asked again.
  const lia = citizen("Lia");
  await closed(lia);
  await until(emulator, lia.id, /Ti è stato utile/);
  expect(
    emulator.sentMessages(lia.id).filter((m) => /Ti è stato utile/.test(shown(m))),
  ).toHaveLength(1);

  emulator.sendText(admin, "/stats 7");
  const stats = shown(await until(emulator, admin.id, /Statistiche/));
  expect(stats).toContain("Ti è stato utile? 👍 1 · 👎 1");
  expect(stats).not.toMatch(/Teresa|John|WM-/);
});

it("the question is answered by typing too: «sì» counts as 👍, «no» as 👎, once; a need written instead is answered", async () => {
  const { emulator } = harness;
  const nadia = citizen("Nadia");
  await closed(nadia);
  await until(emulator, nadia.id, /Ti è stato utile/);
  emulator.sendText(nadia, "sì");
  expect(shown(await emulator.nextBotMessage(nadia.id))).toMatch(/Grazie per la risposta/);
  // Answered: a later «sì» is no longer read as the answer.
  emulator.sendText(nadia, "sì");
  expect(shown(await emulator.nextBotMessage(nadia.id))).not.toMatch(/Grazie per la risposta/);

  const olga = citizen("Olga");
  await closed(olga);
  await until(emulator, olga.id, /Ti è stato utile/);
  emulator.sendText(olga, "no");
  expect(shown(await emulator.nextBotMessage(olga.id))).toMatch(/Grazie per la risposta/);

  const pia = citizen("Pia");
  await closed(pia);
  await until(emulator, pia.id, /Ti è stato utile/);
  emulator.sendText(pia, "cerco una colf");
  await until(emulator, pia.id, /Dove rivolgerti/);

  emulator.sendText(admin, "/stats 7");
  const stats = shown(await until(emulator, admin.id, /Statistiche/));
  expect(stats).toContain("Ti è stato utile? 👍 2 · 👎 2");
});

it.each([
  "ma nessuno mi ha chiamato! aspetto ancora",
  // Read as a person asked for, unsure (not «Intendevi…? Custode sociale, Tata»).
  "ma nessuno mi ha chiamato",
])(
  "a citizen who writes again after the close, «%s», is told the request is closed and how to ask again, not «non posso aiutarti»",
  async (complaint) => {
    const { emulator } = harness;
    const rita = citizen("Rita");
    const reference = await closed(rita);
    await until(emulator, rita.id, /Ti è stato utile/);
    emulator.sendText(rita, complaint);
    const told = await until(emulator, rita.id, /chiusa|non posso aiutarti|Intendevi/);
    expect(shown(told)).toMatch(new RegExp(`${reference} è stata chiusa`));
    expect(shown(told)).toMatch(/Parla con un operatore/);
    expect(emulator.buttonsOf(told).map((b) => b.text)).toContain("🙋 Parla con un operatore");
  },
);
