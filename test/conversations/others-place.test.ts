import { describe, expect, it } from "vitest";
import { isPlaceQuestion, readUntil, shown } from "../bot/story.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

const ERRAND = "le serve qualcuno che le porti la spesa";
const OUTSIDE_MILAN = /WeMi è la rete del Comune di Milano/;

describe("a son's home abroad, told in a story about his mother", () => {
  it("does not stand for her area: the answer is for via Padova 120", async () => {
    const user = citizen("Grazia");
    harness.emulator.sendText(
      user,
      `il figlio vive a Londra, mia madre abita in via Padova 120: ${ERRAND}`,
    );
    const read = await readUntil(harness.emulator, user, (m) => /Ho capito/.test(shown(m)));
    const answer = shown(read.at(-1) as never);
    expect(answer).toMatch(/via Padova 120 → Municipio 2/);
    expect(answer).not.toMatch(OUTSIDE_MILAN);
  });

  it("alone, leads to the area question, not to «WeMi serves Milan»", async () => {
    const user = citizen("Rocco");
    harness.emulator.sendText(user, `mia madre vive da sola, il figlio vive a Londra: ${ERRAND}`);
    const first = await readUntil(
      harness.emulator,
      user,
      (m) => isPlaceQuestion(m) || /Intendevi/.test(shown(m)),
    );
    let read = first;
    // Since session 41 the need model is unsure between the shopping and a custodian for a
    // mother who lives alone, and asks; the son's London is what this story is about.
    const offer = first.at(-1);
    if (offer && !isPlaceQuestion(offer)) {
      const press = harness.emulator.pressButton(user, offer, "a:spesa_domicilio");
      await harness.emulator.waitForCallbackAnswer(press);
      read = [...first, ...(await readUntil(harness.emulator, user, isPlaceQuestion))];
    }
    expect(read.map(shown).join("\n")).not.toMatch(OUTSIDE_MILAN);
  });
});

describe("a Ukrainian daughter whose brother lives in Milan and whose mother needs a carer", () => {
  it("is asked the mother's area, not answered for the brother's street", async () => {
    const user = citizen("Oksana", "uk");
    harness.emulator.sendText(
      user,
      "мій брат живе на via Padova 120, а мамі потрібна доглядальниця",
    );
    const read = await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(read.map(shown).join("\n")).not.toMatch(/Municipio 2/);
  });
});

describe("a mother who works in a shop and needs someone for her children after nursery", () => {
  it.each([
    "Lavoro in un negozio di scarpe in corso Genova fino alle 20. Cerco qualcuno che prenda i miei due bimbi all'asilo e stia con loro fino a sera",
    "I just started at a bank in Porta Nuova and finish at 6:30, I need a babysitter for my two kids after school",
    "Sono infermiera al Besta e faccio le notti, il piccolo ha 4 anni: mi serve una persona di fiducia che lo tenga la sera",
    "Io e mio marito apriamo il bar in via Padova alle 6 e il nido apre alle 8 e mezza: cerco una babysitter che venga a casa per la bimba",
  ])("is asked where she lives, not answered for where she works: %s", async (text) => {
    const user = citizen("Chiara", /^I /.test(text) ? "en" : "it");
    harness.emulator.sendText(user, text);
    const read = await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(read.map(shown).join("\n")).not.toMatch(/→ Municipio/);
  });
});

describe("a family that names a market, a stall or the hospital the father left, not a home", () => {
  it.each([
    [
      "it",
      "Ho un banco al mercato di piazzale Lagosta dalle 6, cerco una babysitter che porti la bimba all'asilo",
    ],
    [
      "es",
      "URGENTE!! persona para cuidar a mi suegro que salio del hospital San Carlo, no camina solo",
    ],
    ["uk", "shukayu robotu doglyadalnytsi, zhyvu v Milani vzhe misyac"],
  ])("is asked where the help goes, not answered for that place (%s)", async (language, text) => {
    const user = citizen("Marisol", language);
    harness.emulator.sendText(user, text);
    const read = await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(read.map(shown).join("\n")).not.toMatch(/→ Municipio|Municipio \d/);
  });
});

