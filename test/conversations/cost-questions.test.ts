import { describe, expect, it } from "vitest";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("a question about costs with nothing asked", () => {
  it.each([
    ["it", "quanto costa?", /Non conosco i costi/],
    ["en", "is it free?", /I don't know what the services cost/],
    ["es", "¿es gratis?", /No conozco los costes/],
  ])(
    "(%s) «%s» as a first message is answered honestly, with the needs to choose from, not «I can't help»",
    async (language, typed, honest) => {
      const { emulator } = harness;
      const user = citizen("Elio", language);
      emulator.sendText(user, typed);
      const reply = await until(emulator, user.id, /./);
      expect(shown(reply)).toMatch(honest);
      expect(shown(reply)).toMatch(/www\.wemi\.milano\.it/);
      expect(shown(reply)).not.toMatch(/non posso aiutarti|can't help|no puedo ayudarte/);
      expect(emulator.buttonsOf(reply).length).toBeGreaterThan(3);
    },
  );
});
