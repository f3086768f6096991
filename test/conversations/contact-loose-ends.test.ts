import { describe, expect, it } from "vitest";
import type { TestUser } from "../../src/emulator/bot-api-emulator.js";
import { REGISTERED, sayTo, shown, until, untilNameQuestion } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness({ operatorChatId: -1001630 });

const say = sayTo(harness);

/** Asks for a person (Italian or English) and agrees: the name question waits. */
const atTheName = (user: TestUser) => untilNameQuestion(harness.emulator, user);

describe("a question about costs at the name question", () => {
  it.each([
    ["it", "prima vorrei sapere quanto costa", /Non conosco i costi/, /come ti chiami\?/],
    ["it", "ma è gratuito?", /Non conosco i costi/, /come ti chiami\?/],
    ["en", "how much does it cost?", /I don't know what the services cost/, /what is your name\?/],
  ])(
    "(%s) «%s» is answered honestly, the name asked again, and not taken as the name",
    async (language, typed, honest, again) => {
      const user = citizen("Carla", language);
      await atTheName(user);
      const answer = shown(await say(user, typed, /./));
      expect(answer).toMatch(honest);
      expect(answer).toMatch(/www\.wemi\.milano\.it/);
      expect(answer).toMatch(again);
      expect(answer).not.toMatch(/€|\d+ ?euro/i);
      await say(user, "Carla Verdi", /A che numero|What number/);
    },
  );
});

describe("a question about costs at the phone question", () => {
  it.each([
    ["it", "ma è gratuito?", /Non conosco i costi/, /a che numero possiamo chiamarti\?/],
    [
      "en",
      "is it free?",
      /I don't know what the services cost/,
      /what number can we call you on\?/,
    ],
  ])(
    "(%s) «%s» is answered honestly and the number asked again, not called invalid",
    async (language, typed, honest, again) => {
      const user = citizen("Carlo", language);
      await atTheName(user);
      await say(user, "Carlo Neri", /A che numero|What number/);
      const answer = shown(await say(user, typed, /./));
      expect(answer).toMatch(honest);
      expect(answer).toMatch(/www\.wemi\.milano\.it/);
      expect(answer).toMatch(again);
      expect(answer).not.toMatch(/non sembra valido|doesn't look valid|not valid/i);
      await say(user, "333 222 1170", /Quando preferisci|When would you/);
    },
  );
});

describe("a question about costs at the note question", () => {
  /** Asks for a person and answers up to the note question. */
  async function atTheNote(user: TestUser) {
    const english = user.language_code === "en";
    await atTheName(user);
    await say(user, "Nina Galli", /A che numero|What number/);
    await say(user, "333 222 1171", /Quando preferisci|When would you/);
    await say(user, english ? "morning" : "mattina", /nota per l'operatore|note for the worker/);
  }

  it.each([
    ["it", "quanto costa?", /Non conosco i costi/, /nota per l'operatore/],
    ["it", "ma è gratuito?", /Non conosco i costi/, /nota per l'operatore/],
    ["en", "is it free?", /I don't know what the services cost/, /note for the worker/],
  ])(
    "(%s) «%s» is answered honestly and the note asked again, not taken as the note",
    async (language, typed, honest, again) => {
      const user = citizen("Nina", language);
      await atTheNote(user);
      const answer = shown(await say(user, typed, /./));
      expect(answer).toMatch(honest);
      expect(answer).toMatch(/www\.wemi\.milano\.it/);
      expect(answer).toMatch(again);
      const summary = shown(await say(user, "no", /Controlla la tua richiesta|Check your request/));
      expect(summary).toMatch(/(Nota|Note): —/);
    },
  );

  it("the same question asked again is the note: the worker who calls reads it", async () => {
    const user = citizen("Nina");
    await atTheNote(user);
    await say(user, "quanto costa?", /Non conosco i costi/);
    const summary = shown(await say(user, "quanto costa?", /Controlla la tua richiesta/));
    expect(summary).toMatch(/Nota: quanto costa\?/);
  });

  it("a longer note that asks the cost among other things stays the note", async () => {
    const user = citizen("Nina");
    await atTheNote(user);
    const note = "chiamatemi dopo le 18, mia madre è sorda; vorrei sapere anche i costi";
    const summary = shown(await say(user, note, /Controlla la tua richiesta|Non conosco/));
    expect(summary).toMatch(/Controlla la tua richiesta/);
    expect(summary).toMatch(/Nota: chiamatemi dopo le 18/);
  });
});

describe("a question about costs at the time question", () => {
  it.each([
    [
      "it",
      "quanto costa?",
      /Non conosco i costi/,
      /Quando preferisci/,
      "mattina",
      /Quando: Mattina/,
    ],
    [
      "en",
      "is it free?",
      /I don't know what the services cost/,
      /When would you/,
      "morning",
      /When: Morning/,
    ],
  ])(
    "(%s) «%s» is answered honestly and the time asked again, not kept as the time to call",
    async (language, typed, honest, again, time, onSummary) => {
      const user = citizen("Tina", language);
      await atTheName(user);
      await say(user, "Tina Rossi", /A che numero|What number/);
      await say(user, "333 222 1172", again);
      const answer = shown(await say(user, typed, /./));
      expect(answer).toMatch(honest);
      expect(answer).toMatch(again);
      await say(user, time, /nota per l'operatore|note for the worker/);
      const summary = shown(await say(user, "no", /Controlla la tua richiesta|Check your request/));
      expect(summary).toMatch(onSummary);
    },
  );
});

describe("a question about costs at the name question, in Spanish, Romanian, Ukrainian", () => {
  it.each([
    ["es", "¿cuánto cuesta?", /No conozco los costes/, /¿cómo te llamas\?/],
    ["ro", "e gratuit?", /Nu cunosc costurile/, /cum te cheamă\?/],
    ["uk", "це безкоштовно?", /Я не знаю вартості/, /як вас звати\?/],
  ])("(%s) «%s» is answered in the citizen's language", async (language, typed, honest, again) => {
    const user = citizen("Ilinca", language);
    await say(user, "/operatore", /d'accordo\?|acuerdo\?|acord\?|згодні\?/);
    await say(user, "sì", /¿Cómo te llamas|Cum te numești|Як вас звати/);
    const answer = shown(await say(user, typed, /./));
    expect(answer).toMatch(honest);
    expect(answer).toMatch(/www\.wemi\.milano\.it/);
    expect(answer).toMatch(again);
  });
});

describe("a time said in words, with no time question waiting", () => {
  it("«dopo le cinque» after the request is registered is no need: the time is not asked now", async () => {
    const user = citizen("Elsa");
    await atTheName(user);
    await say(user, "Elsa Rossi", /A che numero/);
    await say(user, "333 222 1160", /Quando preferisci/);
    await say(user, "mattina", /nota/);
    await say(user, "no", /Controlla la tua richiesta/);
    await say(user, "confermo", REGISTERED);
    const reply = shown(await say(user, "dopo le cinque", /./));
    expect(reply).toMatch(/Ho letto un orario/);
    expect(reply).not.toMatch(/baby sitter|Dove rivolgerti/);
  });

  it.each([
    ["it", "dopo le cinque", /Ho letto un orario/],
    ["en", "after five", /I read a time/],
  ])("(%s) «%s» typed when nothing was asked gets the same", async (language, typed, reply) => {
    const user = citizen("Olga", language);
    harness.emulator.sendText(user, language === "en" ? "hello" : "ciao");
    await until(harness.emulator, user.id, /./);
    expect(shown(await say(user, typed, /./))).toMatch(reply);
  });

  it("«dopo le cinque» at the time question is kept as typed", async () => {
    const user = citizen("Elsa");
    await atTheName(user);
    await say(user, "Elsa Rossi", /A che numero/);
    await say(user, "333 222 1161", /Quando preferisci/);
    await say(user, "dopo le cinque", /nota per l'operatore/);
    const summary = shown(await say(user, "no", /Controlla la tua richiesta/));
    expect(summary).toMatch(/Quando: dopo le cinque/);
  });
});

describe("a name typed at the phone question", () => {
  it("«Maria Bianchi» gets a hint naming the number and the name it has, not «not valid»", async () => {
    const user = citizen("Maria");
    await atTheName(user);
    await say(user, "Maria", /A che numero/);
    const hint = shown(await say(user, "Maria Bianchi", /./));
    expect(hint).toMatch(/Il nome ce l'ho già: Maria/);
    expect(hint).toMatch(/mi chiamo/);
    expect(hint).not.toMatch(/non sembra valido/);
    await say(user, "mi chiamo Maria Bianchi", /A che numero/);
    await say(user, "333 222 1162", /Quando preferisci/);
    await say(user, "mattina", /nota per l'operatore/);
    const summary = shown(await say(user, "no", /Controlla la tua richiesta/));
    expect(summary).toMatch(/Nome: Maria Bianchi\n/);
  });

  it("(en) «Mary Black» gets the hint in English", async () => {
    const user = citizen("Mary", "en");
    await atTheName(user);
    await say(user, "Mary", /What number/);
    const hint = shown(await say(user, "Mary Black", /./));
    expect(hint).toMatch(/I already have your name: Mary/);
  });

  it.each(["dopo le cinque", "333 12"])(
    "«%s» is still «not valid», not the name hint",
    async (typed) => {
      const user = citizen("Maria");
      await atTheName(user);
      await say(user, "Maria", /A che numero/);
      const reply = shown(await say(user, typed, /./));
      expect(reply).toMatch(/non sembra valido/);
    },
  );
});
