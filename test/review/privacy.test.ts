import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BotApiEmulator, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { filesUnder, shown, until } from "../handoff/steps.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { reviewQueueFile, sendMisunderstood } from "./steps.js";

const admin: TestUser = { id: 703, first_name: "Admin" };
const pina: TestUser = {
  id: 4_417_123,
  first_name: "Giuseppina",
  last_name: "Verdì",
  username: "pina_verdi",
  language_code: "it",
};
let h: Harness;
let emulator: BotApiEmulator;

beforeAll(async () => {
  h = await startHarness({ adminIds: [admin.id] });
  emulator = h.emulator;
});
afterAll(async () => {
  await h?.close();
});

// Messages the bot cannot place among WeMi's needs, each full of what identifies the writer.
const MESSAGES = [
  "sono Giuseppina Verdi, chiamatemi al 347 555 1234 per sapere a che ora chiude il supermercato",
  "scrivete a pina.verdi@example.com oppure allo 02-8845.1234, cerco un idraulico in via Padova 120",
  "My name is Mario Rossi, call me on +39 333 987 6543 about the football results, I live at 14 Baker Street",
  "Verdi Giuseppina, viale Monza 45/b, codice fiscale VRDGPP60A41F205K: quanto costa l'abbonamento ATM?",
];
const PERSONAL = [
  "Giuseppina",
  "Verdi",
  "pina_verdi",
  "Mario",
  "Rossi",
  "347",
  "555",
  "1234",
  "8845",
  "987",
  "6543",
  "pina.verdi",
  "example.com",
  "Padova 120",
  "Baker Street, 14",
  "14 Baker",
  "Monza 45",
  "VRDGPP60A41F205K",
  String(pina.id),
];

it("what the bot did not understand is kept for review without names, numbers, e-mails or house numbers", async () => {
  for (const text of MESSAGES) await sendMisunderstood(emulator, pina, text);
  const queueFile = await reviewQueueFile(h.dataDir, MESSAGES.length);
  const stored = await filesUnder(join(h.dataDir, "review"));
  expect(stored.map((f) => f.path)).toEqual([queueFile]);
  const file = stored[0]?.text ?? "";
  const texts = (JSON.parse(file) as { items: Array<{ text: string }> }).items.map((i) => i.text);
  // The messages are there, redacted: the test would notice a queue that kept nothing.
  expect(texts).toHaveLength(MESSAGES.length);
  const queue = texts.join("\n");
  expect(queue).toContain("a che ora chiude il supermercato");
  for (const placeholder of ["[telefono]", "[email]", "[civico]", "[nome]", "[codice fiscale]"])
    expect(queue).toContain(placeholder);
  for (const personal of PERSONAL) expect(queue).not.toContain(personal);
  // Nothing else in the file identifies the chat either.
  expect(file).not.toContain(String(pina.id));
  expect(file).not.toContain("pina");
  expect((await stat(queueFile)).mode & 0o777).toBe(0o600);
});

it("a full name typed alone, or introduced in small letters, is not kept for review", async () => {
  const olga: TestUser = { id: 4_417_555, first_name: "O.", language_code: "it" };
  const names = ["Giuseppina Rossi", "mi chiamo olga petrova"];
  for (const text of names) await sendMisunderstood(emulator, olga, text);
  const queue = await readFile(await reviewQueueFile(h.dataDir, MESSAGES.length + 2), "utf8");
  expect(queue).toContain("mi chiamo [nome]");
  for (const word of ["Giuseppina", "Rossi", "olga", "petrova"]) expect(queue).not.toContain(word);
});

it("/cancella_dati also takes the citizen's misunderstood words off the review queue", async () => {
  const ivo: TestUser = { id: 4_417_777, first_name: "Ivo", language_code: "it" };
  const words = "a che ora apre la piscina comunale di domenica";
  await sendMisunderstood(emulator, ivo, words);
  const file = await reviewQueueFile(h.dataDir, MESSAGES.length + 3);
  expect(await readFile(file, "utf8")).toContain(words);
  emulator.sendText(ivo, "/cancella_dati");
  await until(emulator, ivo.id, /Vuoi cancellare tutti i dati/);
  emulator.sendText(ivo, "sì");
  await until(emulator, ivo.id, /ho cancellato i tuoi dati/);
  const after = await readFile(file, "utf8");
  expect(after).not.toContain(words);
  // Only Ivo's words went: the others' stay for review.
  expect(after).toContain("a che ora chiude il supermercato");
});

it("/cancella_dati after a restart still reaches the words she left for review, and her language", async () => {
  const nives: TestUser = { id: 4_417_888, first_name: "Nives", language_code: "it" };
  const words = "dove posso comprare i biglietti per la partita di sabato";
  emulator.sendText(nives, "/lingua");
  emulator.pressButton(nives, await until(emulator, nives.id, /Choose your language/), "l:en");
  await until(emulator, nives.id, /I will write in English/);
  await sendMisunderstood(emulator, nives, words);
  const file = await reviewQueueFile(h.dataDir, MESSAGES.length + 4);
  expect(await readFile(file, "utf8")).toContain(words);

  // A redeploy: nothing the bot held in memory links the queued words to her any more.
  await h.stopBot();
  await h.startBot();

  emulator.sendText(nives, "/cancella_dati");
  await until(emulator, nives.id, /delete all the data I hold/);
  emulator.sendText(nives, "yes");
  await until(emulator, nives.id, /your data is deleted/);
  expect(await readFile(file, "utf8")).not.toContain(words);
  // Her language went with the rest: the bot greets her in Italian, as her phone is set.
  emulator.sendText(nives, "/start");
  await until(emulator, nives.id, /Sono l'assistente di/);
});

it("/privacy tells the citizen how long misunderstood messages are kept, apart from who wrote them, and that erasure reaches them", async () => {
  const rita = citizen("Rita");
  emulator.sendText(rita, "/privacy");
  const privacy = shown(await until(emulator, rita.id, /Messaggi non capiti/));
  expect(privacy).toContain("al massimo 30 giorni");
  expect(privacy).toMatch(/separato da chi l'ha scritto/);
  expect(privacy).toMatch(/\/cancella_dati lo cancelli/);
});
