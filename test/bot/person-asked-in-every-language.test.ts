import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";
import { last, readUntil, shown } from "./story.js";

/**
 * Session 34: a citizen who opens by asking for a person, in a language the bot reads, is asked
 * her area and then her consent to be contacted, not «did you mean…» nor «I can't help». Before, the French and
 * Chinese messages were refused and the Sinhala one typed in Latin letters was a guess.
 */
const operators: TestGroup = { id: -1001834, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The consent question in Italian, English or Spanish (the languages the bot speaks here). */
const CONSENT = /Sei d'accordo|Do you agree|¿Estás de acuerdo/;
/** The area the person is asked for, before the consent (as for /operatore typed in words). */
const AREA = /In che zona|Where in Milan|En qué zona/;
/** A guess or a refusal: what the citizen got before. */
const NOT_READ =
  /Intendevi|Did you mean|Querías decir|non posso aiutarti|can't help|no puedo ayudarte/;

// The model of the other languages is read on their first message: read before the stories.
beforeAll(async () => {
  const warmUp = citizen("Warm-up");
  harness.emulator.sendText(warmUp, "hola");
  await until(harness.emulator, warmUp.id, /./, 30_000);
}, 60_000);

describe("a citizen who asks for a person in her own language", () => {
  it.each([
    ["fr", "bonjour, je voudrais parler à une personne"],
    ["zh", "你好，我想和工作人员说话"],
    ["si", "mata kenek ekka katha karanna oni"],
    ["sq", "pershendetje, dua të flas me një operator"],
    ["es", "buenas, prefiero hablar con una persona"],
  ])("(%s) %j is asked where she lives, then her consent", async (language, text) => {
    const user = citizen("Amina", language);
    harness.emulator.sendText(user, text);
    const asked = await readUntil(harness.emulator, user, (m) =>
      new RegExp(`${AREA.source}|${NOT_READ.source}`).test(shown(m)),
    );
    expect(shown(last(asked))).toMatch(AREA);
    harness.emulator.sendText(user, "via padova 120");
    await readUntil(harness.emulator, user, (m) => CONSENT.test(shown(m)));
  });
});
