import { describe, expect, it } from "vitest";
import { isAnswer, isPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("a story that says what has become hard is about that, not about the rest of it", () => {
  it("(en) a mum of 84 who fell and can't do the shopping and cleaning: shopping answered, cleaning offered, via Padova 12 read", async () => {
    const user = citizen("Helen", "en");
    harness.emulator.sendText(
      user,
      "Hello, my mum is 84, she lives alone and she fell last month, now she cant do the shopping and cleaning. We live in via padova 12",
    );
    const messages = await readUntil(harness.emulator, user, isAnswer);
    const said = messages.map(shown).join("\n");
    expect(said).not.toMatch(/can't help/i);
    expect(said).toMatch(/Via Padova 12 → Municipio 2/i);
    const answer = messages.at(-1);
    expect(shown(answer as never)).toMatch(/Grocery shopping for older people/);
    const buttons = harness.emulator.buttonsOf(answer as never).map((b) => b.text);
    expect(buttons.some((text) => /You also asked about: Domestic help/.test(text))).toBe(true);
  });

  it("«mia mamma ha 88 anni, è caduta… non riesce più a cucinare» is about meals, not a carer", async () => {
    const user = citizen("Franca");
    harness.emulator.sendText(
      user,
      "buongiorno, mia mamma ha 88 anni, è caduta il mese scorso, vive da sola e non riesce più a cucinare",
    );
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "Niguarda");
    const answer = shown((await readUntil(harness.emulator, user, isAnswer)).at(-1) as never);
    expect(answer).toMatch(/Pasti a domicilio/);
    expect(answer).not.toMatch(/Badante/);
  });
});
