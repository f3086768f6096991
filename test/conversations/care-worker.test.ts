import { describe, expect, it } from "vitest";
import { isAnswer, isPlaceQuestion, readUntil, shown, spacesIn } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("a care worker looking for a job", () => {
  it.each([
    ["it", "sono una badante e cerco lavoro", /via Statuto 15/],
    ["it", "faccio la colf, cerco lavoro", /via Statuto 15/],
    ["en", "I am a carer looking for work", /via Statuto 15/],
  ])(
    "(%s) «%s» is answered at once: WeMi Tate/Colf/Badanti serves the whole city",
    async (language, text, where) => {
      const user = citizen("Mirela", language);
      harness.emulator.sendText(user, text);
      const read = await readUntil(
        harness.emulator,
        user,
        (m) => isAnswer(m) || isPlaceQuestion(m),
      );
      expect(read.some(isPlaceQuestion)).toBe(false);
      const answer = read.at(-1);
      expect(shown(answer as never)).toMatch(where);
      expect(spacesIn(answer as never)[0]).toBe("WeMi Tate/Colf/Badanti");
      // Nothing asks for an area the answer does not need.
      expect(shown(answer as never)).not.toMatch(
        /Non so in che zona abiti|don't know where you live/,
      );
    },
  );

  it("another job still asks the area (the answer is a space in one Municipio)", async () => {
    const user = citizen("Dario");
    harness.emulator.sendText(user, "cerco lavoro come magazziniere");
    const first = await harness.emulator.nextBotMessage(user.id);
    expect(isPlaceQuestion(first)).toBe(true);
  });
});
