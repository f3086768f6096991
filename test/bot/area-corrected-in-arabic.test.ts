import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { isAnswer, isPlaceQuestion, readUntil, shown } from "./story.js";

/**
 * Session 38 typed trial (ar): Fatima, after the answer for Loreto, corrects where she lives in
 * Arabic letters, «لا، غلطت، ساكنة في كوارتو أوجارو» (no, my mistake, I live in Quarto
 * Oggiaro): she got «I can't help» and the needs. Read as at the area question (after a verb of
 * living or a noun of place), it is her area, and the answer is given again for it.
 */
const harness = useHarness();

/** Fatima asks for Italian courses, and is answered for Loreto, told at the area question. */
async function answeredForLoreto() {
  const user = citizen("Fatima", "ar");
  harness.emulator.sendText(user, "أبحث عن دروس اللغة الإيطالية");
  await readUntil(harness.emulator, user, isPlaceQuestion);
  harness.emulator.sendText(user, "لوريتو");
  await readUntil(harness.emulator, user, isAnswer);
  return user;
}

describe("an area corrected in Arabic letters", () => {
  it("at the offer after an answer, the answer again for the corrected area", async () => {
    const user = await answeredForLoreto();
    harness.emulator.sendText(user, "لا، غلطت، ساكنة في كوارتو أوجارو");
    const said = (await readUntil(harness.emulator, user, isAnswer)).map(shown).join("\n");
    expect(said).toMatch(/Quarto Oggiaro, Municipio 8/);
    expect(said).not.toMatch(/can't help/);
  });

  it("«في» alone says no place: «لا، أخي يخدم في مطعم» is no area", async () => {
    const user = await answeredForLoreto();
    harness.emulator.sendText(user, "لا، أخي يخدم في مطعم");
    // The answer's map pin first, then the reply to her words.
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/via Ornato 7/);
    const reply = shown(await harness.emulator.nextBotMessage(user.id));
    expect(reply).not.toMatch(/📍|Municipio 8/);
  });
});
