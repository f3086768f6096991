import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { isPlaceQuestion, last, readUntil } from "./story.js";

const harness = useHarness();

/** The answer for a home-care worker looking for work: the city-wide Tate/Colf/Badanti desk. */
const isWorkAnswer = (message: Message) =>
  /WeMi Tate\/Colf\/Badanti – Municipio 1/.test(message.text ?? "");
/** «Are you looking for work as a home-care worker?», in any of the bot's languages. */
const asksWhichWork =
  /^(Cerchi lavoro come|Are you looking for work as|¿Buscas trabajo como|Cauți de lucru ca|Ви шукаєте роботу)/m;

describe("a home-care worker who says the job she does and that she wants work", () => {
  it.each([
    [
      "ro",
      "Buna ziua, contractul meu se termina luna viitoare, nu vreau sa stau fara lucru, am experienta de opt ani cu batranii, lucrez ca badanta",
    ],
    [
      "es",
      "Se me acaba el contrato y no quiero quedarme sin trabajo, trabajo de niñera hace seis años",
    ],
    [
      "en",
      "My contract ends in May and I don't want to sit at home. I work as a carer for old people",
    ],
    ["uk", "Контракт закінчується, не хочу залишатися без роботи, працюю доглядальницею"],
  ])(
    "(%s) gets the work answer at once: a «not» about being idle is not a «not» about the job",
    async (language, message) => {
      const user = citizen("Ana", language);
      harness.emulator.sendText(user, message);
      const read = await readUntil(
        harness.emulator,
        user,
        (m) => isWorkAnswer(m) || isPlaceQuestion(m) || asksWhichWork.test(m.text ?? ""),
      );
      expect(isWorkAnswer(last(read))).toBe(true);
      expect(read.map((m) => m.text).join("\n")).not.toMatch(asksWhichWork);
    },
  );
});
