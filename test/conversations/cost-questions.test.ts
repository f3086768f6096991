import { describe, expect, it } from "vitest";
import { shown, until } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const harness = useHarness();

describe("a question about costs with nothing asked", () => {
  it.each([
    ["it", "quanto costa?", /Non conosco i costi/],
    ["en", "is it free?", /I don't know what the services cost/],
    ["es", "¿es gratis?", /No conozco los costes/],
  ])(
    "(%s) «%s» as a first message is answered honestly, with the needs to choose from, not «I can't help»",
    async (language, typed, honest) => {
      const { emulator } = harness;
      const user = citizen("Elio", language);
      emulator.sendText(user, typed);
      const reply = await until(emulator, user.id, /./);
      expect(shown(reply)).toMatch(honest);
      expect(shown(reply)).toMatch(/www\.wemi\.milano\.it/);
      expect(shown(reply)).not.toMatch(/non posso aiutarti|can't help|no puedo ayudarte/);
      expect(emulator.buttonsOf(reply).length).toBeGreaterThan(3);
    },
  );
});

describe("a question about costs at «Intendevi…?»", () => {
  it.each([
    ["uk", "мені потрібна допомога з мамою", "а це безкоштовно?", /Я не знаю вартості/],
    ["ro", "am nevoie de ajutor cu mama", "e gratuit?", /Nu cunosc costurile/],
    ["es", "necesito ayuda con mi madre", "¿es gratis?", /No conozco los costes/],
  ])(
    "(%s) «%s», then «%s», is answered like the cost question, not asked again as unclear",
    async (language, unclear, cost, honest) => {
      const { emulator } = harness;
      const user = citizen("Olena", language);
      emulator.sendText(user, unclear);
      await until(emulator, user.id, /…\?/);
      emulator.sendText(user, cost);
      const reply = await until(emulator, user.id, /./);
      expect(shown(reply)).toMatch(honest);
      expect(shown(reply)).toMatch(/www\.wemi\.milano\.it/);
      expect(emulator.buttonsOf(reply).length).toBeGreaterThan(3);
    },
  );
});

describe("a question about costs at the house-number question", () => {
  it.each([
    [
      "it",
      "mi serve una badante, abito in piazzale Loreto",
      "quanto costa?",
      /Non conosco i costi/,
    ],
    [
      "es",
      "busco trabajo de cuidadora, vivo en Piazzale Loreto",
      "¿cuánto cuesta?",
      /No conozco los costes/,
    ],
  ])(
    "(%s) is answered honestly and the number asked again; the number then gives the answer",
    async (language, need, cost, honest) => {
      const { emulator } = harness;
      const user = citizen("Rosa", language);
      emulator.sendText(user, need);
      const asked = await until(emulator, user.id, /Loreto/);
      emulator.sendText(user, cost);
      const reply = await until(emulator, user.id, /./);
      expect(shown(reply)).toMatch(honest);
      expect(shown(reply)).toMatch(/Loreto/);
      expect(shown(reply)).not.toMatch(/📍/);
      emulator.sendText(user, "1");
      const answer = await until(emulator, user.id, /📍/);
      expect(shown(answer)).toMatch(/Municipio 2\b/);
      expect(shown(asked)).not.toMatch(/📍/);
    },
  );
});

describe("a question about costs at the consent question", () => {
  const operators = { id: -1001660, title: "Operatori WeMi", type: "supergroup" as const };
  const withOperators = useHarness({ operatorChatId: operators.id, groups: [operators] });
  it.each([
    [
      "it",
      "vorrei parlare con un operatore, abito a Niguarda",
      "è gratis?",
      /Non conosco i costi/,
      "sì",
      /Come ti chiami/,
    ],
    [
      "en",
      "I want to talk to a person, I live in Niguarda",
      "is it free?",
      /I don't know what the services cost/,
      "yes",
      /What is your name/,
    ],
    [
      "es",
      "quiero hablar con una persona, vivo en Niguarda",
      "¿es gratis?",
      /No conozco los costes/,
      "sí",
      /Cómo te llamas/,
    ],
    [
      "ro",
      "vreau să vorbesc cu o persoană, locuiesc în Niguarda",
      "e gratuit?",
      /Nu cunosc costurile/,
      "da",
      /Cum te numești/,
    ],
    [
      "uk",
      "хочу поговорити з людиною, живу в районі Niguarda",
      "це безкоштовно?",
      /Я не знаю вартості/,
      "так",
      /Як вас звати/,
    ],
  ])(
    "(%s) is answered honestly, consent asked again, and a yes still goes on",
    async (language, ask, cost, honest, yes, name) => {
      const { emulator } = withOperators;
      const user = citizen("Rosa", language);
      emulator.sendText(user, ask);
      await until(emulator, user.id, /\?$/m);
      emulator.sendText(user, cost);
      const reply = await until(emulator, user.id, /./);
      expect(shown(reply)).toMatch(honest);
      emulator.sendText(user, yes);
      await until(emulator, user.id, name);
    },
  );
});
