import { describe, expect, it } from "vitest";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { notificationOf, sayTo, shown, until } from "./steps.js";

/** Issue 8: the area is said back in the words the citizen gave, with its Municipio. */
const operators: TestGroup = { id: -1001808, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const say = sayTo(harness);

const ANSWERED = /ricontattato|contact you|contacte|contactat|зв'язався|зв’язався/i;
const CONSENT = /d'accordo\?|agree\?|acuerdo\?|acord\?|згодні\?/;
const NAME = /Come ti chiami|What is your name|¿Cómo te llamas|Cum te numești|Як вас звати/;
const SUMMARY =
  /Controlla la tua richiesta|Check your request|Revisa tu solicitud|Verifică cererea|Перевірте запит/;
const TIME = /Quando preferisci|When would you|¿Cuándo prefieres|Când preferi|Коли вам зручніше/;
const NOTE = /una nota per|add a note|una nota para|o notă|додати примітку/;
const REFERENCE = /WM-[A-Z0-9]{4,6}/;

describe("a street given as the area is said back as a street, not as a bare Municipio", () => {
  it.each([
    [
      "it",
      "mi serve una badante per mia madre",
      "sì",
      "cerco una babysitter per mio figlio",
      /Zona: via Padova 120, Municipio 2/,
    ],
    [
      "en",
      "I need a carer for my elderly mother",
      "yes",
      "I am looking for a babysitter for my son",
      /Area: via Padova 120, Municipio 2/,
    ],
    [
      "es",
      "necesito una cuidadora para mi madre mayor",
      "sí",
      "busco una niñera para mi hijo",
      /Zona: via Padova 120, Municipio 2/,
    ],
    [
      "ro",
      "am nevoie de o îngrijitoare pentru mama mea",
      "da",
      "caut o bonă pentru fiul meu",
      /Zonă: via Padova 120, Municipio 2/,
    ],
    [
      "uk",
      "мені потрібна доглядальниця для мами",
      "так",
      "шукаю няню для сина",
      /Район: via Padova 120, Municipio 2/,
    ],
  ])(
    "(%s) summary, operators' card and the area remembered for the next need",
    async (language, need, yes, another, summaryArea) => {
      const user = citizen("Dora", language);
      await say(user, need, /Municipi|зон|zon|area|район/i);
      const answer = await say(user, "via Padova 120", ANSWERED);
      expect(shown(answer)).toMatch(/via Padova 120 → Municipio 2/);

      const consent = await say(user, yes, CONSENT);
      harness.emulator.pressButton(user, consent, "h:consent:yes");
      await until(harness.emulator, user.id, NAME);
      await say(user, "Dora Verdi", /\+39|333/);
      harness.emulator.sendText(user, "333 123 4567");
      const time = await until(harness.emulator, user.id, TIME);
      harness.emulator.pressButton(user, time, "h:time:morning");
      const note = await until(harness.emulator, user.id, NOTE);
      harness.emulator.pressButton(user, note, "h:nonote");
      const summary = await until(harness.emulator, user.id, SUMMARY);
      expect(shown(summary)).toMatch(summaryArea);

      harness.emulator.pressButton(user, summary, "h:confirm:yes");
      const reference = REFERENCE.exec(shown(await until(harness.emulator, user.id, REFERENCE)));
      const card = await notificationOf(
        harness.emulator,
        harness.app,
        operators,
        reference?.[0] as string,
      );
      expect(shown(card)).toMatch(/Zona: via Padova 120 – Municipio 2/);

      const next = await say(user, another, ANSWERED);
      expect(shown(next)).toMatch(/via Padova 120, Municipio 2/);
    },
  );
});

describe("an old button tapped when the area is asked again", () => {
  it("«Nessuna nota» of the note question, tapped at the area question, is told it belongs to the note; the area is still asked", async () => {
    const user = citizen("Nadia");
    harness.emulator.sendText(user, "vorrei parlare con un operatore, abito a Niguarda");
    harness.emulator.pressButton(
      user,
      await until(harness.emulator, user.id, CONSENT),
      "h:consent:yes",
    );
    harness.emulator.pressButton(user, await until(harness.emulator, user.id, NAME), "h:name");
    await until(harness.emulator, user.id, /A che numero/);
    harness.emulator.shareContact(user, "+39 333 123 4567");
    harness.emulator.pressButton(
      user,
      await until(harness.emulator, user.id, TIME),
      "h:time:morning",
    );
    const note = await until(harness.emulator, user.id, NOTE);
    await say(user, "cambia zona", /In che zona/);

    harness.emulator.pressButton(user, note, "h:nonote");
    const told = shown(await until(harness.emulator, user.id, /./));
    expect(told).not.toMatch(/Non ho riconosciuto il luogo/);
    expect(told).toMatch(/pulsante.*domanda precedente/);

    await say(user, "via Padova 120", /via Padova 120 → Municipio 2/);
    harness.emulator.pressButton(user, await until(harness.emulator, user.id, NOTE), "h:nonote");
    const summary = shown(await until(harness.emulator, user.id, SUMMARY));
    expect(summary).toMatch(/Zona: via Padova 120, Municipio 2/);
  });

  it("the old button uses up none of the area's three tries: two places not found after it, the third is still read", async () => {
    const user = citizen("Nadia");
    await say(user, "vorrei parlare con un operatore, abito a Niguarda", CONSENT);
    await say(user, "sì", NAME);
    await say(user, "Nadia Rossi", /A che numero/);
    await say(user, "333 123 4567", TIME);
    const note = await say(user, "la mattina", NOTE);
    await say(user, "cambia zona", /In che zona/);

    harness.emulator.pressButton(user, note, "h:nonote");
    await until(harness.emulator, user.id, /domanda precedente/);
    await say(user, "sopra il bar", /Non ho riconosciuto il luogo/);
    const second = shown(await say(user, "dietro la chiesa", /Non ho riconosciuto|resta quella/));
    expect(second).not.toMatch(/la zona resta quella di prima/);

    await say(user, "via Padova 120", /via Padova 120 → Municipio 2/);
    await say(user, "no", SUMMARY).then((summary) =>
      expect(shown(summary)).toMatch(/Zona: via Padova 120, Municipio 2/),
    );
  });

  it("a price asked at the area question uses up no try either: two places not found after it, the third is still read", async () => {
    const user = citizen("Nadia");
    await say(user, "mi serve una badante per mia madre", /In che zona/);
    await say(user, "quanto costa?", /prezz|cost/i);
    await say(user, "sopra il bar", /Non ho riconosciuto il luogo/);
    const second = shown(await say(user, "dietro la chiesa", /Non ho riconosciuto|Non riesco/));
    expect(second).not.toMatch(/Non riesco a riconoscere la zona/);
    const moved = shown(await say(user, "via Padova 120", ANSWERED));
    expect(moved).toMatch(/via Padova 120 → Municipio 2/);
  });
});
