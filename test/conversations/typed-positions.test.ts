import { describe, expect, it } from "vitest";
import { answerTo, isPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * A number typed under an answer's buttons is the button at that place (a citizen counts
 * them); a Municipio only where the bot asks for the area; elsewhere no guess, the needs.
 */
const operators = { id: -1001721, title: "Operatori WeMi", type: "supergroup" as const };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const CONSENT = /Sei d'accordo\?|Do you agree\?/;
const hasButtons = (m: { reply_markup?: unknown }) => m.reply_markup !== undefined;

const ASK_NEED = /Di cosa hai bisogno\?|What do you need\?/;

describe("«2» typed when no question waits", () => {
  it.each([
    ["it", "ciao", "2"],
    ["en", "hello", "the second one"],
  ])("(%s) «%s», then «%s»: the needs, to tap; no Municipio 2", async (language, hi, typed) => {
    const { emulator } = harness;
    const user = citizen("Rosa", language);
    emulator.sendText(user, hi);
    await readUntil(emulator, user, hasButtons);
    emulator.sendText(user, typed);
    const reply = shown(await emulator.nextBotMessage(user.id));
    expect(reply).toMatch(ASK_NEED);
    expect(reply).not.toMatch(/Municipio 2/);
  });

  it("after /stato, whose list has no buttons, names no need: the needs, to tap", async () => {
    const { emulator } = harness;
    const user = citizen("Sara");
    emulator.sendText(user, "/stato");
    await emulator.nextBotMessage(user.id);
    emulator.sendText(user, "2");
    expect(shown(await emulator.nextBotMessage(user.id))).toMatch(ASK_NEED);
  });
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
