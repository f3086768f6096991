import { describe, expect, it } from "vitest";
import { answerTo, isPlaceQuestion, readUntil } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * A citizen's words are read for a place once per message: reading the need already finds
 * the area they name, and the answer uses it (a place reading is among the costliest steps
 * of an answer).
 */
const harness = useHarness();

/** Counts the bot's place readings of each text from now on. */
function countPlaceReadings(): Map<string, number> {
  const places = harness.app.knowledge.current.places;
  const resolve = places.resolve.bind(places);
  const counts = new Map<string, number>();
  Object.assign(places, {
    resolve: (text: string) => {
      counts.set(text, (counts.get(text) ?? 0) + 1);
      return resolve(text);
    },
  });
  return counts;
}

describe("a message is read for a place once", () => {
  it("a need naming its area: one reading, and the answer is for that area", async () => {
    const counts = countPlaceReadings();
    const user = citizen("Nora");
    const need = "cerco una colf per le pulizie a Niguarda";
    harness.emulator.sendText(user, need);
    expect((await answerTo(harness.emulator, user)).text).toMatch(/Ho capito: Niguarda/);
    expect(counts.get(need)).toBe(1);
  });

  it("a need without an area: one reading, then the place question", async () => {
    const counts = countPlaceReadings();
    const user = citizen("Olga");
    const need = "mi serve una baby sitter per mio figlio";
    harness.emulator.sendText(user, need);
    await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(counts.get(need)).toBe(1);
  });
});
