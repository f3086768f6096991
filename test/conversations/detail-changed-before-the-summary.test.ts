import { describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { sayTo, shown } from "../handoff/steps.js";
import { citizen, useHarness } from "../support/harness.js";

/**
 * Session 41 typed trial (es): at the note question Lucía typed «cambiar el nombre», having
 * given only «Lucía»; it became the note the worker reads, and the summary still said «Lucía».
 * A detail named to be changed at a later contact question is asked again, alone, and then
 * the question she was at: nothing typed before is asked twice.
 */
const operators: TestGroup = { id: -1001742, title: "Operatori WeMi", type: "supergroup" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
const say = sayTo(harness);

const STEPS = {
  es: {
    ask: "quiero hablar con una persona, vivo en Niguarda",
    consent: /¿Estás de acuerdo\?/,
    yes: "sí",
    name: /¿Cómo te llamas\?/,
    phone: /¿A qué número/,
    time: /¿Cuándo prefieres/,
    note: /nota para/,
    summary: /Revisa tu solicitud/,
  },
  it: {
    ask: "vorrei parlare con un operatore, abito a Niguarda",
    consent: /Sei d'accordo\?/,
    yes: "sì",
    name: /Come ti chiami/,
    phone: /A che numero/,
    time: /Quando preferisci/,
    note: /nota per l'operatore/,
    summary: /Controlla la tua richiesta/,
  },
} as const;

async function untilTime(user: TestUser, language: keyof typeof STEPS, name: string) {
  const steps = STEPS[language];
  await say(user, steps.ask, steps.consent);
  await say(user, steps.yes, steps.name);
  await say(user, name, steps.phone);
  await say(user, "333 222 1141", steps.time);
}

describe("a detail named to be changed before the summary", () => {
  it("(es) «cambiar el nombre» at the note question asks the name, then the note again; the summary has the new name and no such note", async () => {
    const steps = STEPS.es;
    const user = citizen("Lucía", "es");
    await untilTime(user, "es", "Lucía");
    await say(user, "por la tarde", steps.note);
    await say(
      user,
      "cambiar el nombre",
      new RegExp(`${steps.name.source}|${steps.summary.source}`),
    );
    const next = await say(
      user,
      "Lucía Gómez",
      new RegExp(`${steps.phone.source}|${steps.note.source}`),
    );
    expect(next.text).toMatch(steps.note);
    const summary = shown(await say(user, "no", steps.summary));
    expect(summary).toMatch(/Nombre: Lucía Gómez/);
    expect(summary).toMatch(/Cuándo: Tarde/);
    expect(summary).not.toMatch(/cambiar el nombre/);
  });

  it("(it) «cambia il numero» at the time question asks the number, then the time again", async () => {
    const steps = STEPS.it;
    const user = citizen("Marta");
    await untilTime(user, "it", "Marta Neri");
    await say(user, "cambia il numero", new RegExp(`${steps.phone.source}|${steps.note.source}`));
    const next = await say(
      user,
      "333 222 1142",
      new RegExp(`${steps.time.source}|${steps.note.source}`),
    );
    expect(next.text).toMatch(steps.time);
    await say(user, "di mattina", steps.note);
    const summary = shown(await say(user, "no", steps.summary));
    expect(summary).toMatch(/Telefono: \+393332221142/);
    expect(summary).toMatch(/Quando: Mattina/);
  });
});
