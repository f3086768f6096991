import type { Message } from "grammy/types";
import { beforeAll, describe, expect, it } from "vitest";
import { until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { isPlaceQuestion, last, readUntil, spacesIn } from "./story.js";

const harness = useHarness();

// The model of the other languages is read on their first message: read before the stories.
beforeAll(async () => {
  const warmUp = citizen("Warm-up");
  harness.emulator.sendText(warmUp, "hola");
  await until(harness.emulator, warmUp.id, /./, 30_000);
}, 60_000);

/** The answer to a need, in Italian or English: the message listing where to go. */
const isAnswer = (m: Message) => /Dove rivolgerti|Where to go/.test(m.text ?? "");
/** lavoro's own question, «are you looking for home-care work?», in Italian or English. */
const isWorkQuestion = (m: Message) =>
  /Cerchi lavoro come|Are you looking for work as/.test(m.text ?? "");

/** A language read, the care worker's message, the notice's word for «Italian», the answer's. */
const careWorker = (language: string, text: string, italian: RegExp, answer: RegExp) =>
  [language, text, italian, answer] as const;

describe("a care worker looking for a job in a language the bot only reads", () => {
  it.each([
    careWorker(
      "ru",
      "Я ищу работу, могу ухаживать за пожилыми людьми",
      /итальянском/,
      /Where to go/,
    ),
    careWorker("ar", "أبحث عن عمل في رعاية المسنين", /بالإيطالية/, /Where to go/),
    careWorker("zh", "你好，我想找照顾老人的工作", /意大利语/, /Where to go/),
    careWorker(
      "fr",
      "Bonjour, je cherche du travail comme aide à domicile pour personnes âgées",
      /italien/,
      /Dove rivolgerti/,
    ),
    careWorker(
      "pt",
      "Olá, procuro trabalho como cuidadora de idosos",
      /italiano/,
      /Dove rivolgerti/,
    ),
    careWorker(
      "sq",
      "Përshëndetje, kërkoj punë si kujdestare për të moshuarit",
      /italisht/,
      /Dove rivolgerti/,
    ),
    careWorker(
      "tl",
      "Magandang araw po, naghahanap po ako ng trabaho bilang caregiver ng matanda",
      /Italyano/,
      /Where to go/,
    ),
    careWorker("si", "ආයුබෝවන්, මම වයසක අය බලාගන්න රැකියාවක් හොයනවා", /ඉතාලි/, /Where to go/),
  ])(
    "(%s) «%s»: one line on the languages spoken and a person, then via Statuto 15 at once",
    async (_, text, italian, answer) => {
      // Telegram set to Italian: the words decide the language, the client's is only a hint.
      const user = citizen("Carer", "it");
      harness.emulator.sendText(user, text);
      const read = await readUntil(
        harness.emulator,
        user,
        (m) => isAnswer(m) || isPlaceQuestion(m),
      );
      const [notice] = read;
      expect(notice?.text).toMatch(italian);
      expect(notice?.text).toMatch(/\/operatore/);
      // The message says the work is care work: neither which work nor where is asked, for
      // WeMi Tate/Colf/Badanti serves the whole city.
      expect(read.filter((m) => isWorkQuestion(m) || isPlaceQuestion(m))).toEqual([]);
      const reply = last(read);
      expect(reply.text).toMatch(answer);
      expect(reply.text).toMatch(/via Statuto 15/);
      expect(spacesIn(reply)[0]).toBe("WeMi Tate/Colf/Badanti");
    },
  );
});
