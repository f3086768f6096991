import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { readUntil, shown } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * Every button has a typed twin in Spanish, Romanian and Ukrainian dialogues too: typing a
 * button's label does what tapping it does (test/bot/typed-twins.test.ts walks Italian).
 */
const operators: TestGroup = { id: -1001510, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The next message carrying buttons: the question a step asks. */
const question = async (user: TestUser): Promise<Message> => {
  const read = await readUntil(
    harness.emulator,
    user.id,
    (m) => harness.emulator.buttonsOf(m).length > 0,
  );
  return read.at(-1) as Message;
};
/** Taps a button of the question asked, and returns the next question. */
const tap = async (user: TestUser, asked: Message, data: string) => {
  harness.emulator.pressButton(user, asked, data);
  return question(user);
};

type Reach = (user: TestUser) => Promise<Message>;
const toConsent: Reach = (user) => {
  harness.emulator.sendText(user, "/operatore");
  return question(user);
};
const toName: Reach = async (user) => tap(user, await toConsent(user), "h:consent:yes");
const toTime: Reach = async (user) => {
  harness.emulator.pressButton(user, await toName(user), "h:name");
  await harness.emulator.nextBotMessage(user.id);
  harness.emulator.sendText(user, "333 123 4567");
  return question(user);
};
const toNote: Reach = async (user) => tap(user, await toTime(user), "h:time:morning");
const toSummary: Reach = async (user) => tap(user, await toNote(user), "h:nonote");
const toErasure: Reach = (user) => {
  harness.emulator.sendText(user, "/cancella_dati");
  return question(user);
};

/** A need in each language, answered for Niguarda. */
const NEEDS = {
  es: "necesito una niñera para mi hijo",
  ro: "caut o bonă pentru fetița mea",
  uk: "шукаю няню для доньки",
} as const;
const toAnswer: Reach = async (user) => {
  harness.emulator.sendText(user, NEEDS[user.language_code as keyof typeof NEEDS]);
  await harness.emulator.nextBotMessage(user.id);
  harness.emulator.sendText(user, "Niguarda");
  return question(user);
};

const KEYBOARDS: ReadonlyArray<readonly [string, Reach]> = [
  ["after an answer", toAnswer],
  ["consent", toConsent],
  ["name", toName],
  ["time", toTime],
  ["note", toNote],
  ["summary", toSummary],
  ["erasure", toErasure],
];
const LANGUAGES = ["es", "ro", "uk"] as const;

/** Without what differs between two citizens: references and proposed names. */
const sameForAll = (text: string) => text.replace(/WM-[A-Z0-9]+/g, "WM-…");
const nextStep = async (user: TestUser) =>
  sameForAll(shown(await harness.emulator.nextBotMessage(user.id)));

describe.each(LANGUAGES)("(%s) every button has a typed twin", (language) => {
  it.each(KEYBOARDS)("%s: typing each label does what tapping does", async (_, reach) => {
    const person = () => citizen("Twin", language);
    const first = await reach(person());
    const buttons = harness.emulator.buttonsOf(first);
    expect(buttons.length).toBeGreaterThan(0);
    // The question is asked in the citizen's language, not in Italian.
    expect(buttons.map((b) => b.text).join(" ")).not.toMatch(/Sì|Mattina|Conferma|Voglio/);
    for (const [i, button] of buttons.entries()) {
      const tapper = person();
      const asked = await reach(tapper);
      harness.emulator.pressButton(tapper, asked, harness.emulator.buttonsOf(asked)[i]?.data ?? "");
      const tapped = await nextStep(tapper);
      const typist = person();
      await reach(typist);
      harness.emulator.sendText(typist, button.text);
      expect(await nextStep(typist), `«${button.text}»`).toBe(tapped);
    }
  });
});

describe("«no note» said in other words, as «nessuna nota» is in Italian", () => {
  it.each([
    ["es", "ninguna nota", /Nota: —/],
    ["ro", "nicio notă", /Notă: —/],
    ["uk", "ніякої примітки", /Примітка: —/],
  ])(
    "(%s) «%s» at the note question leaves no note for the operators",
    async (language, typed, none) => {
      const user = citizen("Nota", language);
      await toNote(user);
      harness.emulator.sendText(user, typed);
      const summary = shown(await question(user));
      expect(summary).toMatch(none);
      expect(summary).not.toContain(typed);
    },
  );
});
