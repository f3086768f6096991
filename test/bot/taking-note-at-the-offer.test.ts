import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil, shown } from "./story.js";

/**
 * Session 36 typed trial: after the answer, «¿cuánto cuesta?» gets the cost reply, which ends
 * asking whether to be contacted; «vale, gracias» there was read as yes and the name was asked.
 * Words that only take note, with a thanks, take leave; a «sí» beside them is still a yes.
 */
const harness = useHarness();

const COST_REPLY = /No conozco los costes|I don't know what the services cost|Non conosco i costi/;

async function afterTheCostReply(language: string, story: string, cost: string, reply: string) {
  const user = citizen("Lucía", language);
  harness.emulator.sendText(user, story);
  await readUntil(harness.emulator, user, (m) => /Municipio \d/.test(shown(m)));
  harness.emulator.sendText(user, cost);
  await readUntil(harness.emulator, user, (m) => COST_REPLY.test(shown(m)));
  harness.emulator.sendText(user, reply);
  return shown(await harness.emulator.nextBotMessage(user.id));
}

const ES_STORY = "busco una cuidadora para mi madre, vivo en viale Monza";
const EN_STORY = "I need a carer for my mother, I live in viale Monza";

describe("taking note of the cost reply", () => {
  it.each([
    ["es", ES_STORY, "¿cuánto cuesta?", "vale, gracias", /^¡De nada/],
    ["en", EN_STORY, "how much does it cost?", "ok thanks", /^You're welcome/],
  ])("(%s) after «%s» and «%s», «%s» is a goodbye, not a call", async (...args) => {
    const [language, story, cost, reply, goodbye] = args;
    expect(await afterTheCostReply(language, story, cost, reply)).toMatch(goodbye);
  });

  it("(es) «sí, vale, gracias» is still a yes to the call", async () => {
    const reply = await afterTheCostReply("es", ES_STORY, "¿cuánto cuesta?", "sí, vale, gracias");
    expect(reply).not.toMatch(/^¡De nada/);
  });
});

/**
 * Session 37: «I don't want a call» in the citizen's own words, right after the answer that
 * asks whether to call, is a no in every language the bot speaks: a goodbye, never the consent
 * to a call. In Romanian and Ukrainian it was read as a new message before.
 */
describe("a call refused in words at the offer", () => {
  it.each([
    [
      "it",
      "cerco una badante per mia madre, abito in viale Monza",
      "non voglio essere richiamata",
      /^Va bene/,
    ],
    [
      "ro",
      "caut o îngrijitoare pentru mama mea, locuiesc pe viale Monza",
      "nu vreau să fiu sunată",
      /^Bine\./,
    ],
    [
      "uk",
      "шукаю доглядальницю для мами, живу на viale Monza",
      "не хочу, щоб мені дзвонили",
      /^Добре\./,
    ],
    [
      "ru",
      "ищу сиделку для мамы, живу на viale Monza",
      "не хочу, чтобы мне звонили",
      /^All right|^Va bene/,
    ],
    // Session 37 second round, typed trial: a refusal with its reason after it; the model reads
    // a person asked in «ir yo directamente», and a call was started.
    [
      "es",
      "busco una cuidadora para mi madre, vivo en viale Monza",
      "mejor no, prefiero ir yo directamente, gracias",
      /^¡De nada/,
    ],
    [
      "it",
      "cerco una badante per mia madre, abito in viale Monza",
      "no grazie, preferisco andarci di persona",
      /^Prego/,
    ],
    [
      "en",
      "I need a carer for my mother, I live in viale Monza",
      "no thanks, I'd rather go there myself",
      /^You're welcome/,
    ],
  ])("(%s) after «%s», «%s» takes leave", async (language, story, refusal, goodbye) => {
    const user = citizen("Lucía", language);
    harness.emulator.sendText(user, story);
    await readUntil(harness.emulator, user, (m) => /Municipio \d/.test(shown(m)));
    harness.emulator.sendText(user, refusal);
    const call =
      /d'accordo|de acuerdo|do you agree|de acord|згодні|согласны|come ti chiami|cum te numești|як вас звати|как вас зовут/i;
    const read = await readUntil(
      harness.emulator,
      user,
      (m) => goodbye.test(shown(m)) || call.test(shown(m)),
    );
    const reply = shown(read.at(-1) as Message);
    expect(reply).toMatch(goodbye);
    expect(reply).not.toMatch(call);
  });
});

/**
 * Session 38: «no, vorrei parlare con qualcuno di persona» at the offer of a call got a goodbye.
 * The citizen refuses the call, not a person: she is given where to go to talk to someone in
 * person, the answered need's spaces with their addresses, in every language the offer speaks.
 */
describe("a call refused for a person met in person", () => {
  it.each([
    [
      "it",
      "cerco una badante per mia madre, abito in viale Monza",
      "no, vorrei parlare con qualcuno di persona",
      /di persona/,
    ],
    [
      "en",
      "I need a carer for my mother, I live in viale Monza",
      "no, I'd like to talk to someone in person",
      /in person/,
    ],
    [
      "es",
      "busco una cuidadora para mi madre, vivo en viale Monza",
      "no, prefiero hablar con alguien en persona",
      /en persona/,
    ],
    [
      "ro",
      "caut o îngrijitoare pentru mama mea, locuiesc pe viale Monza",
      "nu, aș vrea să vorbesc cu cineva în persoană",
      /în persoană/,
    ],
    [
      "uk",
      "шукаю доглядальницю для мами, живу на viale Monza",
      "ні, я хотіла б поговорити з кимось особисто",
      /особисто/,
    ],
  ])(
    "(%s) after «%s», «%s» gets the spaces to go to, not a goodbye",
    async (language, story, refusal, inPerson) => {
      const user = citizen("Lucía", language);
      harness.emulator.sendText(user, story);
      await readUntil(harness.emulator, user, (m) => /Municipio \d/.test(shown(m)));
      harness.emulator.sendText(user, refusal);
      // The answer's map pin comes first.
      const lead = shown(
        (
          await readUntil(harness.emulator, user, (m) =>
            /wemi\.milano\.it|Ciao|Va bene|All right|De acuerdo|Bine|Добре/.test(shown(m)),
          )
        ).at(-1) as Message,
      );
      expect(lead).toMatch(inPerson);
      expect(lead).toMatch(/www\.wemi\.milano\.it/);
      const spaces = shown(await harness.emulator.nextBotMessage(user.id));
      expect(spaces).toMatch(/via Venini 83/);
      expect(spaces).toMatch(/via Statuto 15/);
    },
  );
});
