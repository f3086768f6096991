import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import {
  ASK_FOR_OPERATOR,
  askForOperator,
  filesUnder,
  giveContactDetails,
  notificationOf,
  REGISTERED,
  readUntil,
  shown,
  until,
  untilEdited,
  untilPhoneQuestion,
} from "./steps.js";

const operators: TestGroup = { id: -1001100, title: "Operatori WeMi", type: "supergroup" };
let harness: Harness;
let log: string;
beforeAll(async () => {
  harness = await startHarness({ operatorChatId: operators.id });
  harness.emulator.addGroup(operators);
  log = join(harness.dataDir, "handoffs", "requests.jsonl");
});
afterAll(async () => {
  await harness.close();
});

/** The stored versions of requests, oldest first, as the log holds them. */
async function storedLines(): Promise<Array<Record<string, unknown>>> {
  const lines = (await readFile(log, "utf8")).trim().split("\n");
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** States a need and a place, then returns the answer listing where to go. */
async function answerFor(user: TestUser, need: string, place: string) {
  const { emulator } = harness;
  emulator.sendText(user, need);
  const asked = await until(emulator, user.id, /In che zona|Intendevi/);
  if (/Intendevi/.test(shown(asked))) {
    emulator.pressButton(user, asked, "a:badante");
    await until(emulator, user.id, /In che zona/);
  }
  emulator.sendText(user, place);
  return until(emulator, user.id, /Dove rivolgerti/);
}

describe("a citizen asks to be contacted", () => {
  it("after an answer, «Voglio essere ricontattato» sends the operators the need, her words, the place and the space", async () => {
    const { emulator } = harness;
    const daughter = citizen("Giovanna");
    const answer = await answerFor(
      daughter,
      "mia madre non riesce più a stare da sola",
      "Quarto Oggiaro",
    );
    emulator.pressButton(daughter, answer, "📞 Voglio essere ricontattato");
    const reference = await giveContactDetails(emulator, daughter);

    const notification = shown(await notificationOf(emulator, harness.app, operators, reference));
    expect(notification).toMatch(/Bisogno:.*Badante/);
    expect(notification).toContain("mia madre non riesce più a stare da sola");
    expect(notification).toMatch(/Zona:.*Quarto Oggiaro.*Municipio 8/);
    expect(notification).toMatch(/Spazio consigliato: WeMi Tate\/Colf\/Badanti/);
    expect(notification).toContain("Giovanna");
    expect(notification).toContain("+393331234567");
    expect(notification).toMatch(/Quando chiamare: Mattina/);
    expect(
      emulator.buttonsOf(await notificationOf(emulator, harness.app, operators, reference)),
    ).toEqual([
      { text: "🙋 Prendo in carico", data: `o:claim:${reference}` },
      { text: "✅ Chiudi", data: `o:close:${reference}` },
    ]);
    const stored = (await storedLines()).map((line) => line.put as { reference?: string });
    expect(stored.some((request) => request?.reference === reference)).toBe(true);
  });

  it.each([
    ["metro Loreto", /Zona: Metro Loreto \(M1, M2\) – Municipio 2 \/ 3\n/],
    ["Sesto San Giovanni", /Zona: Sesto San Giovanni\n/],
  ])("the operators' card names an area «%s» that has no single Municipio", async (place, zone) => {
    const { emulator } = harness;
    const user = citizen("Zelia");
    const answer = await answerFor(user, "cerco una colf", place);
    emulator.pressButton(user, answer, "📞 Voglio essere ricontattato");
    const reference = await giveContactDetails(emulator, user);
    expect(shown(await notificationOf(emulator, harness.app, operators, reference))).toMatch(zone);
  });

  it("refusing consent stores nothing and points to a WeMi space to walk into", async () => {
    const { emulator } = harness;
    const before = await readFile(log, "utf8");
    const son = citizen("Paolo");
    const answer = await answerFor(son, "cerco una badante per mio padre", "Niguarda");
    emulator.pressButton(son, answer, "op");
    const consent = await until(emulator, son.id, /Sei d'accordo\?/);
    emulator.pressButton(son, consent, "h:consent:no");

    const said = await readUntil(emulator, son.id, (m) => m.venue !== undefined);
    expect(said.map(shown).join("\n")).toMatch(/non salvo nessun dato/);
    const venue = said.at(-1)?.venue;
    expect(venue?.title).toMatch(/^WeMi /);
    expect(venue?.address).toMatch(/\d{5} Milano$/);
    expect(await readFile(log, "utf8")).toBe(before);
    expect(emulator.unreadMessages(son.id).some((m) => REGISTERED.test(shown(m)))).toBe(false);
  });

  it("with nothing ever stored, the log holds its header line only", async () => {
    const fresh = await startHarness({ operatorChatId: operators.id });
    try {
      fresh.emulator.addGroup(operators);
      const visitor = citizen("Nadia");
      fresh.emulator.sendText(visitor, ASK_FOR_OPERATOR);
      const consent = await until(fresh.emulator, visitor.id, /Sei d'accordo\?/);
      fresh.emulator.pressButton(visitor, consent, "h:consent:no");
      await until(fresh.emulator, visitor.id, /non salvo nessun dato/);
      const text = await readFile(join(fresh.dataDir, "handoffs", "requests.jsonl"), "utf8");
      expect(text.trim().split("\n")).toEqual([
        JSON.stringify({ schema: "wemi-handoffs", version: 1 }),
      ]);
    } finally {
      await fresh.close();
    }
  });

  it("asking for a person before any need: the area is asked first and reaches the operators", async () => {
    const { emulator } = harness;
    const user = citizen("Ivo");
    emulator.sendText(user, "posso parlare con qualcuno?");
    await until(emulator, user.id, /In che zona/);
    emulator.sendText(user, "Quarto Oggiaro");
    const reference = await giveContactDetails(emulator, user);
    const request = await harness.app.requests.get(reference);
    expect(request?.municipio).toBe(8);
    expect(request?.spaceId).not.toBeNull();
  });

  it("/operatore in the middle of the place question leaves it and starts the request", async () => {
    const { emulator } = harness;
    const user = citizen("Arturo");
    emulator.sendText(user, "cerco una colf");
    await until(emulator, user.id, /In che zona/);
    emulator.sendText(user, "/operatore");
    const reference = await giveContactDetails(emulator, user);
    expect((await harness.app.requests.get(reference))?.status).toBe("open");
  });

  it("a phone number shared with the button is taken as it is", async () => {
    const { emulator } = harness;
    const user = citizen("Rosa");
    await untilPhoneQuestion(emulator, user);
    expect(emulator.replyKeyboardOf(user.id)?.flat()).toEqual([
      { text: "📱 Condividi il mio numero", request_contact: true },
      { text: "💬 Scrivetemi qui su Telegram" },
    ]);
    emulator.shareContact(user, "+39 333 123 4567");
    await until(emulator, user.id, /✅ \+393331234567/);
    expect(emulator.replyKeyboardOf(user.id)).toBeUndefined();
  });

  it("a typed number is checked: a wrong one is asked again, a Milan landline gets +39", async () => {
    const { emulator } = harness;
    const user = citizen("Ettore");
    await untilPhoneQuestion(emulator, user);
    emulator.sendText(user, "12345");
    await until(emulator, user.id, /non sembra valido/);
    emulator.sendText(user, "02 1234 5678");
    await until(emulator, user.id, /✅ \+390212345678/);
    emulator.pressButton(user, await until(emulator, user.id, /Quando preferisci/), "h:time:any");
    emulator.sendText(user, "chiamatemi dopo le 17");
    const summary = await until(emulator, user.id, /Controlla la tua richiesta/);
    expect(shown(summary)).toMatch(/Telefono: \+390212345678/);
    expect(shown(summary)).toMatch(/Nota: chiamatemi dopo le 17/);
    emulator.pressButton(user, summary, "h:confirm:yes");
    await until(emulator, user.id, REGISTERED);
    const [request] = await harness.app.requests.list({ citizenChatId: user.id });
    expect(request?.contact?.phone).toBe("+390212345678");
  });
  it.each([
    ["+44 7700 900123", "+447700900123"],
    ["0044 7700 900123", "+447700900123"],
    ["+34 612 345 678", "+34612345678"],
  ])("a foreign number typed with its country code, %s, is taken", async (typed, stored) => {
    const { emulator } = harness;
    const user = citizen("Fiona");
    await untilPhoneQuestion(emulator, user);
    emulator.sendText(user, typed);
    await until(emulator, user.id, new RegExp(`✅ \\${stored}`));
  });

  it("a number told in a sentence with another number after it is the phone alone", async () => {
    const { emulator } = harness;
    const user = citizen("Pia");
    await untilPhoneQuestion(emulator, user);
    emulator.sendText(user, "il mio numero è 333 1234567 ma chiamatemi dopo le 18");
    const taken = await until(emulator, user.id, /✅|non sembra valido/);
    // Was «✅ +39333123456718»: every digit of the message glued into one number.
    expect(shown(taken)).toBe("✅ +393331234567");
  });

  it("a number dictated by voice as words, digit by digit, is taken", async () => {
    const { emulator } = harness;
    const user = citizen("Giuseppe");
    await untilPhoneQuestion(emulator, user);
    emulator.sendText(user, "tre tre tre uno due tre quattro cinque sei sette");
    const taken = await until(emulator, user.id, /✅|non sembra valido/);
    // Was «Questo numero non sembra valido»: «uno» and «sei» are words in a sentence.
    expect(shown(taken)).toBe("✅ +393331234567");
  });

  it("a foreign number with a digit missing is asked again", async () => {
    const { emulator } = harness;
    const user = citizen("Fergus");
    await untilPhoneQuestion(emulator, user);
    emulator.sendText(user, "+34 612 345 67");
    await until(emulator, user.id, /non sembra valido/);
  });
});

describe("very long words", () => {
  it("a 10,000-character story and note still make a request the operators receive", async () => {
    const { emulator } = harness;
    const user = citizen("Orsola");
    const story = `${ASK_FOR_OPERATOR}. ${"Vi racconto la mia situazione con calma. ".repeat(250)}`;
    expect(story.length).toBeGreaterThan(10_000);
    emulator.sendText(user, story);
    const reference = await giveContactDetails(emulator, user, {
      note: "Nota lunga. ".repeat(900),
    });
    const notification = shown(await notificationOf(emulator, harness.app, operators, reference));
    expect(notification).toContain(ASK_FOR_OPERATOR);
    expect(notification.length).toBeLessThanOrEqual(4096);
  });
});

describe("the citizen's rights over a request", () => {
  it("/stato lists it while it waits for an operator", async () => {
    const { emulator } = harness;
    const user = citizen("Franca");
    const reference = await askForOperator(emulator, user);
    emulator.sendText(user, "/stato");
    const status = shown(await until(emulator, user.id, /Le tue richieste/));
    expect(status).toContain(reference);
    expect(status).toMatch(/in attesa di un operatore/);
  });

  it("/annulla_richiesta, once confirmed, withdraws it and the operators are told under the notification", async () => {
    const { emulator } = harness;
    const user = citizen("Gino");
    const reference = await askForOperator(emulator, user);
    const notification = await notificationOf(emulator, harness.app, operators, reference);
    emulator.sendText(user, "/annulla_richiesta");
    const question = await until(emulator, user.id, /Vuoi ritirare la richiesta/);
    expect(shown(question)).toContain(reference);
    emulator.pressButton(user, question, `w:${reference}`);
    await until(emulator, user.id, new RegExp(`Ho ritirato la richiesta ${reference}`));

    const told = await until(
      emulator,
      operators.id,
      new RegExp(`${reference}: il cittadino ha ritirato`),
    );
    expect(told.reply_to_message?.message_id).toBe(notification.message_id);
    await untilEdited(emulator, notification, (text) => /ritirata dal cittadino/.test(text));
    expect(emulator.buttonsOf(notification)).toEqual([]);
    emulator.sendText(user, "/stato");
    expect(shown(await until(emulator, user.id, /Le tue richieste/))).toMatch(/ritirata/);
  });

  it("/cancella_dati, once confirmed, leaves no name, phone, note or words anywhere in the data", async () => {
    const { emulator } = harness;
    const user: TestUser = { ...citizen("Ermenegilda"), last_name: "Zanzottera" };
    const answer = await answerFor(user, "cerco una badante per mia suocera Adalgisa", "Baggio");
    emulator.pressButton(user, answer, "op");
    const reference = await giveContactDetails(emulator, user, {
      typedPhone: "347 555 0199",
      note: "citofono rotto, suonare due volte",
    });
    const notification = await notificationOf(emulator, harness.app, operators, reference);
    const personal = ["Zanzottera", "Ermenegilda", "3475550199", "citofono rotto", "Adalgisa"];
    const everything = (await filesUnder(harness.dataDir)).map((f) => f.text).join("\n");
    for (const value of personal) expect(everything, value).toContain(value);

    emulator.sendText(user, "/cancella_dati");
    const confirm = await until(emulator, user.id, /Vuoi cancellare tutti i dati/);
    emulator.pressButton(user, confirm, "e:yes");
    await until(emulator, user.id, /ho cancellato i tuoi dati/);

    expect((await harness.app.requests.get(reference))?.contact).toBeNull();
    for (const file of await filesUnder(harness.dataDir)) {
      for (const value of personal)
        expect(file.text, `${value} in ${file.path}`).not.toContain(value);
    }
    // The operators' copy loses them too, and they learn the request is withdrawn.
    const edited = shown(
      await untilEdited(emulator, notification, (text) => /dati cancellati/.test(text)),
    );
    for (const value of personal) expect(edited, value).not.toContain(value);
    expect(edited).toMatch(/ritirata dal cittadino/);

    emulator.sendText(user, "/stato");
    const status = shown(await emulator.nextBotMessage(user.id));
    for (const value of personal) expect(status, value).not.toContain(value);
  });

  it("/cancella_dati answered «No» keeps everything", async () => {
    const { emulator } = harness;
    const user = citizen("Ottavio");
    const reference = await askForOperator(emulator, user);
    emulator.sendText(user, "/cancella_dati");
    emulator.pressButton(user, await until(emulator, user.id, /Vuoi cancellare/), "e:no");
    await until(emulator, user.id, /non ho cancellato nulla/);
    expect((await harness.app.requests.get(reference))?.contact?.name).toBe("Ottavio");
  });
});
