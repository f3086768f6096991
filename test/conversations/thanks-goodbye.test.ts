import { describe, expect, it } from "vitest";
import { shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("thanks with a goodbye", () => {
  it.each([
    ["it", "ok grazie, a domani", /^Prego!/],
    ["it", "grazie e buona serata", /^Prego!/],
    ["it", "va bene grazie ciao", /^Prego!/],
    ["en", "ok thanks, see you", /^You're welcome!/],
  ])(
    "(%s) «%s» gets a short «prego», not the greeting nor «I can't help»",
    async (language, text, expected) => {
      const user = citizen("Gino", language);
      harness.emulator.sendText(user, text);
      const reply = await harness.emulator.nextBotMessage(user.id);
      expect(shown(reply)).toMatch(expected);
      expect(harness.emulator.buttonsOf(reply)).toEqual([]);
    },
  );
});

describe("thanks in a language the bot reads but does not speak", () => {
  it("(pt) «Valeu demais pela ajuda!!» gets the language notice and a short «prego», not «I can't help»", async () => {
    const user = citizen("Joana", "pt");
    harness.emulator.sendText(user, "Valeu demais pela ajuda!! 💚💛");
    const notice = await harness.emulator.nextBotMessage(user.id);
    expect(shown(notice)).toMatch(/só respondo em italiano/);
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(shown(reply)).toMatch(/^Prego!/);
    expect(harness.emulator.buttonsOf(reply)).toEqual([]);
  });

  it.each(["يعطيك الصحة", "الله يخليك 🌷", "بارك الله فيكم"])(
    "(ar) «%s», thanks as Maghrebi and Levantine speakers say it, gets the notice and a short «you're welcome»",
    async (text) => {
      const user = citizen("Samira", "ar");
      harness.emulator.sendText(user, text);
      await harness.emulator.nextBotMessage(user.id);
      const reply = await harness.emulator.nextBotMessage(user.id);
      expect(shown(reply)).toMatch(/^You're welcome!/);
      expect(harness.emulator.buttonsOf(reply)).toEqual([]);
    },
  );
});
