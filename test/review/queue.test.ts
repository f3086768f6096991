import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { FileReviewStore, ReviewQueue, redact } from "../../src/review/index.js";

const DAY = 24 * 60 * 60 * 1000;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-review-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
const sender = { locale: "it" as const, names: ["Anna"] };

it("keeps a misunderstood message for REVIEW_RETENTION_DAYS, then forgets it", async () => {
  let now = Date.UTC(2026, 0, 1);
  const queue = new ReviewQueue(new FileReviewStore(join(dir, "queue.json")), {
    retentionDays: 30,
    now: () => now,
  });
  await queue.add("out-of-scope", "a che ora apre la piscina", sender);
  now += 29 * DAY;
  await queue.applyRetention();
  expect((await queue.list()).map((i) => i.text)).toEqual(["a che ora apre la piscina"]);
  now += 2 * DAY;
  await queue.applyRetention();
  expect(await queue.list()).toEqual([]);
  expect(await readFile(join(dir, "queue.json"), "utf8")).not.toContain("piscina");
});

it("with REVIEW_RETENTION_DAYS=0 nothing is kept", async () => {
  const queue = new ReviewQueue(new FileReviewStore(join(dir, "queue.json")), { retentionDays: 0 });
  await queue.add("out-of-scope", "a che ora apre la piscina", sender);
  expect(await queue.list()).toEqual([]);
  await expect(readFile(join(dir, "queue.json"), "utf8")).rejects.toThrow();
});

it("the same words again are one item, counted twice; the language is the message's own", async () => {
  const queue = new ReviewQueue(new FileReviewStore(join(dir, "queue.json")), {
    retentionDays: 30,
  });
  await queue.add("unsure", "I need someone to walk my dog", sender);
  await queue.add("unsure", "i need someone to walk my dog", sender);
  expect(await queue.list()).toEqual([
    expect.objectContaining({ text: "I need someone to walk my dog", times: 2, language: "en" }),
  ]);
  expect(await queue.countsByKind()).toEqual({ "out-of-scope": 0, unsure: 2, place: 0, reply: 0 });
});

it.each([
  ["chiamami al 333 1234567 o allo 02/88451234", "chiamami al [telefono] o allo [telefono]"],
  ["scrivi a anna.bianchi+wemi@posta.it", "scrivi a [email]"],
  ["abito in via Padova 120 20127 Milano", "abito in via Padova [civico] 20127 Milano"],
  ["corso di Porta Romana, 3/a", "corso di Porta Romana, [civico]"],
  ["I live at 221b Baker Street", "I live at [civico] Baker Street"],
  ["mi chiamo Maria Luisa Neri e ho 80 anni", "mi chiamo [nome] e ho 80 anni"],
  ["ciao sono anna, ANNA di Niguarda", "ciao sono [nome], [nome] di Niguarda"],
  ["la sig.ra Carla Neri e il dott. Bassi", "la sig.ra [nome] e il dott. [nome]"],
  ["Mrs Brown needs help at home", "Mrs [nome] needs help at home"],
  ["mia madre ha 87 anni e vive in Municipio 2", "mia madre ha 87 anni e vive in Municipio 2"],
])("redacts %j", (text, expected) => {
  expect(redact(text, ["Anna"])).toBe(expected);
});
