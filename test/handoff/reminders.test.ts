import type { Message } from "grammy/types";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { askForOperator, notificationOf, shown, until, untilStatus } from "./steps.js";

const HOUR = 60 * 60 * 1000;
const forum: TestGroup = { id: -1001400, title: "WeMi", type: "supergroup", is_forum: true };
const operator: TestUser = { id: 611, first_name: "Chiara" };
const admin: TestUser = { id: 612, first_name: "Admin" };
let clock = Date.UTC(2026, 2, 2, 8, 0);
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    operatorChatId: forum.id,
    adminIds: [admin.id],
    now: () => clock,
  });
  harness.emulator.addGroup(forum);
  harness.emulator.setMember(forum, operator);
});
afterAll(async () => {
  await harness.close();
});

const reminders = () =>
  harness.emulator.sentMessages(forum.id).filter((m) => /aspetta da/.test(m.text ?? ""));

it("a request nobody takes is recalled in its topic after CLAIM_REMINDER_HOURS, then once a day, until claimed", async () => {
  const { emulator, app } = harness;
  const reference = await askForOperator(emulator, citizen("Ada"));
  const card = await notificationOf(emulator, app, forum, reference);

  clock += 23 * HOUR;
  expect(await app.remindClaims()).toBe(0);

  clock += 2 * HOUR;
  expect(await app.remindClaims()).toBe(1);
  const first = reminders()[0] as Message;
  expect(shown(first)).toMatch(
    new RegExp(
      `⏰ La richiesta ${reference} \\(.+\\) aspetta da 25 ore e nessuno l'ha ancora presa in carico`,
    ),
  );
  expect(first.message_thread_id).toBe(card.message_thread_id);
  expect(first.reply_to_message?.message_id).toBe(card.message_id);

  clock += 12 * HOUR;
  expect(await app.remindClaims()).toBe(0);
  clock += 12 * HOUR;
  expect(await app.remindClaims()).toBe(1);
  expect(shown(reminders()[1] as Message)).toContain("aspetta da 49 ore");

  emulator.pressButton(operator, card, `o:claim:${reference}`);
  await untilStatus(app, reference, "claimed");
  clock += 48 * HOUR;
  expect(await app.remindClaims()).toBe(0);
  expect(reminders()).toHaveLength(2);

  emulator.sendText(admin, "/stats 30");
  expect(shown(await until(emulator, admin.id, /Statistiche/))).toMatch(
    /Tempi delle richieste.*presa in carico 49 h \(1 richiesta\), chiusura — \(0 richieste\)/,
  );
});
