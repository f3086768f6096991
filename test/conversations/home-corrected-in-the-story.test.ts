import { describe, expect, it } from "vitest";
import { isAnswerOrPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * Session 38 typed trial (ro): Maria, a carer out of work, tells where she lives and takes it
 * back in the same message («Locuiesc la Quarto Oggiaro, de fapt nu, m-am mutat la Baggio»):
 * the answer was for Quarto Oggiaro, the first place named. In every language the bot speaks
 * whole, the place after the correction is her area.
 */
const harness = useHarness();

describe("a home corrected inside the first message", () => {
  it.each([
    [
      "ro",
      "caut de lucru ca îngrijitoare, locuiesc la Quarto Oggiaro, de fapt nu, m-am mutat la Baggio luna trecută",
    ],
    [
      "it",
      "cerco lavoro come badante, abito a Quarto Oggiaro, anzi no, ci siamo trasferiti a Baggio il mese scorso",
    ],
    [
      "en",
      "I'm looking for work as a carer, I live in Quarto Oggiaro, actually no, we moved to Baggio last month",
    ],
    [
      "es",
      "busco trabajo de cuidadora, vivo en Quarto Oggiaro, no, perdona, me mudé a Baggio el mes pasado",
    ],
    [
      "uk",
      "шукаю роботу доглядальниці, живу в Quarto Oggiaro, ой ні, я переїхала в Baggio минулого місяця",
    ],
  ])("(%s) «%s» is answered for Baggio, not the place taken back", async (language, story) => {
    const user = citizen("Maria", language);
    harness.emulator.sendText(user, story);
    const said = (await readUntil(harness.emulator, user, isAnswerOrPlaceQuestion))
      .map(shown)
      .join("\n");
    expect(said).toMatch(/Baggio → Municipio 7/);
    expect(said).not.toMatch(/Quarto Oggiaro/);
  });

  it("a correction that says no home keeps the place told: «abito a Baggio, scusate, cerco una colf»", async () => {
    const user = citizen("Rina");
    harness.emulator.sendText(user, "abito a Baggio, scusate, cerco una colf");
    const said = (await readUntil(harness.emulator, user, isAnswerOrPlaceQuestion))
      .map(shown)
      .join("\n");
    expect(said).toMatch(/Baggio → Municipio 7/);
  });
});
