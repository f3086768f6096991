import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { citizen, useHarness } from "../support/harness.js";
import { readUntil, shown } from "./story.js";

/**
 * Session 36 typed trials: a daughter told the carer she needs for her mother and where they
 * live, got the answer, then asked in a few words about meals («what about the food?», «а щодо
 * їжі?»). In English and Ukrainian she got «Sorry, I can't help with that»: the model reads no
 * need in so few words. Right after an answer, meals named alone are the meals service's
 * answer, for the area already told.
 */
const harness = useHarness();

/** The meals service's name in the answer, in the languages the bot speaks or reads. */
const MEALS = /Pasti a domicilio|Home-delivered meals|Comidas a domicilio|Доставка обідів/;
const CANNOT_HELP = /non posso aiutarti|can't help|No puedo ayudarte|не можу допомогти/;
const TURN_END = /Municipio \d|can't help|не можу допомогти|non posso|No puedo|[Bb]ye|Arrivederci/;

async function followUp(language: string, story: string, followUpText: string) {
  const user = citizen("Giulia", language);
  harness.emulator.sendText(user, story);
  await readUntil(harness.emulator, user, (m) => /Municipio \d/.test(shown(m)));
  harness.emulator.sendText(user, followUpText);
  return (await readUntil(harness.emulator, user, (m) => TURN_END.test(shown(m))))
    .map(shown)
    .join("\n");
}

describe("meals named alone right after an answer", () => {
  it.each([
    ["en", "I need a carer for my mother, I live in viale Monza", "what about the food?"],
    ["uk", "шукаю доглядальницю для мами, живу на viale Monza", "а щодо їжі?"],
    ["ru", "ищу сиделку для мамы, живу на viale Monza", "а как насчет еды?"],
    ["it", "cerco una badante per mia madre, abito in viale Monza", "e per il mangiare?"],
    ["es", "busco una cuidadora para mi madre, vivo en viale Monza", "y la comida?"],
  ])("(%s) «%s», then «%s», get the meals' answer for that area", async (language, story, text) => {
    const after = await followUp(language, story, text);
    expect(after).not.toMatch(CANNOT_HELP);
    expect(after).toMatch(MEALS);
    expect(after).toMatch(/viale Monza, Municipio 2/);
  });

  it("(en) a no that mentions meals still takes leave", async () => {
    const after = await followUp(
      "en",
      "I need a carer for my mother, I live in viale Monza",
      "no, she already has food",
    );
    expect(after).not.toMatch(MEALS);
  });
});

describe("something asked for her right after an answer, no need named", () => {
  it.each([
    ["es", "busco una cuidadora para mi madre, vivo en viale Monza", "¿y para ella hay algo?"],
    ["uk", "шукаю доглядальницю для мами, живу на viale Monza", "і для неї щось є?"],
  ])(
    "(%s) after «%s», «%s» asks which help, with no need guessed",
    async (language, story, text) => {
      const user = citizen("Giulia", language);
      harness.emulator.sendText(user, story);
      await readUntil(harness.emulator, user, (m) => /Municipio \d/.test(shown(m)));
      harness.emulator.sendText(user, text);
      const guessed = /Querías decir|Ви мали на увазі|Did you mean|can't help/;
      const menu = (m: Message) => harness.emulator.buttonsOf(m).length >= 7;
      const read = await readUntil(
        harness.emulator,
        user,
        (m) => menu(m) || guessed.test(shown(m)),
      );
      expect(read.map(shown).join("\n")).not.toMatch(guessed);
    },
  );
});
