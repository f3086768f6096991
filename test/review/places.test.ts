import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BotApiEmulator, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { type Harness, startHarness } from "../support/harness.js";
import { reviewQueueFile, sendMisunderstood } from "./steps.js";

const marta: TestUser = { id: 5_210_884, first_name: "Marta", language_code: "it" };
let h: Harness;
let emulator: BotApiEmulator;

beforeAll(async () => {
  h = await startHarness();
  emulator = h.emulator;
});
afterAll(async () => {
  await h?.close();
});

// Messages the bot cannot place among WeMi's needs, each telling where the writer lives.
const MESSAGES = [
  "abito in via Padova 120 e vorrei sapere a che ora chiude il supermercato sotto casa",
  "lavoro vicino a piazzale Loreto, non lontano da Città Studi: quando passa il tram della linea 33 di sera?",
  // A street read through Cyrillic letters, its number as typed.
  "о котрій закривається супермаркет на вулиці Падова 120 у неділю?",
];

it("a misunderstood message is kept for review without the streets and squares it names", async () => {
  for (const text of MESSAGES) await sendMisunderstood(emulator, marta, text);
  const queueFile = await reviewQueueFile(h.dataDir, MESSAGES.length);
  const texts = (
    JSON.parse(await readFile(queueFile, "utf8")) as { items: Array<{ text: string }> }
  ).items.map((i) => i.text);
  expect(texts).toHaveLength(MESSAGES.length);
  const queue = texts.join("\n");
  for (const street of ["Padova", "120", "piazzale", "Loreto", "вулиці Падова"])
    expect(queue).not.toContain(street);
  expect(queue).toContain("[luogo]");
  // What the citizen asked stays, so the admin can still label it.
  expect(queue).toContain("vorrei sapere a che ora chiude il supermercato sotto casa");
  expect(queue).toContain("quando passa il tram della linea 33");
  // A neighbourhood has thousands of residents: it says where, not who.
  expect(queue).toContain("Città Studi");
});
