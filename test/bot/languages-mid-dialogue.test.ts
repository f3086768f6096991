import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { answeredForNiguarda, shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001801, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

// The model of the other languages is read on their first message (a second or more on a
// loaded machine): read before the stories, whose waits are a couple of seconds.
beforeAll(async () => {
  const warmUp = citizen("Warm-up");
  harness.emulator.sendText(warmUp, "hola");
  await until(harness.emulator, warmUp.id, /./, 30_000);
}, 60_000);

const SPANISH_NEED =
  "Hola, soy de Perú, busco trabajo como cuidadora de ancianos, tengo experiencia";

describe("a message clearly in another language, in the middle of an Italian dialogue", () => {
  it("a Spanish need typed at the Italian consent question is answered in Spanish", async () => {
    const user = citizen("Lucía");
    await answeredForNiguarda(harness.emulator, user);
    harness.emulator.sendText(user, "sì");
    await until(harness.emulator, user.id, /Sei d'accordo\?/);
    harness.emulator.sendText(user, SPANISH_NEED);
    const answer = await until(harness.emulator, user.id, /Adónde ir|Dove rivolgerti/);
    expect(shown(answer)).toMatch(/Adónde ir/);
  });

  it("a short word that could be either («no») at the consent question stays in Italian", async () => {
    const user = citizen("Carmen");
    await answeredForNiguarda(harness.emulator, user);
    harness.emulator.sendText(user, "sì");
    await until(harness.emulator, user.id, /Sei d'accordo\?/);
    harness.emulator.sendText(user, "no");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).not.toMatch(/[¿¡]|Adónde|Vale/);
  });
});

describe("a short reply in the dialogue's own words keeps its language", () => {
  it("a Ukrainian «так, без проблем» (words Russian writes too) at the contact question goes on in Ukrainian", async () => {
    const user = citizen("Olena", "uk");
    harness.emulator.sendText(user, "Добрий день, шукаю няню для сина після школи");
    await until(harness.emulator, user.id, /У якому районі/);
    harness.emulator.sendText(user, "Niguarda");
    await until(harness.emulator, user.id, /Хочете, щоб із вами зв'язався працівник WeMi\?/);
    await harness.emulator.nextBotMessage(user.id); // the venue
    harness.emulator.sendText(user, "так, без проблем");
    const consent = await harness.emulator.nextBotMessage(user.id);
    expect(shown(consent)).not.toMatch(/Я понял|отвечаю только/);
    expect(shown(consent)).toMatch(/Ви згодні\?/);
  });

  it("a Ukrainian «живу на Лорето» (words Russian writes too) at the area question is answered in Ukrainian", async () => {
    const user = citizen("Oksana", "uk");
    harness.emulator.sendText(user, "шукаю курси італійської мови");
    await until(harness.emulator, user.id, /У якому районі/);
    harness.emulator.sendText(user, "живу на Лорето");
    const answer = shown(await until(harness.emulator, user.id, /📍/));
    expect(answer).not.toMatch(/Я понял|Got it/);
    expect(answer).toMatch(/Зрозумів: Loreto/);
  });

  it("a Russian «живу на Лорето, ищу работу» in a Ukrainian dialogue is still read as Russian", async () => {
    const user = citizen("Irina", "uk");
    harness.emulator.sendText(user, "шукаю курси італійської мови");
    await until(harness.emulator, user.id, /У якому районі/);
    harness.emulator.sendText(user, "живу на Лорето, ищу работу сиделкой");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/Я понял/);
  });

  it("a mistyped Italian thanks, «ok grazei mille», gets «prego» and no notice in French", async () => {
    const user = citizen("Gino", "it");
    harness.emulator.sendText(user, "ok grazei mille");
    const reply = await harness.emulator.nextBotMessage(user.id);
    expect(shown(reply)).not.toMatch(/je réponds seulement/);
    expect(shown(reply)).toMatch(/^Prego!/);
  });

  it("a French thanks from a phone set to Italian still gets the notice in French", async () => {
    const user = citizen("Amélie", "it");
    harness.emulator.sendText(user, "merci beaucoup madame");
    expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(/je réponds seulement/);
  });
});

describe("asking for another language in words, at any question", () => {
  it.each(["cambiar idioma", "schimbă limba", "змінити мову", "change language"])(
    "«%s» at the phone question offers the languages, and is not read as a number",
    async (typed) => {
      const user = citizen("Ana");
      await answeredForNiguarda(harness.emulator, user);
      harness.emulator.sendText(user, "sì");
      const consent = await until(harness.emulator, user.id, /Sei d'accordo\?/);
      harness.emulator.pressButton(user, consent, "h:consent:yes");
      const name = await until(harness.emulator, user.id, /Come ti chiami/);
      harness.emulator.pressButton(user, name, "h:name");
      await until(harness.emulator, user.id, /A che numero/);
      harness.emulator.sendText(user, typed);
      const choice = await harness.emulator.nextBotMessage(user.id);
      expect(shown(choice)).toMatch(/Elige el idioma/);
      expect(harness.emulator.buttonsOf(choice).map((b) => b.data)).toContain("l:es");
      // The question still waits: the number typed next is taken.
      harness.emulator.pressButton(user, choice, "l:es");
      await until(harness.emulator, user.id, /español/);
      harness.emulator.sendText(user, "333 123 4567");
      expect(shown(await harness.emulator.nextBotMessage(user.id))).not.toMatch(/numero/);
    },
  );
});

describe("Italian or English: a message that plainly says which is answered in it", () => {
  it("an English story from a phone set to Italian is answered in English", async () => {
    const user = citizen("Helen", "it");
    harness.emulator.sendText(
      user,
      "Hello, my mother is 86 and she can't stay alone anymore, we need a carer. We live in Niguarda",
    );
    const answer = await until(harness.emulator, user.id, /Where to go|Dove rivolgerti/);
    expect(shown(answer)).toMatch(/Where to go/);
  });

  it("an Italian need from a phone set to English is answered in Italian", async () => {
    const user = citizen("Giulia", "en");
    harness.emulator.sendText(
      user,
      "buongiorno, cerco una badante per mio padre che abita a Niguarda",
    );
    const answer = await until(harness.emulator, user.id, /Where to go|Dove rivolgerti/);
    expect(shown(answer)).toMatch(/Dove rivolgerti/);
  });

  it("a language chosen with /lingua still decides", async () => {
    const user = citizen("Marco", "it");
    harness.emulator.sendText(user, "/lingua");
    const menu = await until(harness.emulator, user.id, /Scegli la lingua/);
    harness.emulator.pressButton(user, menu, "🇮🇹 Italiano");
    await harness.emulator.nextBotMessage(user.id);
    harness.emulator.sendText(user, "Hello, I am looking for a carer for my father in Niguarda");
    const answer = await until(harness.emulator, user.id, /Where to go|Dove rivolgerti/);
    expect(shown(answer)).toMatch(/Dove rivolgerti/);
  });
});

describe("a message in Cyrillic, in the middle of a dialogue in a Latin-script language", () => {
  const UKRAINIAN_DANGER = /112[\s\S]*1522|1522[\s\S]*112/;
  it.each([
    ["at the area question", "допоможіть"],
    ["at the area question, in three words", "мене б'є чоловік"],
  ])(
    "%s of a Spanish dialogue, «%s» gets 112 and 1522 in Ukrainian, not in Spanish",
    async (_, typed) => {
      const user = citizen("Oksana", "es");
      harness.emulator.sendText(user, "necesito una niñera para mi hijo");
      await until(harness.emulator, user.id, /En qué zona/);
      harness.emulator.sendText(user, typed);
      const answer = await until(harness.emulator, user.id, UKRAINIAN_DANGER);
      expect(shown(answer)).toMatch(/телефонуйте/);
      expect(shown(answer)).not.toMatch(/llama/);
    },
  );

  it("after a Spanish answer, «допоможіть» gets 112 and 1522 in Ukrainian", async () => {
    const user = citizen("Oksana", "es");
    harness.emulator.sendText(user, "necesito una niñera para mi hijo");
    await until(harness.emulator, user.id, /En qué zona/);
    harness.emulator.sendText(user, "Niguarda");
    await until(harness.emulator, user.id, /Adónde ir/);
    harness.emulator.sendText(user, "допоможіть");
    const answer = await until(harness.emulator, user.id, /1522/);
    expect(shown(answer)).toMatch(/телефонуйте/);
  });

  it("a place typed in Latin letters at a Ukrainian question stays in Ukrainian", async () => {
    const user = citizen("Oksana", "uk");
    harness.emulator.sendText(user, "шукаю няню для доньки");
    await until(harness.emulator, user.id, /У якому районі/);
    harness.emulator.sendText(user, "Niguarda");
    const answer = await until(harness.emulator, user.id, /📍/);
    expect(shown(answer)).toMatch(/Зрозумів/);
  });
});

describe("a citizen who chooses another language while the area question waits", () => {
  it("gets the answer in the language chosen, not in the question's", async () => {
    const user = citizen("Camila", "es");
    harness.emulator.sendText(user, "necesito una niñera para mi hijo de 3 años");
    await until(harness.emulator, user.id, /¿En qué zona/);
    harness.emulator.sendText(user, "cambiar idioma");
    await until(harness.emulator, user.id, /Choose your language/);
    harness.emulator.sendText(user, "English");
    await until(harness.emulator, user.id, /from now on I will write in English/);
    harness.emulator.sendText(user, "Niguarda");
    const answer = shown(await until(harness.emulator, user.id, /Where to go|Adónde ir/));
    expect(answer).toMatch(/Got it: Niguarda → Municipio 9/);
    expect(answer).toMatch(/Where to go/);
  });
});

describe("a reply in a script only one language writes, beside a place in Latin letters", () => {
  // The script tells the language however few its words beside the place's: the n-grams' 0.7,
  // which a reply in Latin letters must reach, does not apply («أسكن في Niguarda» counts 0.67).
  it.each([
    ["Arabic", "أسكن في Niguarda", /فهمت رسالتك/],
    ["Chinese", "我住在 Niguarda", /我看懂了|只用|意大利语/],
  ])(
    "(%s) «%s» at an Italian area question gets the notice in that language, and the answer for Niguarda",
    async (_, typed, notice) => {
      const user = citizen("Amina", "it");
      harness.emulator.sendText(user, "cerco una badante per mia madre");
      await until(harness.emulator, user.id, /In che zona di Milano abiti/);
      harness.emulator.sendText(user, typed);
      expect(shown(await harness.emulator.nextBotMessage(user.id))).toMatch(notice);
      const answer = shown(await until(harness.emulator, user.id, /Where to go|Dove rivolgerti/));
      expect(answer).toMatch(/Niguarda/);
    },
  );
});
