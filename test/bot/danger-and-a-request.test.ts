import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { emergencyNumbers, isPlaceQuestion, shown } from "./story.js";

const harness = useHarness();

describe("a woman who hints at violence, then asks for what she came for", () => {
  it("gets 112 and 1522 first, then a person, and the course she asked for a tap away", async () => {
    const user = citizen("Amal", "it");
    harness.emulator.sendText(
      user,
      "a volte mio marito alza le mani quando beve, ma io volevo chiedere un corso di italiano",
    );
    const first = await harness.emulator.nextBotMessage(user.id);
    expect(emergencyNumbers(shown(first))).toBe(true);
    const buttons = harness.emulator.buttonsOf(first).map((b) => b.text);
    expect(buttons[0]).toBe("🙋 Voglio parlare con una persona");
    expect(buttons[1]).toMatch(/^➕ Hai chiesto anche: .*italiano/i);

    harness.emulator.pressButton(user, first, "n:corsi_italiano");
    const next = await harness.emulator.nextBotMessage(user.id);
    expect(isPlaceQuestion(next) || /italiano/i.test(shown(next))).toBe(true);
  });

  it("(en) the same, told in English", async () => {
    const user = citizen("Sara", "en");
    harness.emulator.sendText(
      user,
      "sometimes my husband hits me when he drinks, but I wanted to ask about an Italian course",
    );
    const first = await harness.emulator.nextBotMessage(user.id);
    expect(emergencyNumbers(shown(first))).toBe(true);
    expect(harness.emulator.buttonsOf(first).map((b) => b.text)[1]).toMatch(/Italian/i);
  });
});

describe("violence told with no request after it offers a person only", () => {
  it.each([
    ["it", "mio marito mi picchia, ho paura, cosa posso fare?"],
    ["it", "mi picchia quando beve, ma non so cosa fare"],
    ["en", "he hits me when he drinks, but I am scared to leave"],
  ])("(%s) «%s»: 112 and 1522, and no need offered", async (language, text) => {
    const user = citizen("Lucia", language);
    harness.emulator.sendText(user, text);
    const first = await harness.emulator.nextBotMessage(user.id);
    expect(emergencyNumbers(shown(first))).toBe(true);
    expect(harness.emulator.buttonsOf(first)).toHaveLength(1);
  });
});
