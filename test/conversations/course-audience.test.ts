import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { isPlaceQuestion, last, readUntil, shown, spacesIn } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

/** The answer in any of the bot's languages: the one message that lists spaces. */
const listsSpaces = (message: Message) => /🏠/.test(message.text ?? "");

async function answerTo(language: string, text: string) {
  const user = citizen("Ahmed", language);
  harness.emulator.sendText(user, text);
  const read = await readUntil(harness.emulator, user, listsSpaces);
  return read.at(-1) as never;
}

describe("an Italian course asked for a man", () => {
  it.each([
    ["it", "mio marito vorrebbe un corso di italiano, abitiamo in via Padova 120", /sole donne/],
    ["en", "an Italian course for my husband please, we live in via Padova 120", /women only/],
    ["es", "un curso de italiano para mi esposo, vivimos en via Padova 120", /solo para mujeres/],
    ["ro", "un curs de italiană pentru soțul meu, locuim în via Padova 120", /doar pentru femei/],
    ["uk", "курси італійської для чоловіка, живемо на via Padova 120", /лише для жінок/],
  ])(
    "(%s) «%s»: not sent to the women's course, told plainly, pointed to the portal",
    async (language, text, forWomen) => {
      const answer = await answerTo(language, text);
      expect(spacesIn(answer)).not.toContain("WeMi Ornato");
      expect(spacesIn(answer)[0]).toBe("WeMi Venini");
      expect(shown(answer)).toMatch(forWomen);
      expect(shown(answer)).toMatch(/www\.wemi\.milano\.it/);
    },
  );

  it("a woman who tells of her husband, «ma io volevo…» a course, gets WeMi Ornato first", async () => {
    const answer = await answerTo(
      "it",
      "mio marito lavora tutto il giorno, ma io volevo un corso di italiano, abito in via Padova 120",
    );
    expect(spacesIn(answer)[0]).toBe("WeMi Ornato");
    expect(shown(answer)).not.toMatch(/sole donne/);
  });

  it("a woman asking for herself still gets WeMi Ornato first, with no such warning", async () => {
    const answer = await answerTo("it", "vorrei un corso di italiano, abito in via Padova 120");
    expect(spacesIn(answer)[0]).toBe("WeMi Ornato");
    expect(shown(answer)).not.toMatch(/sole donne/);
  });

  it("with no area given, the answer asks for it without promising spaces it then says do not exist", async () => {
    const user = citizen("Ahmed", "it");
    harness.emulator.sendText(user, "vorrei un corso di italiano per mio marito");
    await readUntil(harness.emulator, user, isPlaceQuestion);
    harness.emulator.sendText(user, "preferisco non dirlo");
    const answer = shown(
      last(
        await readUntil(harness.emulator, user, (m) => /Nessuno spazio WeMi/.test(m.text ?? "")),
      ),
    );
    expect(answer).toMatch(/sole donne/);
    expect(answer).not.toMatch(/ti indico gli spazi che offrono questo servizio/);
    expect(answer).toMatch(/scrivimi il quartiere/);
  });
});
