import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import {
  describeOpening,
  nextOpening,
  type WorkingHours,
} from "../../src/handoff/working-hours.js";
import { copyOfContent } from "../../src/runtime/content-copy.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { askForOperator, shown, until } from "./steps.js";

const CHAT = -1001700;
const WEEKDAYS: WorkingHours = [
  { chat: CHAT, days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "13:00" },
  { chat: CHAT, days: ["mon", "wed"], from: "14:00", to: "17:00" },
];
/** A time in Milan (winter: UTC+1; summer: UTC+2). */
const milan = (iso: string) => Date.parse(iso);

describe("operators' working hours", () => {
  it("open now, or hours unknown: nothing to tell", () => {
    expect(nextOpening(WEEKDAYS, CHAT, milan("2026-03-04T10:00:00+01:00"))).toBeNull();
    expect(nextOpening(WEEKDAYS, -1, milan("2026-03-07T10:00:00+01:00"))).toBeNull();
  });
  it("closed: the next opening, across lunch, the weekend and summer time", () => {
    const at = (iso: string) =>
      new Date(nextOpening(WEEKDAYS, CHAT, milan(iso)) ?? 0).toISOString();
    expect(at("2026-03-04T13:30:00+01:00")).toBe("2026-03-04T13:00:00.000Z"); // Wed 14:00
    expect(at("2026-03-05T13:30:00+01:00")).toBe("2026-03-06T08:00:00.000Z"); // Thu → Fri 9:00
    expect(at("2026-03-07T10:00:00+01:00")).toBe("2026-03-09T08:00:00.000Z"); // Sat → Mon
    // Summer time starts on Sunday 29 March 2026: Monday 9:00 is 07:00 UTC.
    expect(at("2026-03-28T10:00:00+01:00")).toBe("2026-03-30T07:00:00.000Z");
  });
  it("said in the citizen's language, in Milan's time", () => {
    const monday = milan("2026-03-09T09:00:00+01:00");
    expect(describeOpening(monday, "it")).toBe("lunedì 9 marzo alle 09:00");
    expect(describeOpening(monday, "en")).toBe("Monday 9 March at 09:00");
  });
});

describe("a citizen who confirms a request outside the operators' hours", () => {
  const operators: TestGroup = { id: CHAT, title: "Operatori", type: "supergroup" };
  let clock = milan("2026-03-07T10:00:00+01:00"); // a Saturday
  let root: string;
  let harness: Harness;
  beforeAll(async () => {
    root = await copyOfContent();
    await writeFile(
      join(root, "data", "operator-hours.yaml"),
      `- chat: ${CHAT}\n  days: [mon, tue, wed, thu, fri]\n  from: "09:00"\n  to: "13:00"\n`,
    );
    harness = await startHarness({ root, operatorChatId: CHAT, now: () => clock });
    harness.emulator.addGroup(operators);
  });
  afterAll(async () => {
    await harness.close();
    await rm(root, { recursive: true, force: true });
  });

  it("is told when the request will be seen; within the hours nothing is added", async () => {
    const { emulator } = harness;
    const saturday = citizen("Elsa");
    await askForOperator(emulator, saturday);
    expect(shown(await until(emulator, saturday.id, /non sono al lavoro/))).toBe(
      "🕘 Ora gli operatori non sono al lavoro: vedranno la tua richiesta da lunedì 9 marzo alle 09:00.",
    );

    clock = milan("2026-03-09T10:00:00+01:00");
    const monday = citizen("Piero");
    await askForOperator(emulator, monday);
    // Updates of one chat are handled in order: whatever followed the confirmation came first.
    emulator.sendText(monday, "/privacy");
    await until(emulator, monday.id, /Cosa salvo e perché/);
    expect(emulator.sentMessages(monday.id).map(shown).join("\n")).not.toMatch(
      /non sono al lavoro/,
    );
  });
});
