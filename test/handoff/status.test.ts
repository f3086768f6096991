import { afterAll, beforeAll, expect, it } from "vitest";
import type { NewHandoffRequest } from "../../src/handoff/repository.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { requestDraft } from "../support/requests.js";
import { shown, until } from "./steps.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

it("/stato with more requests than one message holds: the newest, and how many are left", async () => {
  const user = citizen("Prudenza");
  // Closed requests, without contact details: only their number and need show in /stato.
  const draft: NewHandoffRequest = {
    ...requestDraft(user.id, "Prudenza", { state: "sent", attempts: 1 }),
    status: "closed",
    contact: null,
    closedAt: 0,
  };
  for (let k = 0; k < 120; k++) await harness.app.requests.create(draft);
  harness.emulator.sendText(user, "/stato");
  const status = shown(await until(harness.emulator, user.id, /Le tue richieste/));
  expect(status.length).toBeLessThanOrEqual(4096);
  const listed = status.split("\n").filter((line) => /^WM-/.test(line)).length;
  expect(listed).toBeGreaterThan(20);
  expect(status).toMatch(new RegExp(`e altre ${120 - listed} richieste meno recenti`));
  expect(harness.emulator.callsTo("sendMessage").every((call) => call.ok)).toBe(true);
});
