import { describe, expect, it } from "vitest";
import { answerTo, isPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * A number typed where the last message shows a list of buttons is the button at that place
 * (a citizen counts the buttons); a Municipio only where the bot asks for the area.
 */
const operators = { id: -1001721, title: "Operatori WeMi", type: "supergroup" as const };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const CONSENT = /Sei d'accordo\?|Do you agree\?/;
const hasButtons = (m: { reply_markup?: unknown }) => m.reply_markup !== undefined;

describe("«2» typed under the welcome menu", () => {
  it.each([
    ["it", "ciao", "2", /Colf/],
    ["en", "hello", "the second one", /[Cc]leaner|[Cc]olf|[Hh]ousekeep/],
  ])(
    "(%s) «%s», then «%s»: the second need, not Municipio 2",
    async (language, hi, typed, need) => {
      const { emulator } = harness;
      const user = citizen("Rosa", language);
      emulator.sendText(user, hi);
      await readUntil(emulator, user, hasButtons);
      emulator.sendText(user, typed);
      const read = await readUntil(emulator, user, isPlaceQuestion);
      expect(read.map(shown).join("\n")).not.toMatch(/Municipio 2/);
      emulator.sendText(user, "Baggio");
      expect(shown(await answerTo(emulator, user))).toMatch(need);
    },
  );
});

/** A citizen who asked for a carer and read the answer, under its buttons. */
async function underAnAnswer(name: string) {
  const { emulator } = harness;
  const user = citizen(name);
  emulator.sendText(user, "cerco una badante per mia madre");
  await readUntil(emulator, user, isPlaceQuestion);
  emulator.sendText(user, "Baggio");
  await answerTo(emulator, user);
  return user;
}

describe("«2» typed under an answer", () => {
  it("is its second button, «📞 Voglio essere ricontattato»: the consent question", async () => {
    const user = await underAnAnswer("Bruno");
    harness.emulator.sendText(user, "2");
    const read = await readUntil(harness.emulator, user, (m) => CONSENT.test(shown(m)));
    expect(read.map(shown).join("\n")).not.toMatch(/Municipio 2/);
  });

  it("«la terza» is «✏️ Non è giusto, cambia zona»: the area asked again", async () => {
    const user = await underAnAnswer("Carla");
    harness.emulator.sendText(user, "la terza");
    await readUntil(harness.emulator, user, isPlaceQuestion);
  });
});

describe("«2» typed at the area question", () => {
  it("is Municipio 2", async () => {
    const { emulator } = harness;
    const user = citizen("Dino");
    emulator.sendText(user, "cerco una badante per mia madre");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "2");
    const read = await readUntil(emulator, user, (m) => /Municipio 2/.test(shown(m)));
    expect(read.map(shown).join("\n")).toMatch(/Municipio 2/);
  });
});
