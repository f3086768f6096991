import type { Message } from "grammy/types";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { CHART_HEIGHT, CHART_WIDTH } from "../../src/stats/chart.js";
import { askForOperator, notificationOf, shown, until } from "../handoff/steps.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { decodePng } from "../support/png.js";

const operators: TestGroup = { id: -1001600, title: "Operatori", type: "supergroup" };
const admin: TestUser = { id: 631, first_name: "Admin" };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ operatorChatId: operators.id, adminIds: [admin.id] });
  harness.emulator.addGroup(operators);
});
afterAll(async () => {
  await harness.close();
});

it("/stats also sends a picture of the period, after the text summary that stays for screen readers", async () => {
  const { emulator, app } = harness;
  const lia = citizen("Lia");
  emulator.sendText(lia, "mio figlio è dislessico");
  await until(emulator, lia.id, /In che zona/);
  const reference = await askForOperator(emulator, citizen("Ugo"));
  await notificationOf(emulator, app, operators, reference);

  emulator.sendText(admin, "/stats 14");
  const [summary, picture] = (await emulator.waitForMessages(admin.id, 2, 20_000)) as [
    Message,
    Message,
  ];
  expect(shown(summary)).toMatch(/Statistiche degli ultimi 14 giorni[\s\S]*dsa: 1/);
  expect(picture.photo).toBeDefined();
  expect(shown(picture)).toMatch(/grafico/);
  const png = emulator.uploads.of(picture);
  if (png === undefined) throw new Error("the photo was not uploaded as a file");
  expect(decodePng(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
});
