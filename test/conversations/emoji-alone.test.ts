import { describe, expect, it } from "vitest";
import { answerTo, isPlaceQuestion, last, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("a message of emoji alone", () => {
  it.each(["🤔", "😢", "!!!"])(
    "«%s» as a first message shows the needs, not «I can't help with that»",
    async (text) => {
      const user = citizen("Ilaria");
      harness.emulator.sendText(user, text);
      const reply = await harness.emulator.nextBotMessage(user.id);
      expect(shown(reply)).toMatch(/^Di cosa hai bisogno\?/);
      expect(shown(reply)).not.toMatch(/non posso aiutarti/);
      expect(harness.emulator.buttonsOf(reply).length).toBeGreaterThan(3);
    },
  );

  it.each(["😊", "❤️", "🙂"])(
    "«%s» after an answer is warmth: a short «prego», as a thanks gets",
    async (text) => {
      const user = citizen("Sergio");
      harness.emulator.sendText(user, "cerco una colf");
      await readUntil(harness.emulator, user, isPlaceQuestion);
      harness.emulator.sendText(user, "Niguarda");
      await answerTo(harness.emulator, user);

      // The answer's map follows it: what comes after the emoji is read from there.
      const before = harness.emulator.sentMessages(user.id).length;
      harness.emulator.sendText(user, text);
      const read = await readUntil(harness.emulator, user, (m) => /^Prego!/.test(shown(m)));
      const replies = harness.emulator.sentMessages(user.id).slice(before);
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.map(shown).join("\n")).not.toMatch(/non posso aiutarti/);
      expect(harness.emulator.buttonsOf(last(read))).toEqual([]);
    },
  );

  it("an emoji the bot reads as a need («👶») still asks where the family lives", async () => {
    const user = citizen("Marta");
    harness.emulator.sendText(user, "👶");
    const [question] = await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(question && isPlaceQuestion(question)).toBe(true);
  });
});
