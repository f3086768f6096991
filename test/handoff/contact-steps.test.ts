import { beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, useHarness } from "../support/harness.js";
import { everythingUnder } from "../support/on-disk.js";
import {
  notificationOf,
  REGISTERED,
  referenceIn,
  sayTo,
  shown,
  typeContactDetails,
  typedToName,
  typedToNote,
  until,
} from "./steps.js";

const operators: TestGroup = { id: -1001600, title: "Operatori WeMi", type: "supergroup" };
const worker: TestUser = { id: 9600, first_name: "Anna", last_name: "Rossi" };
const harness = useHarness({ operatorChatId: operators.id, groups: [operators] });
beforeAll(() => harness.emulator.setMember(operators, worker, "member"));

const say = sayTo(harness);

const toName = (user: TestUser) => typedToName(harness.emulator, user);

describe("the contact steps understand what is typed", () => {
  it("«Sì» takes the name the bot proposed, never «Sì» as a name", async () => {
    const user = citizen("Olga");
    const summary = await typeContactDetails(harness.emulator, user, {
      name: "Sì",
      phone: "333 222 1110",
      time: "indifferente",
      note: "no",
    });
    expect(shown(summary)).toMatch(/Nome: Olga/);
  });

  it.each(["no", "boh", "mi serve una badante per mia madre"])(
    "«%s» is not a name: the question is asked again",
    async (typed) => {
      const user = citizen("Olga");
      await toName(user);
      const again = await say(user, typed, /Mi serve solo il nome|A che numero/);
      expect(shown(again)).toMatch(/Mi serve solo il nome/);
      expect(shown(again)).toMatch(/Preferisco non dirlo/);
    },
  );

  it("«sì» to «Vuoi aggiungere una nota?» asks for the note, never «sì» as the note", async () => {
    const user = citizen("Nora");
    await typedToNote(harness.emulator, user, {
      name: "Nora Neri",
      phone: "333 222 1190",
      time: "mattina",
    });
    await say(user, "sì", /Scrivi la nota/);
    const summary = shown(await say(user, "citofono rotto, chiamate", /Controlla/));
    expect(summary).toMatch(/Nota: citofono rotto, chiamate/);
  });

  it("«preferisco non dirlo» gives the operators a neutral name", async () => {
    const user = citizen("Pia");
    const summary = await typeContactDetails(harness.emulator, user, {
      name: "preferisco non dirlo",
      phone: "333 222 1111",
      time: "pomeriggio",
      note: "nessuna",
    });
    expect(shown(summary)).toMatch(/Nome: \(nome non indicato\)/);
    expect(shown(summary)).toMatch(/Nota: —/);
    const reference = referenceIn(await say(user, "confermo", REGISTERED));
    const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
    expect(card).toMatch(/Nome: \(nome non indicato\)/);
    expect(card).not.toMatch(/Nome: Sì/);
  });

  it("a Spanish citizen who withholds the name and picks «Tarde»: the operators' card says both in Italian", async () => {
    const user = citizen("Rosa", "es");
    harness.emulator.sendText(user, "Hola, quiero hablar con una persona, vivo en Niguarda");
    await until(harness.emulator, user.id, /¿Estás de acuerdo\?/);
    for (const [typed, next] of [
      ["sí", /¿Cómo te llamas/],
      ["prefiero no decirlo", /¿A qué número/],
      ["333 222 1199", /¿Cuándo prefieres/],
      ["tarde", /nota/],
      ["ninguna", /Revisa tu solicitud/],
    ] as const)
      await say(user, typed, next);
    const registered = await say(user, "confirmo", /Solicitud registrada: (WM-[A-Z0-9]{4,6})/);
    const reference = /WM-[A-Z0-9]{4,6}/.exec(shown(registered))?.[0] as string;
    const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
    expect(card).toMatch(/Nome: \(nome non indicato\)/);
    expect(card).toMatch(/Quando chiamare: Pomeriggio/);
  });

  it.each(["non ho il telefono", "preferisco non dirlo", "no"])(
    "at the phone question, «%s» leads to being contacted here on Telegram: no phone is stored",
    async (typed) => {
      const user = citizen("Rina");
      await toName(user);
      await say(user, "Rina Bianchi", /A che numero/);
      const ok = await say(user, typed, /niente telefono/);
      expect(shown(ok)).toMatch(/ti scriverà qui/);
      // With no phone there is no time to call: the note comes next.
      const summary = await say(user, "no grazie", /Controlla la tua richiesta/);
      expect(shown(summary)).toMatch(/Telefono: nessuno: l'operatore ti scrive qui su Telegram/);
      const registered = await say(user, "sì confermo", REGISTERED);
      expect(shown(registered)).toMatch(/ti scriverà qui/);
      const reference = referenceIn(registered);
      const card = shown(await notificationOf(harness.emulator, harness.app, operators, reference));
      expect(card).toMatch(/Telefono: nessuno: rispondere qui su Telegram/);
      // No time to call was asked: the card says so as every empty field does, not with a blank.
      expect(card).toMatch(/Quando chiamare: —/);
      expect((await harness.app.requests.get(reference))?.contact?.phone).toBeNull();
    },
  );

  it("«basta» at the phone question stops: nothing is stored and the bot says so", async () => {
    const user = citizen("Sara");
    await toName(user);
    await say(user, "Sara Verdi", /A che numero/);
    harness.emulator.sendText(user, "basta");
    // One plain reply: no «torniamo indietro» first, which a stop is not.
    const stopped = await harness.emulator.nextBotMessage(user.id);
    expect(shown(stopped)).toMatch(/non ho inviato nulla e non ho salvato i tuoi dati/);
    // Once the updates being handled are done (the journal keeps «basta» and its batch until then).
    expect(await everythingUnder(harness.dataDir, harness.app)).not.toContain("Sara Verdi");
  });

  it("a request without a phone is answered through the relay once an operator takes it", async () => {
    const user = citizen("Tina");
    await toName(user);
    await say(user, "Tina Neri", /A che numero/);
    await say(user, "contattatemi qui", /niente telefono/);
    await say(user, "no", /Controlla la tua richiesta/);
    const reference = referenceIn(await say(user, "sì", REGISTERED));
    const notification = await notificationOf(harness.emulator, harness.app, operators, reference);
    harness.emulator.pressButton(worker, notification, `o:claim:${reference}`);
    await until(harness.emulator, user.id, /ha preso in carico/);
    harness.emulator.sendInGroup(operators, worker, "Buongiorno Tina, come posso aiutarla?", {
      reply_to_message: notification,
    });
    const relayed = await until(harness.emulator, user.id, /Operatore WeMi/);
    expect(shown(relayed)).toMatch(/come posso aiutarla/);
  });
});

describe("going back and correcting, typed", () => {
  it("«indietro» at the phone question asks the name again; «cambia» at the summary asks the details again", async () => {
    const user = citizen("Ugo");
    await toName(user);
    await say(user, "Ugo Neri", /A che numero/);
    await say(user, "indietro", /Come ti chiami/);
    await say(user, "Ugo Bianchi", /A che numero/);
    await say(user, "333 444 5555", /Quando preferisci/);
    await say(user, "pomeriggio", /nota per l'operatore/);
    const summary = await say(user, "nessuna", /Controlla la tua richiesta/);
    expect(shown(summary)).toMatch(/Nome: Ugo Bianchi/);
    await say(user, "cambia", /Come ti chiami/);
    await say(user, "Ugo Verdi", /A che numero/);
    await say(user, "contattatemi qui", /niente telefono/);
    const corrected = await say(user, "no", /Controlla la tua richiesta/);
    expect(shown(corrected)).toMatch(/Nome: Ugo Verdi/);
    expect(shown(corrected)).toMatch(/Telefono: nessuno/);
  });
});
