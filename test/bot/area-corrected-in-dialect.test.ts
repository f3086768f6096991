import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil, shown } from "./story.js";

/**
 * Session 38 typed trial (Milanese): a son tells in dialect that his mother cannot carry the
 * shopping, gets the answer for via Padova 120, then corrects it at the offer: «no no, la sta
 * in via Giacosa, l'hoo sbajaa» (no no, she lives in via Giacosa, I got it wrong). He got a
 * goodbye; «stare» for living, as Milan and much of Italy say it, is the area told again.
 */
const harness = useHarness();

describe("an area corrected at the offer with «sta in»", () => {
  it.each(["no no, la sta in via Giacosa, l'hoo sbajaa", "no scusi, mia mamma sta in via Giacosa"])(
    "«%s» gives the answer again for via Giacosa",
    async (correction) => {
      const user = citizen("Ambrogio");
      harness.emulator.sendText(
        user,
        "la mia sciura l'è vegia e la sta de per lee in via Padova 120, la riess pu a fa la spesa e a purtà i borse",
      );
      await readUntil(harness.emulator, user, (m) => /Dove rivolgerti/.test(shown(m)));
      harness.emulator.sendText(user, correction);
      const read = await readUntil(harness.emulator, user, (m) =>
        /Dove rivolgerti|Va bene|Prego/.test(shown(m)),
      );
      const said = read.map(shown).join("\n");
      expect(said).toMatch(/via Giacosa/);
      expect(shown(read.at(-1) as Message)).toMatch(/Dove rivolgerti/);
    },
  );
});
