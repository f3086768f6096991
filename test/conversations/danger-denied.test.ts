import { describe, expect, it } from "vitest";
import { emergencyNumbers, isAnswer, isPlaceQuestion, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("a citizen who says he never hit her, tells of his control, and asks for work", () => {
  it("gets one gentle line with 112 and 1522, then her request goes on", async () => {
    const user = citizen("Marta", "it");
    harness.emulator.sendText(
      user,
      "cerco lavoro come badante, ho esperienza. il mio compagno non mi ha mai picchiata ma mi controlla il telefono, voglio essere indipendente",
    );
    const first = await harness.emulator.nextBotMessage(user.id);
    const then = await harness.emulator.nextBotMessage(user.id);
    expect(emergencyNumbers(shown(first))).toBe(true);
    // Not the danger answer, whose only button offers a person: the request goes on.
    expect(harness.emulator.buttonsOf(first)).toEqual([]);
    const goesOn = isPlaceQuestion(then) || isAnswer(then) || /Intendevi/.test(shown(then));
    expect(goesOn).toBe(true);
  });
});
