import { describe, expect, it } from "vitest";
import { answerTo, isPlaceQuestion, readUntil } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * A citizen's words are read for a place once per message: the danger model, the classifier
 * and the area found while reading the need share one reading, and the answer uses that area
 * (a place reading is among the costliest steps of an answer).
 */
const harness = useHarness();

/**
 * Counts the bot's place readings of each text from now on: a reading of the geo reader's
 * own, or the first time one update's reader is given the text (it keeps what it read until
 * the update ends).
 */
function countPlaceReadings(): Map<string, number> {
  const places = harness.app.knowledge.current.places;
  const counts = new Map<string, number>();
  const count = (text: string) => counts.set(text, (counts.get(text) ?? 0) + 1);
  const { resolve, placesIn, forOneUpdate } = places;
  const counted =
    <R>(read: (text: string) => R, seen?: Set<string>) =>
    (text: string) => {
      if (!seen?.has(text)) count(text);
      seen?.add(text);
      return read(text);
    };
  Object.assign(places, {
    resolve: counted(resolve),
    placesIn: counted(placesIn),
    forOneUpdate: () => {
      const update = forOneUpdate();
      const seen = new Set<string>();
      return { resolve: counted(update.resolve, seen), placesIn: counted(update.placesIn, seen) };
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

  it.each([
    ["a street the n-grams read as Portuguese", "Largo Rio de Janeiro 12"],
    ["a whole Italian sentence with the street", "scusi, abito in via Padova 120 a Milano"],
  ])(
    "a Spanish dialogue, then %s at the place question: one reading, the language check's too",
    async (_, reply) => {
      const user = citizen("Pilar", "es");
      harness.emulator.sendText(user, "necesito una cuidadora para mi madre");
      await readUntil(harness.emulator, user, isPlaceQuestion);
      const counts = countPlaceReadings();
      harness.emulator.sendText(user, reply);
      await readUntil(harness.emulator, user, (m) =>
        /Adónde ir|Dove rivolgerti/.test(m.text ?? ""),
      );
      expect(counts.get(reply)).toBe(1);
    },
  );
});
