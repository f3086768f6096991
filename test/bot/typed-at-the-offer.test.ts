import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { isPlaceQuestion, last, readUntil, shown } from "./story.js";

/** Typed trials of session 33: what a citizen types at the offer of a person and at consent. */
const operators: TestGroup = { id: -1001833, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

/** The citizen types a message; every message the bot sent until one matches `next`. */
const saysTo = (user: TestUser) => async (text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return readUntil(harness.emulator, user, (m) => next.test(shown(m)));
};

describe("a Romanian mother who asks, in the conditional, that someone call her", () => {
  it("is asked her consent, not «did you mean…» with a social caretaker", async () => {
    const user = citizen("Ioana", "ro");
    const say = saysTo(user);
    await say("bună ziua, caut o bonă pentru fetița mea de 3 ani", /În ce zonă/);
    await say("locuiesc pe via padova 120", /Vrei să te contacteze/);
    const read = (await say("aș vrea să mă sune cineva", /Ești de acord|Te refereai/))
      .map(shown)
      .join("\n");
    expect(read).toMatch(/Ești de acord/);
    expect(read).not.toMatch(/Te refereai/);
  });
});

describe("a citizen at the consent question", () => {
  it("who types her number first is told it is asked right after, and goes on with a yes", async () => {
    const user = citizen("Maria");
    const say = saysTo(user);
    await say("/operatore", /Sei d'accordo/);
    const told = shown(last(await say("333 1234567", /Il numero te lo chiedo|Rispondi/)));
    expect(told).toMatch(/Il numero te lo chiedo subito dopo/);
    await say("sì", /Come ti chiami/);
  });

  it("who says no and why is taken at her no, not asked «sì o no» again", async () => {
    const user = citizen("Maria");
    const say = saysTo(user);
    await say("/operatore", /Sei d'accordo/);
    const told = shown(last(await say("no, non voglio dare il nome", /non salvo|Rispondi/)));
    expect(told).toMatch(/non salvo nessun dato/);
  });
});

describe("a citizen who types the street in small letters", () => {
  it("is answered for that street's Municipio, not asked where she lives", async () => {
    const user = citizen("Maria");
    const read = await saysTo(user)(
      "cerco una badante per mio padre in via gallarate",
      /Vuoi essere ricontattato|In che zona/,
    );
    expect(read.some(isPlaceQuestion)).toBe(false);
    expect(read.map(shown).join("\n")).toMatch(/via gallarate → Municipio 8/);
  });
});

describe("a citizen who asks for a person instead of saying where she lives", () => {
  it.each([
    [
      "uk",
      "добрий день, мамі потрібна доглядальниця",
      /У якому районі/,
      "краще поговорити з людиною",
      /Ви згодні/,
    ],
    [
      "it",
      "mia mamma ha bisogno di una badante",
      /In che zona/,
      "preferisco parlare con una persona",
      /Sei d'accordo/,
    ],
  ])(
    "(%s) is asked her consent for that need, not the area again",
    async (lang, need, areaAsked, person, consent) => {
      const user = citizen("Oksana", lang);
      const say = saysTo(user);
      await say(need, areaAsked);
      const read = await say(person, new RegExp(`${consent.source}|${areaAsked.source}`));
      expect(read.some(isPlaceQuestion)).toBe(false);
      expect(shown(last(read))).toMatch(consent);
    },
  );
});
