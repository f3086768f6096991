import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001809, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const say = (user: ReturnType<typeof citizen>, text: string, next: RegExp) => {
  harness.emulator.sendText(user, text);
  return until(harness.emulator, user.id, next);
};

const ASK_PLACE = /¿En qué zona de Milán vives|În ce zonă din Milano|У якому районі/;
const SPACES = /Where to go|Dove rivolgerti|Adónde ir|Unde să mergi|Куди звернутися/;

// The model of the other languages is read on their first message: read before the stories.
beforeAll(async () => {
  const warmUp = citizen("Warm-up");
  harness.emulator.sendText(warmUp, "hola");
  await until(harness.emulator, warmUp.id, /./, 30_000);
}, 60_000);

/** A Spanish dialogue answered for via Padova 120: the contact question waits. */
async function answeredInSpanish(name: string) {
  const user = citizen(name, "es");
  await say(user, "hola, necesito una cuidadora para mi madre", ASK_PLACE);
  await say(user, "via Padova 120", /Adónde ir/);
  return user;
}

describe("a citizen who clearly changes language in the middle of a dialogue", () => {
  it("a Spanish dialogue, then a whole English sentence: answered in English from then on", async () => {
    const user = await answeredInSpanish("Rosa");
    const answer = await say(user, "actually I need a babysitter for my son after school", SPACES);
    expect(shown(answer)).toMatch(/Where to go/);
    const offer = await say(user, "ok", /contact you|contactarte/);
    expect(shown(offer)).toMatch(/A WeMi worker can contact you/);
  });

  it("a Spanish dialogue, then a whole Italian sentence: answered in Italian", async () => {
    const user = await answeredInSpanish("Inés");
    const answer = await say(user, "scusi, in realtà cerco una babysitter per mio figlio", SPACES);
    expect(shown(answer)).toMatch(/Dove rivolgerti/);
  });

  it("a Spanish job seeker who gave her street, then writes in English: the area too is said in English", async () => {
    const user = citizen("Milagros", "es");
    const question = await say(
      user,
      // No trade named: which work is asked («como cuidadora» would answer it at once).
      "Hola, soy de Perú y busco trabajo, no tengo papeles de la escuela italiana pero tengo experiencia. Vivo en viale Monza 100",
      /asistente familiar/,
    );
    expect(shown(question)).toMatch(/¿Buscas trabajo como asistente familiar/);
    await say(user, "gracias", /Elige una de las respuestas/);
    const answer = await say(
      user,
      "Actually I prefer English, can you tell me where to go?",
      SPACES,
    );
    expect(shown(answer)).toMatch(/Where to go/);
    expect(shown(answer)).toMatch(/viale Monza 100/);
    expect(shown(answer)).not.toMatch(/Entendido|Adónde ir/);
  });

  it("«ok» at the Spanish contact question keeps Spanish", async () => {
    const user = await answeredInSpanish("Pilar");
    const offer = await say(user, "ok", /contact/);
    expect(shown(offer)).toMatch(/Una persona de WeMi puede contactarte/);
  });

  it.each([
    ["ro", "am nevoie de o îngrijitoare pentru mama mea", "via Giovanni Pascoli 12", /Am înțeles/],
    ["es", "necesito una cuidadora para mi madre", "Quarto Oggiaro", /Entendido/],
    ["es", "necesito una cuidadora para mi madre", "Largo Rio de Janeiro 12", /Entendido/],
  ])(
    "(%s) a street or neighbourhood typed at the place question keeps the dialogue's language",
    async (language, need, place, understood) => {
      const user = citizen("Ana", language);
      await say(user, need, ASK_PLACE);
      const answer = await say(user, place, SPACES);
      expect(shown(answer)).toMatch(understood);
      expect(shown(answer)).not.toMatch(/Dove rivolgerti|Where to go|Respondo só/);
    },
  );
});
