import { describe, expect, it } from "vitest";
import { isAnswer, isPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("«Intendevi…?» answered by typing", () => {
  it("a typed «sì» to several guesses asks which one, with the same buttons, and a typed guess goes on", async () => {
    const user = citizen("Ines");
    harness.emulator.sendText(user, "per mia nonna anziana");
    const question = await harness.emulator.nextBotMessage(user.id);
    expect(shown(question)).toMatch(/Intendevi/);
    const guesses = harness.emulator.buttonsOf(question).map((button) => button.data);
    expect(
      guesses.filter((data) => data?.startsWith("a:") && data !== "a-other").length,
    ).toBeGreaterThan(1);

    harness.emulator.sendText(user, "sì");
    const which = await harness.emulator.nextBotMessage(user.id);
    expect(shown(which)).toMatch(/Quale di queste\?/);
    expect(harness.emulator.buttonsOf(which).map((button) => button.data)).toEqual(guesses);

    harness.emulator.sendText(user, "pasti a domicilio");
    await readUntil(harness.emulator, user, isPlaceQuestion);
  });

  it("the area typed instead of a guess is kept, and the guesses are offered again (the need is not lost)", async () => {
    const user = citizen("Livia");
    harness.emulator.sendText(user, "per mia nonna anziana");
    const question = await harness.emulator.nextBotMessage(user.id);
    expect(shown(question)).toMatch(/Intendevi/);
    const guesses = harness.emulator.buttonsOf(question).map((button) => button.data);

    harness.emulator.sendText(user, "abito a Baggio");
    const said = await readUntil(harness.emulator, user, (m) => /Quale di queste\?/.test(shown(m)));
    expect(said.map(shown).join("\n")).toMatch(/Ho capito: Baggio → Municipio 7/);
    expect(harness.emulator.buttonsOf(said.at(-1) as never).map((b) => b.data)).toEqual(guesses);

    harness.emulator.sendText(user, "pasti a domicilio");
    const answer = await readUntil(harness.emulator, user, isAnswer);
    expect(answer.map(shown).join("\n")).toMatch(/Uso la zona che mi hai indicato: .*Municipio 7/);
    expect(answer.some(isPlaceQuestion)).toBe(false);
  });

  it("a person is offered once: the «talk to a person» guess is not listed beside its own button", async () => {
    const user = citizen("Ioana", "ro");
    harness.emulator.sendText(
      user,
      // «să vorbesc cu cineva» is now read surely (locales/ro/reading.yaml): a meeting
      // with someone is still only the model's guess.
      "Bună ziua, aș vrea o întâlnire cu cineva de la WeMi, locuiesc în Municipio 5",
    );
    const question = await harness.emulator.nextBotMessage(user.id);
    const offered = harness.emulator.buttonsOf(question).map((button) => button.text);
    expect(offered.filter((text) => /Vorbește cu o persoană/.test(text ?? ""))).toHaveLength(1);
  });

  it("a «oui» after asking for a person, read first but shown as its own button, is not the guess below it", async () => {
    const user = citizen("Awa", "fr");
    // «parler à une personne» is now read surely (locales/fr/reading.yaml): a person the
    // model only guesses, in words no reading names, is still a guess.
    harness.emulator.sendText(user, "bonjour, je voudrais un contact avec une personne");
    const question = await readUntil(harness.emulator, user, (m) => /Intendevi/.test(shown(m)));
    const guesses = harness.emulator.buttonsOf(question.at(-1) as never).map((b) => b.data);

    harness.emulator.sendText(user, "oui");
    const which = await harness.emulator.nextBotMessage(user.id);
    expect(shown(which)).toMatch(/Quale di queste\?/);
    expect(harness.emulator.buttonsOf(which).map((button) => button.data)).toEqual(guesses);
  });

  it("a greeting at the start of an unclear story is never offered as what the citizen meant", async () => {
    const user = citizen("Gemma");
    harness.emulator.sendText(
      user,
      "buongiorno, mia madre ha 84 anni e vive sola in via Padova, non ce la fa piu a fare le pulizie di casa ma non vuole una badante",
    );
    const reply = await harness.emulator.nextBotMessage(user.id);
    const offered = harness.emulator.buttonsOf(reply).map((button) => button.text);
    expect(offered).not.toContain("Saluto");
  });
});

describe("a bare short reply when nothing was asked (after a greeting)", () => {
  it.each([
    ["«sì» asks for the need, not «I cannot help»", "buongiorno", "si", /Di cosa hai bisogno\?/],
    ["«no grazie» says goodbye", "salve", "no grazie", /Se ti serve altro, scrivimi/],
    [
      "«preferisco non dirlo» asks for the need",
      "ciao",
      "preferisco non dirlo",
      /Di cosa hai bisogno\?/,
    ],
    ["«indietro» asks for the need", "buongiorno", "indietro", /Di cosa hai bisogno\?/],
  ])("%s", async (_, greeting, reply, expected) => {
    const user = citizen("Olga");
    harness.emulator.sendText(user, greeting);
    await harness.emulator.nextBotMessage(user.id);
    harness.emulator.sendText(user, reply);
    const answer = shown(await harness.emulator.nextBotMessage(user.id));
    expect(answer).toMatch(expected);
    expect(answer).not.toMatch(/non posso aiutarti/);
    // Bold is shown bold, never as the tags that ask for it.
    expect(answer).not.toMatch(/<\/?b>/);
  });
});

describe("«Intendevi…?» answered with the guess's position", () => {
  it.each([
    ["2", "it"],
    ["la seconda", "it"],
    ["il secondo", "it"],
    ["the second one", "en"],
  ])("a typed «%s» picks the second guess, as tapping it would", async (typed, language) => {
    const user = citizen("Nives", language);
    harness.emulator.sendText(
      user,
      language === "en" ? "help for my elderly mum" : "per mia nonna anziana",
    );
    const question = await harness.emulator.nextBotMessage(user.id);
    expect(shown(question)).toMatch(/Intendevi|Did you mean/);
    const second = harness.emulator.buttonsOf(question)[1];
    expect(second?.data).toMatch(/^a:/);

    harness.emulator.sendText(user, typed);
    const next = await harness.emulator.nextBotMessage(user.id);
    expect(shown(next)).not.toMatch(/Intendevi|Did you mean|Quale di queste|Which one/);
    expect(shown(next)).not.toMatch(/non posso aiutarti|can't help/);
    // The same next step as a tap on the second guess: its need's first question.
    const tapper = citizen("Nives-tap", language);
    harness.emulator.sendText(
      tapper,
      language === "en" ? "help for my elderly mum" : "per mia nonna anziana",
    );
    const asked = await harness.emulator.nextBotMessage(tapper.id);
    harness.emulator.pressButton(tapper, asked, harness.emulator.buttonsOf(asked)[1]?.data ?? "");
    expect(shown(next)).toBe(shown(await harness.emulator.nextBotMessage(tapper.id)));
  });
});

/**
 * The citizen's unclear need («Intendevi…?» with its guesses), then the area typed instead of a
 * guess: what the bot said until the guesses came again, or until it gave up.
 */
async function areaInsteadOfAGuess(language: string, need: string, typed: string, again: RegExp) {
  const user = citizen("Luminița", language);
  harness.emulator.sendText(user, need);
  const question = await harness.emulator.nextBotMessage(user.id);
  expect(harness.emulator.buttonsOf(question).length).toBeGreaterThan(2);
  harness.emulator.sendText(user, typed);
  const gaveUp = /capire|entiendo|înțeleg|understand|зрозуміти/;
  const read = await readUntil(
    harness.emulator,
    user,
    (m) => again.test(shown(m)) || gaveUp.test(shown(m)),
  );
  return read.map(shown).join("\n");
}

describe("the area told in another language instead of a guess", () => {
  const NEED = {
    it: "per mia nonna anziana",
    es: "para mi madre mayor",
    ro: "pentru mama mea în vârstă",
  };
  it.each([
    [
      "ro",
      "locuim in zona Lorenteggio",
      /Am înțeles: .*Lorenteggio.*Municipio 6/,
      /Care dintre acestea\?|Te refereai/,
    ],
    [
      "es",
      "vivimos en Lorenteggio",
      /Entendido: .*Lorenteggio.*Municipio 6/,
      /¿Cuál de estas\?|Te refieres/,
    ],
    [
      "it",
      "noi abitiamo da anni in zona Lorenteggio",
      /Ho capito: .*Lorenteggio.*Municipio 6/,
      /Quale di queste\?/,
    ],
  ] as const)(
    "(%s) «%s» is kept and said back in the dialogue's language, the guesses offered again",
    async (language, typed, said, again) => {
      expect(await areaInsteadOfAGuess(language, NEED[language], typed, again)).toMatch(said);
    },
  );
});

describe("where the one in need lives, typed instead of a guess", () => {
  it.each([
    [
      "it",
      "per mia nonna anziana",
      "abita in via Padova 120",
      /Ho capito: via Padova 120/,
      /Quale di queste\?/,
    ],
    [
      "en",
      "help for my elderly mum",
      "she lives on via Padova 120",
      /Got it: via Padova 120/,
      /Which one\?|Did you mean/,
    ],
    [
      "uk",
      "для моєї старенької мами",
      "вона живе на віа Падова 120",
      /Зрозумів: via Padova 120/,
      /Що саме\?|Ви мали на увазі/,
    ],
  ])(
    "(%s) is kept and said back, the guesses offered again, not «I can't understand»: «%s» then «%s»",
    async (language, need, typed, said, again) => {
      expect(await areaInsteadOfAGuess(language, need, typed, again)).toMatch(said);
    },
  );
});
