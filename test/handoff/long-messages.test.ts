import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import {
  ASK_FOR_OPERATOR,
  notificationOf,
  REGISTERED,
  referenceIn,
  sayTo,
  shown,
} from "./steps.js";

const operators: TestGroup = { id: -1001780, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const say = sayTo(harness);

/** A story told in full, 4,000 characters, where a short answer is asked for. */
const STORY = "Vorrei spiegarvi bene la situazione di mia madre, che vive sola da anni. "
  .repeat(60)
  .slice(0, 4000);

/** Each free-text step: the answer typed there, the question it leads to, the reply to a story. */
const STEPS = [
  ["consent", ASK_FOR_OPERATOR, /Sei d'accordo\?/, /Rispondi «sì» o «no»/],
  ["name", "sì", /Come ti chiami/, /Mi serve solo il nome/],
  ["phone", "Rosa Bianchi", /A che numero/, /non sembra valido/],
  ["time", "333 222 1190", /Quando preferisci/, /È più di un orario/],
  [
    "note",
    "mattina",
    /nota per l'operatore/,
    /La nota è lunga: all'operatore arrivano i primi 1000 caratteri/,
  ],
  ["summary", "nessuna nota", /Controlla la tua richiesta/, /Scrivi «conferma»/],
] as const;

describe("a 4,000-character story at each free-text step of the request", () => {
  it.each(STEPS.map(([step]) => step))(
    "at the %s: a plain answer, the step goes on, and what reaches the operators fits Telegram",
    async (at) => {
      const user = citizen("Rosa");
      for (const [step, text, question, toStory] of STEPS) {
        await say(user, text, question);
        if (step === at) expect(shown(await say(user, STORY, /./))).toMatch(toStory);
      }
      const summaries = harness.emulator
        .sentMessages(user.id)
        .filter((m) => /Controlla la tua richiesta/.test(shown(m)));
      // The story is never the time to call; a note keeps the 1,000 characters it was told of.
      expect(shown(summaries.at(-1) as Message)).toMatch(
        at === "note" ? /Nota: Vorrei spiegarvi/ : /Quando: Mattina\n/,
      );
      const reference = referenceIn(await say(user, "sì", REGISTERED));
      const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
      expect(card.length).toBeLessThanOrEqual(4096);
      expect(harness.emulator.calls.filter((call) => !call.ok)).toEqual([]);
    },
  );
});
