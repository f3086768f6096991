import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil, shown } from "./story.js";

/**
 * Session 39 typed trial (Portuguese): a daughter's area was registered and she was asked which
 * help she needed; «não, obrigada, era só isso» (no, thanks, that was all) got «I can't help
 * with that», and so did «no grazie, era solo questo», «no thanks, that's all», «no gracias, eso
 * es todo»: a no or a thanks with three more words is no reply, and the model reads no need in
 * it. «That's all» changes nothing in the answer, like «please»: a goodbye.
 */
const harness = useHarness();

const GOODBYE = /Se ti serve altro|If you need anything else|Si necesitas algo más/;
const CANNOT_HELP = /non posso aiutarti|can't help|No puedo ayudarte/;

describe("«no thanks, that's all» at the question which help", () => {
  it.each([
    ["it", "no grazie, era solo questo"],
    ["en", "no thanks, that's all"],
    ["es", "no gracias, eso es todo"],
    ["pt", "não, obrigada, era só isso"],
  ])("(%s) «%s» takes leave", async (_language, text) => {
    const user = citizen("Ana");
    harness.emulator.sendText(user, "abito in via Padova 120");
    await readUntil(harness.emulator, user, (m) => /Di cosa hai bisogno/.test(shown(m)));
    harness.emulator.sendText(user, text);
    const said = (
      await readUntil(harness.emulator, user, (m) =>
        new RegExp(`${GOODBYE.source}|${CANNOT_HELP.source}`).test(shown(m)),
      )
    )
      .map(shown)
      .join("\n");
    expect(said).toMatch(GOODBYE);
    expect(said).not.toMatch(CANNOT_HELP);
  });
});
