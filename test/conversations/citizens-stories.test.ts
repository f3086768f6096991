import { describe, expect, it } from "vitest";
import { isAnswer, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("citizens who tell a story instead of asking", () => {
  it("an elderly woman who says where she lives inside a long story without accents is asked what she meant, and her area is kept", async () => {
    const user = citizen("Giuseppina");
    harness.emulator.sendText(
      user,
      "buongiorno sono una signora di 84 anni vivo da sola a quarto oggiaro da quando e morto mio marito non riesco piu a fare la spesa perche le scale sono tante e mio figlio abita a torino",
    );
    const question = await harness.emulator.nextBotMessage(user.id);
    expect(shown(question)).toMatch(/Intendevi/);
    expect(harness.emulator.buttonsOf(question).map((b) => b.data)).toContain(
      "a:spesa_domicilio",
    );
    harness.emulator.pressButton(user, question, "a:spesa_domicilio");
    const answer = await readUntil(harness.emulator, user, isAnswer);
    expect(answer.map(shown).join("\n")).toMatch(/Municipio 8/);
  });
});
