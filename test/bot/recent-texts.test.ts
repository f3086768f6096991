import { describe, expect, it } from "vitest";
import { until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { answerTo, isPlaceQuestion, readUntil } from "./story.js";

/**
 * The bot remembers what it computed from recent texts (a dialogue replays from its start at
 * every step), and so, for a while, the texts themselves: /cancella_dati reaches that memory too.
 */
describe("what the bot keeps in memory of a citizen's words", () => {
  const harness = useHarness();

  it("is forgotten by /cancella_dati, and the bot still understands the next citizen", async () => {
    const { emulator } = harness;
    const user = citizen("Ermenegilda");
    const need = "cerco una badante per mia mamma Ermenegilda che ha 91 anni";
    emulator.sendText(user, need);
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "via Padova 120");
    await answerTo(emulator, user);
    // The memory is real: without erasure both texts are still there.
    expect(harness.app.recentTexts.holds(need)).toBe(true);
    expect(harness.app.recentTexts.holds("via Padova 120")).toBe(true);

    emulator.sendText(user, "/cancella_dati");
    emulator.pressButton(user, await until(emulator, user.id, /Vuoi cancellare/), "e:yes");
    await until(emulator, user.id, /ho cancellato i tuoi dati/);
    expect(harness.app.recentTexts.holds(need)).toBe(false);
    expect(harness.app.recentTexts.holds("via Padova 120")).toBe(false);

    // Nothing the bot needs went with it: the same words from someone else read the same.
    const other = citizen("Teresa");
    emulator.sendText(other, need);
    await readUntil(emulator, other, isPlaceQuestion);
    emulator.sendText(other, "via Padova 120");
    const answer = await answerTo(emulator, other);
    expect(answer.text).toMatch(/badant/i);
  });
});
