import type { Message } from "grammy/types";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import {
  notificationsOf,
  REGISTERED,
  referenceIn,
  sayTo,
  shown,
  typeContactDetails,
  typedToName,
  until,
} from "./steps.js";

const operators: TestGroup = { id: -1001770, title: "Operatori WeMi", type: "supergroup" };
const anna: TestUser = { id: 9770, first_name: "Anna", last_name: "Rossi" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
beforeAll(() => harness.emulator.setMember(operators, anna, "member"));
const say = sayTo(harness);

/** Every step typed, up to the summary: the summary. */
const toSummary = (user: TestUser, phone = "333 222 1170"): Promise<Message> =>
  typeContactDetails(harness.emulator, user, {
    name: "Rosa Bianchi",
    phone,
    time: "mattina",
    note: "nessuna nota",
  });

/** The citizen's requests as stored, and the cards the operators got for each. */
async function recorded(user: TestUser) {
  const requests = await harness.app.requests.list({ citizenChatId: user.id });
  const cards = requests.map(
    (request) => notificationsOf(harness.emulator, operators, request.reference).length,
  );
  return { requests, cards };
}

/** Waits until the operators have a card for each of the citizen's requests. */
const untilCarded = (user: TestUser) =>
  vi.waitFor(
    async () => {
      const { requests, cards } = await recorded(user);
      expect(requests.length > 0 && cards.every((n) => n > 0)).toBe(true);
    },
    { timeout: 20_000, interval: 100 },
  );

describe("Telegram failing the citizen's «registered» message, as the request is confirmed", () => {
  it.each([
    ["a 429 with retry_after", { status: 429, retryAfter: 3 }, true],
    ["a 500", { status: 500 }, true],
    [
      "a 403, the bot blocked",
      { status: 403, description: "Forbidden: bot was blocked by the user" },
      false,
    ],
  ] as const)(
    "%s: the request stays recorded, once, and the operators still get it",
    async (_, failure, canArrive) => {
      const user = citizen("Rosa");
      const summary = await toSummary(user);
      harness.emulator.failNext("sendMessage", { ...failure, chatId: user.id });
      harness.emulator.pressButton(user, summary, "h:confirm:yes");
      await untilCarded(user);
      const { requests, cards } = await recorded(user);
      expect(requests).toHaveLength(1);
      expect(requests[0]?.contact?.phone).toBe("+393332221170");
      expect(cards).toEqual([1]);
      // Telegram's wait or error over, the citizen reads the reference (a blocked bot cannot).
      if (canArrive)
        expect(referenceIn(await until(harness.emulator, user.id, REGISTERED))).toBe(
          requests[0]?.reference,
        );
    },
  );

  it("a response lost on the way (a timeout): one request, one card, and the citizen told its reference", async () => {
    const user = citizen("Rosa");
    const summary = await toSummary(user);
    harness.emulator.dropNext("sendMessage", { kind: "lose-response", chatId: user.id });
    harness.emulator.pressButton(user, summary, "h:confirm:yes");
    await untilCarded(user);
    const { requests, cards } = await recorded(user);
    expect(requests).toHaveLength(1);
    expect(cards).toEqual([1]);
    const told = harness.emulator.sentMessages(user.id).filter((m) => REGISTERED.test(shown(m)));
    expect(new Set(told.map(referenceIn))).toEqual(new Set([requests[0]?.reference]));
  });
});

describe("two quick taps on «Conferma»", () => {
  it("make one request and one card, and the citizen is told once", async () => {
    const user = citizen("Rosa");
    const summary = await toSummary(user);
    harness.emulator.pressButton(user, summary, "h:confirm:yes");
    harness.emulator.pressButton(user, summary, "h:confirm:yes");
    await untilCarded(user);
    // What the second tap brings, if anything, has had time to come.
    harness.emulator.sendText(user, "/aiuto");
    await until(harness.emulator, user.id, /\/operatore/);
    const { requests, cards } = await recorded(user);
    expect(requests).toHaveLength(1);
    expect(cards).toEqual([1]);
    const told = harness.emulator.sentMessages(user.id).filter((m) => REGISTERED.test(shown(m)));
    expect(told).toHaveLength(1);
  });
});

describe("the phone number edited once the summary is shown", () => {
  it("is typed again at the summary, as the bot asks: the summary and the request hold the new number", async () => {
    const user = citizen("Rosa");
    await typedToName(harness.emulator, user);
    await say(user, "Rosa Bianchi", /A che numero/);
    const typed = harness.emulator.sendText(user, "333 222 1180");
    await until(harness.emulator, user.id, /Quando preferisci/);
    await say(user, "mattina", /nota per l'operatore/);
    await say(user, "nessuna nota", /Controlla la tua richiesta/);
    harness.emulator.editText(user, typed, "333 222 1181");
    await until(harness.emulator, user.id, /modificato un messaggio/);
    const summary = await say(user, "333 222 1181", /Controlla la tua richiesta/);
    expect(shown(summary)).toMatch(/Telefono: \+393332221181/);
    harness.emulator.pressButton(user, summary, "h:confirm:yes");
    const reference = referenceIn(await until(harness.emulator, user.id, REGISTERED));
    expect((await harness.app.requests.get(reference))?.contact?.phone).toBe("+393332221181");
  });
});
