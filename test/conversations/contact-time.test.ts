import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import {
  ASK_FOR_OPERATOR,
  notificationOf,
  REGISTERED,
  readUntil,
  referenceIn,
  sayTo,
  shown,
  until,
} from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

const operators: TestGroup = { id: -1001610, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });

const say = sayTo(harness);

describe("the time to call, typed in another of the bot's languages", () => {
  it("«afternoon» in an Italian dialogue is «Pomeriggio» in the summary and on the operators' card", async () => {
    const user = citizen("Teresa");
    await say(user, ASK_FOR_OPERATOR, /Sei d'accordo\?/);
    await say(user, "sì", /Come ti chiami/);
    await say(user, "Teresa Bianchi", /A che numero/);
    await say(user, "333 222 1120", /Quando preferisci/);
    await say(user, "afternoon", /nota per l'operatore/);
    const summary = shown(await say(user, "no", /Controlla la tua richiesta/));
    expect(summary).toMatch(/Quando: Pomeriggio/);
    expect(summary).not.toMatch(/afternoon/i);
    const reference = referenceIn(await say(user, "confermo", REGISTERED));
    const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
    expect(card).toMatch(/Quando chiamare: Pomeriggio/);
  });

  it("«pomeriggio» in an English dialogue is «Afternoon»", async () => {
    const user = citizen("Tess", "en");
    await say(user, "I would like to talk to a person, I live in Niguarda", /Do you agree\?/);
    await say(user, "yes", /What is your name/);
    await say(user, "Tess Brown", /What number/);
    await say(user, "333 222 1121", /When would you/);
    await say(user, "pomeriggio", /note for the worker/);
    const summary = shown(await say(user, "no", /Check your request/));
    expect(summary).toMatch(/When: Afternoon/);
  });

  it.each([
    ["it", "nel pomeriggio", /Quando: Pomeriggio/],
    ["it", "di mattina", /Quando: Mattina/],
    ["en", "in the morning", /When: Morning/],
    ["es", "por la tarde", /Cuándo: Tarde/],
    ["es", "por la mañana", /Cuándo: Mañana/],
  ])(
    "(%s) «%s», the time of day said with its preposition, is the slot",
    async (language, typed, when) => {
      const user = citizen("Tina", language);
      const words = {
        it: [ASK_FOR_OPERATOR, "sì", "no"],
        en: ["I would like to talk to a person, I live in Niguarda", "yes", "no"],
        es: ["quiero hablar con una persona, vivo en Niguarda", "sí", "no"],
      }[language] as string[];
      await say(user, words[0] as string, /Sei d'accordo\?|Do you agree\?|¿Estás de acuerdo\?/);
      await say(user, words[1] as string, /Come ti chiami|What is your name|¿Cómo te llamas/);
      await say(user, "Tina Neri", /A che numero|What number|¿A qué número/);
      await say(user, "333 222 1122", /Quando preferisci|When would you|¿Cuándo prefieres/);
      await say(user, typed, /nota per l'operatore|note for the worker|nota para la persona/);
      const summary = shown(
        await say(user, words[2] as string, /Controlla|Check your request|Revisa/),
      );
      expect(summary).toMatch(when);
    },
  );
});

describe("a time of day said in the citizen's own words", () => {
  const SUMMARY = /Controlla|Check your request|Revisa|Verifică|Перевірте/;
  it.each([
    ["it", "in mattinata", /Quando: Mattina/, /Quando chiamare: Mattina/],
    ["it", "verso sera", /Quando: Verso sera/, /Quando chiamare: Verso sera/],
    ["it", "meglio dopo pranzo", /Quando: Pomeriggio/, /Quando chiamare: Pomeriggio/],
    ["en", "early in the morning please", /When: Morning/, /Quando chiamare: Mattina/],
    ["es", "por la mañana temprano", /Cuándo: Mañana/, /Quando chiamare: Mattina/],
    ["ro", "dimineața", /Când: Dimineața/, /Quando chiamare: Mattina/],
    ["ro", "dupa masa", /Când: După-amiaza/, /Quando chiamare: Pomeriggio/],
    ["uk", "вранці", /Коли: Зранку/, /Quando chiamare: Mattina/],
    ["uk", "ввечері", /Коли: Ближче до вечора/, /Quando chiamare: Verso sera/],
    // Calling said beside the time (session 41): the slot, not the words as typed.
    ["uk", "краще дзвонити вранці", /Коли: Зранку/, /Quando chiamare: Mattina/],
    ["uk", "зателефонуйте ввечері", /Коли: Ближче до вечора/, /Quando chiamare: Verso sera/],
    ["it", "chiamatemi la mattina", /Quando: Mattina/, /Quando chiamare: Mattina/],
    ["en", "better to call in the afternoon", /When: Afternoon/, /Quando chiamare: Pomeriggio/],
    ["es", "llámame por la tarde", /Cuándo: Tarde/, /Quando chiamare: Pomeriggio/],
    ["ro", "sunați-mă dimineața", /Când: Dimineața/, /Quando chiamare: Mattina/],
  ])(
    "(%s) «%s» is the slot, in the summary and on the operators' card",
    async (language, typed, when, onCard) => {
      const user = citizen("Tilde", language);
      await say(user, "/operatore", /d'accordo\?|agree\?|acuerdo\?|acord\?|згодні\?/);
      await say(
        user,
        "sì",
        /Come ti chiami|What is your name|¿Cómo te llamas|Cum te numești|Як вас звати/,
      );
      await say(
        user,
        "Tilde Neri",
        /A che numero|What number|¿A qué número|La ce număr|За яким номером/,
      );
      await say(
        user,
        "333 222 1123",
        /Quando preferisci|When would you|¿Cuándo prefieres|Când preferi|Коли вам зручніше/,
      );
      await say(
        user,
        typed,
        /nota per l'operatore|note for the worker|nota para|notă pentru|примітку/,
      );
      const summary = shown(await say(user, "no", SUMMARY));
      expect(summary).toMatch(when);
      expect(summary).not.toContain(typed);
      const confirm = {
        it: "confermo",
        en: "confirm",
        es: "confirmo",
        ro: "confirm",
        uk: "підтверджую",
      };
      const registered = shown(
        await say(user, confirm[language as keyof typeof confirm], /WM-[A-Z0-9]{4,6}/),
      );
      const reference = /WM-[A-Z0-9]{4,6}/.exec(registered)?.[0] as string;
      const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
      expect(card).toMatch(onCard);
    },
  );

  it.each([
    ["it", "dopo le 17 ma non il venerdì", "confermo"],
    ["it", "non la mattina", "confermo"],
    ["en", "any day but not in the morning", "confirm"],
    ["en", "after 5pm", "confirm"],
  ])(
    "(%s) «%s», truly free text, reaches the card as written, marked as the citizen's words",
    async (language, typed, confirm) => {
      const user = citizen("Tosca", language);
      await say(user, "/operatore", /d'accordo\?|agree\?/);
      await say(user, "sì", /Come ti chiami|What is your name/);
      await say(user, "Tosca Neri", /A che numero|What number/);
      await say(user, "333 222 1124", /Quando preferisci|When would you/);
      await say(user, typed, /nota per l'operatore|note for the worker/);
      const summary = shown(await say(user, "no", SUMMARY));
      expect(summary).toContain(typed);
      const reference = referenceIn(await say(user, confirm, REGISTERED));
      const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
      // The Italian operators never take another language's words, or an odd phrase, for a slot.
      expect(card).toContain(`Quando chiamare: «${typed}» (parole del cittadino)`);
    },
  );
});

describe("the time to call, answered by the button's place", () => {
  it.each([
    ["it", "la seconda", /Quando: Pomeriggio/],
    ["it", "2", /Quando: Pomeriggio/],
    ["en", "the first one", /When: Morning/],
  ])(
    "(%s) «%s» is the button in that place, not words kept as the time",
    async (language, typed, time) => {
      const user = citizen("Tilde", language);
      const italian = language === "it";
      await say(
        user,
        italian ? ASK_FOR_OPERATOR : "I would like to talk to a person, I live in Niguarda",
        /d'accordo\?|agree\?/,
      );
      await say(user, italian ? "sì" : "yes", /Come ti chiami|What is your name/);
      await say(user, "Tilde Neri", /A che numero|What number/);
      await say(user, "333 222 1131", /Quando preferisci|When would you/);
      await say(user, typed, /nota per l'operatore|note for the worker/);
      const summary = shown(await say(user, "no", /Controlla la tua richiesta|Check your request/));
      expect(summary).toMatch(time);
    },
  );
});

describe("a citizen who edits the message with her phone number", () => {
  it("types the number again at the time question, as the bot asks: the phone is corrected, not taken for the time", async () => {
    const user = citizen("Lucía", "es");
    await say(user, "quiero hablar con una persona, vivo en Niguarda", /¿Estás de acuerdo\?/);
    await say(user, "sí", /¿Cómo te llamas\?/);
    await say(user, "Lucía Pérez", /¿A qué número/);
    const typed = harness.emulator.sendText(user, "333 222 1130");
    await until(harness.emulator, user.id, /¿Cuándo prefieres/);
    harness.emulator.editText(user, typed, "333 222 1131");
    await until(
      harness.emulator,
      user.id,
      /has editado un mensaje: .* escribe otra vez la respuesta/,
    );
    harness.emulator.sendText(user, "333 222 1131");
    const read = await readUntil(harness.emulator, user.id, (m) =>
      /¿Cuándo prefieres/.test(shown(m)),
    );
    const again = read.map(shown).join("\n");
    expect(again).toMatch(/✅ \+393332221131/);
    await say(user, "por la mañana", /nota/);
    const summary = shown(await say(user, "no", /Revisa tu solicitud/));
    expect(summary).toMatch(/Teléfono: \+393332221131/);
    expect(summary).toMatch(/Cuándo: Mañana/);
  });

  it("a time to call with a number in it stays the time («después de las 17, al 333 222 1132»)", async () => {
    const user = citizen("Lucía", "es");
    await say(user, "quiero hablar con una persona, vivo en Niguarda", /¿Estás de acuerdo\?/);
    await say(user, "sí", /¿Cómo te llamas\?/);
    await say(user, "Lucía Pérez", /¿A qué número/);
    await say(user, "333 222 1130", /¿Cuándo prefieres/);
    await say(user, "después de las 17, al 333 222 1132", /nota/);
    const summary = shown(await say(user, "no", /Revisa tu solicitud/));
    expect(summary).toMatch(/Teléfono: \+393332221130/);
    expect(summary).toMatch(/Cuándo: después de las 17, al 333 222 1132/);
  });

  // The time typed beside the number written back (session 41): kept, not asked again.
  it.each([
    ["+40 721 234 567", "dimineața"],
    ["+40 721 234 567, dimineața", undefined],
  ] as const)(
    "a Romanian mobile typed at the time question («0721 234 567», a landline in Italy) is asked which country it is from, never taken with a guessed code; «%s» is the phone, and the time is asked only when not typed with it",
    async (withCode, time) => {
      const user = citizen("Ioana", "ro");
      await say(user, "vreau să vorbesc cu o persoană, locuiesc în Niguarda", /Ești de acord\?/);
      await say(user, "da", /Cum te numești\?/);
      await say(user, "Ioana Popescu", /La ce număr/);
      await say(user, "333 222 1133", /Când preferi/);
      await say(user, "0721 234 567", /din Italia sau din altă țară/);
      const next = await say(user, withCode, /Când preferi|notă/);
      expect(next.text).toMatch(time === undefined ? /notă/ : /Când preferi/);
      if (time !== undefined) await say(user, time, /notă/);
      const summary = shown(await say(user, "nu", /Verifică cererea/));
      expect(summary).toMatch(/\+40721234567/);
      expect(summary).toMatch(/Când: Dimineața/);
      expect(summary).not.toMatch(/0721 234 567|\+390721234567/);
    },
  );
});
