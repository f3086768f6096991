import { describe, expect, it } from "vitest";
import { isAnswer, isPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators = { id: -1001726, title: "Operatori WeMi", type: "supergroup" as const };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/**
 * Neighbourhoods whose names are also ordinary words («Gallaratese», «Isola», «Città Studi»),
 * told after «a» or «in» with no «abito» or «zona» before them: written as a name, they are
 * where the help is for, and the bot says them back instead of asking where one lives.
 */
describe("a citizen who names her neighbourhood in a story, with no «I live» or «area»", () => {
  it.each([
    [
      "it",
      "Mia madre vive sola a Gallaratese e non riesce più a cucinare",
      /Gallaratese → Municipio 8/,
    ],
    ["it", "Cerco una badante per mio papà che sta da solo all'Isola", /Isola → Municipio/],
    ["en", "I need a carer for my grandmother in Città Studi", /Città Studi → Municipio 3/],
    ["es", "Necesito una niñera para mi hijo de 3 años, vivimos en Isola", /Isola → Municipio/],
    ["ro", "Caut o bonă pentru băiatul meu de 3 ani, stăm în Isola", /Isola → Municipio/],
  ])("(%s) «%s» is answered for that area, not asked it", async (language, text, said) => {
    const user = citizen("Nadia", language);
    harness.emulator.sendText(user, text);
    const read = await readUntil(
      harness.emulator,
      user,
      (m) => isAnswer(m) || isPlaceQuestion(m) || /^📍 .* Municipio/.test(shown(m)),
    );
    expect(read.some(isPlaceQuestion)).toBe(false);
    expect(read.map(shown).join("\n")).toMatch(said);
  });
});

/** Milanese name an area by the street it grows around, without «via» or «viale». */
describe("a mother who names her area by its street, «zona Papiniano», «zona Washington»", () => {
  it("is answered for viale Papiniano's Municipio, said back in her words", async () => {
    const user = citizen("Marta");
    harness.emulator.sendText(
      user,
      "io al lavoro fino alle 19 🏃‍♀️ mi serve una tata 🙏 zona Papiniano",
    );
    const read = await readUntil(harness.emulator, user, (m) => isAnswer(m) || isPlaceQuestion(m));
    expect(read.some(isPlaceQuestion)).toBe(false);
    expect(read.map(shown).join("\n")).toMatch(/zona Papiniano → Municipio 1/);
  });

  it("is asked the house number of via Washington, which crosses two Municipi", async () => {
    const user = citizen("Lucia");
    harness.emulator.sendText(
      user,
      "cerco tata per lunedì e mercoledì pomeriggio, zona Washington",
    );
    await until(harness.emulator, user.id, /Washington attraversa più Municipi/);
    harness.emulator.sendText(user, "12");
    await until(harness.emulator, user.id, /Via Giorgio Washington 12 → Municipio 7/);
  });
});

describe("a citizen who names her area as people do («Lotto»), not as the Comune's register", () => {
  it("finds that name on her request's summary, not «Portello, San Siro»", async () => {
    const { emulator } = harness;
    const user = citizen("Nadia");
    emulator.sendText(user, "vorrei parlare con un operatore, abito in zona Lotto");
    emulator.pressButton(user, await until(emulator, user.id, /Sei d'accordo\?/), "h:consent:yes");
    emulator.pressButton(user, await until(emulator, user.id, /Come ti chiami/), "h:name");
    await until(emulator, user.id, /A che numero/);
    emulator.shareContact(user, "+39 333 123 4567");
    emulator.pressButton(
      user,
      await until(emulator, user.id, /Quando preferisci/),
      "h:time:morning",
    );
    emulator.pressButton(user, await until(emulator, user.id, /nota per l'operatore/), "h:nonote");
    const summary = shown(await until(emulator, user.id, /Controlla la tua richiesta/));
    expect(summary).toMatch(/Zona: Lotto, Municipio 7 \/ 8/);
  });
});