describe("a carer out of work who names the lady she looked after, or a mother with a shop", () => {
  it.each([
    // «ho fatto la badante …, adesso cerco un corso di italiano» until session 36: the model
    // that learns from the older writers (session 37) reads it as work, a loss left to win back.
    [
      "it",
      "facevo la badante a una signora di Bonola, ora voglio imparare l'italiano, cerco un corso",
    ],
    ["es", "Trabajaba con una señora de via Novara, ahora quiero clases de italiano"],
    ["ro", "Am lucrat 4 ani la o doamna in zona Lambrate, acum vreau un curs de limba italiana"],
    ["zh", "我和老公都在Paolo Sarpi开店，每天工作到晚上十点。孩子三岁和六岁，放学以后没有人看。"],
  ])("is asked where she lives, not answered for that place (%s)", async (language, text) => {
    const user = citizen("Rosa", language);
    harness.emulator.sendText(user, text);
    const read = await readUntil(harness.emulator, user, isPlaceQuestion);
    expect(read.map(shown).join("\n")).not.toMatch(/→ Municipio|Municipio \d/);
  });
});

describe("a son in Turin or Bergamo whose father in Milan no longer manages alone", () => {
  const isRelativePlaceQuestion = (m: Parameters<typeof shown>[0]) =>
    /vive la persona per cui chiedi|does the person you are asking for live|vive la persona por la que preguntas|locuiește persoana pentru care întrebi|живе людина, для якої ви питаєте/.test(
      shown(m),
    );
  /** «WeMi serves people who live in Milan», in the five languages of a whole dialogue. */
  const SERVES_MILAN =
    /WeMi è la rete|WeMi is the City|WeMi es la red|WeMi este rețeaua|WeMi – це мережа/;

  it.each([
    [
      "it",
      "mio papà vive da solo e non ce la fa più a cucinare, io abito a Torino",
      /Torino è fuori Milano/,
    ],
    [
      "en",
      "I live in Bergamo and my dad can't cook for himself anymore",
      /Bergamo is outside Milan/,
    ],
    [
      "es",
      "Mi papá vive solo y ya no puede cocinar, yo vivo en Torino",
      /Torino está fuera de Milán/,
    ],
    [
      "ro",
      "Tata locuiește singur și nu mai poate găti, eu locuiesc în Torino",
      /Torino e în afara Milano/,
    ],
    ["uk", "Мій тато живе сам і вже не може готувати, я живу в Бергамо", /Bergamo поза Міланом/],
  ])("(%s) is asked where his father lives, then answered for it", async (lang, text, away) => {
    const user = citizen("Matteo", lang);
    harness.emulator.sendText(user, text);
    const asked = await readUntil(harness.emulator, user, isRelativePlaceQuestion);
    expect(shown(asked.at(-1) as never)).toMatch(away);
    expect(asked.map(shown).join("\n")).not.toMatch(SERVES_MILAN);
    harness.emulator.sendText(user, "Baggio");
    const read = await readUntil(harness.emulator, user, (m) => /Municipio 7/.test(shown(m)));
    expect(read.map(shown).join("\n")).not.toMatch(/Torino|Bergamo/);
  });

  it("living with his mother in Turin, is still told that WeMi serves Milan", async () => {
    const user = citizen("Ugo");
    harness.emulator.sendText(user, "abito a Torino con mia madre e cerco una badante");
    const read = await readUntil(harness.emulator, user, (m) => OUTSIDE_MILAN.test(shown(m)));
    expect(read.map(shown).join("\n")).not.toMatch(/vive la persona per cui chiedi/);
  });
});

describe("a street or neighbourhood whose name is an everyday word, written as a name", () => {
  it.each([
    [
      "en",
      "My neighbour, an old gentleman on via Ponzio, can't cook anymore: can someone bring him lunch every day?",
      /via Ponzio → Municipio 3/,
    ],
    [
      "it",
      "La signora Pina vive sola nelle case popolari di via San Faustino, qualcuno può passare a vedere come sta?",
      /via San Faustino → Municipio 3/,
    ],
    [
      "it",
      "Mio zio vive da solo in una casa popolare in via dei Cinquecento, qualcuno può passare a vedere come sta?",
      /via dei Cinquecento → Municipio 4/,
    ],
    [
      "es",
      "Mi papá se queda solo todo el día en el departamento de Gallaratese, necesita alguien que lo cuide",
      /Gallaratese → Municipio 8/,
    ],
    [
      "uk",
      "Моя бабуся живе одна в будинку ALER у Gallaratese, чи може хтось навідуватись до неї?",
      /Gallaratese → Municipio 8/,
    ],
  ])("(%s) is answered for that street, not asked the area", async (lang, text, said) => {
    const user = citizen("Piero", lang);
    harness.emulator.sendText(user, text);
    const read = await readUntil(
      harness.emulator,
      user,
      (m) => isPlaceQuestion(m) || /→ Municipio/.test(shown(m)),
    );
    expect(read.map(shown).join("\n")).toMatch(said);
  });
});
