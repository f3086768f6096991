import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { emergencyNumbers, isAnswer, isPlaceQuestion, readUntil, shown } from "./story.js";

const operators: TestGroup = { id: -1001400, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The danger answer itself, not the help text's reminder of the same numbers. */
const dangerAnswer = (text: string) =>
  emergencyNumbers(text) && /pericolo adesso|danger now/.test(text);

/** The bot's first reply to a message, and everything it said up to the danger answer. */
async function firstReplyTo(language: string, text: string) {
  const user = citizen("Maria", language);
  harness.emulator.sendText(user, text);
  const reply = await harness.emulator.nextBotMessage(user.id);
  return { user, reply };
}

describe("danger is answered first, with 112 and 1522, then the offer of a person", () => {
  it.each([
    ["it", "mio marito mi picchia, ho paura, cosa posso fare?"],
    ["it", "sono vittima di violenza in casa"],
    ["it", "sono anziana, sola, non ce la faccio più a vivere così"],
    ["it", "mia madre è a terra e non si muove"],
    ["en", "my husband hits me and I'm scared"],
    ["en", "I don't want to live anymore"],
  ])("(%s) «%s»", async (language, text) => {
    const { reply } = await firstReplyTo(language, text);
    expect(emergencyNumbers(shown(reply))).toBe(true);
    expect(shown(reply)).not.toMatch(/Intendevi|Did you mean|non posso aiutarti|can't help/);
    const buttons = harness.emulator.buttonsOf(reply).map((b) => b.text);
    expect(buttons).toEqual([
      language === "it" ? "🙋 Voglio parlare con una persona" : "🙋 I want to talk to a person",
    ]);
  });

  // qa-16: «ciao, mi sento male» got «Intendevi…?» as the greeting's; the words after a
  // greeting reach the danger reader and the classifier as they would alone.
  it.each([
    ["it", "ciao sto male"],
    ["it", "buongiorno, mia madre è a terra e non si muove"],
    ["en", "hi, my husband hits me and I'm scared"],
    // feeling unwell said alone: heard by the danger reader itself, not by the need model
    ["it", "buonasera, mi sento male"],
    ["en", "hi, I'm not ok"],
  ])("(%s) a greeting first does not hide the danger: «%s»", async (language, text) => {
    const { reply } = await firstReplyTo(language, text);
    expect(dangerAnswer(shown(reply))).toBe(true);
  });

  it("an ordinary message that shares the words gets its need answered, not an alarm", async () => {
    const { reply } = await firstReplyTo("it", "è caduta la settimana scorsa, cerco una badante");
    expect(emergencyNumbers(shown(reply))).toBe(false);
    expect(isPlaceQuestion(reply)).toBe(true);
  });

  it.each([
    "ho visto un film sulla violenza domestica e vorrei fare volontariato",
    "mio marito non mi picchia più da quando va in terapia, cerco un gruppo per me",
    "my ex used to be abusive but that was years ago, now I need a job",
  ])("a film, a negation or a finished past gets no alarm: «%s»", async (text) => {
    const { reply } = await firstReplyTo("it", text);
    expect(dangerAnswer(shown(reply))).toBe(false);
  });

  it("a faint this morning told with a request for a carer gets the need, not the danger answer", async () => {
    const { reply } = await firstReplyTo(
      "it",
      "mia nonna è svenuta stamattina in bagno, cerchiamo una badante che dorma da lei",
    );
    expect(dangerAnswer(shown(reply))).toBe(false);
    expect(isPlaceQuestion(reply)).toBe(true);
  });

  it("a figure of speech does not hide the danger next to it", async () => {
    const { reply } = await firstReplyTo(
      "it",
      "sto male da morire sul serio, ho un dolore al petto fortissimo e sono sola",
    );
    expect(dangerAnswer(shown(reply))).toBe(true);
  });

  it("a typed «sì» after the danger answer starts a request to be contacted", async () => {
    const { user } = await firstReplyTo("it", "il mio compagno mi mette le mani addosso");
    harness.emulator.sendText(user, "sì");
    const consent = (
      await readUntil(harness.emulator, user, (m) => /Sei d'accordo/.test(shown(m)))
    ).at(-1);
    expect(shown(consent ?? ({} as never))).toMatch(/nome e un numero di telefono/);
  });

  it("danger typed in the middle of a question closes it and is answered first", async () => {
    const user = citizen("Lucia");
    harness.emulator.sendText(user, "cerco una colf");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "aiuto mio padre è svenuto e non respira");
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(emergencyNumbers(shown(reply))).toBe(true);
    expect(shown(reply)).not.toMatch(/Non ho riconosciuto il luogo/);
  });

  it("«no» after the danger answer closes warmly and nothing is asked", async () => {
    const { user } = await firstReplyTo("it", "ho pensato di togliermi la vita");
    harness.emulator.sendText(user, "no");
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(shown(reply)).toMatch(/Va bene/);
    expect(isAnswer(reply) || isPlaceQuestion(reply)).toBe(false);
  });
});
