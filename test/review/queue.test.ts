import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import {
  createLocationResolver,
  type LocationResolver,
  loadGeoIndex,
} from "../../src/geo/index.js";
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
  ["Giuseppina Rossi", "[nome]"],
  ["Mario De Luca.", "[nome]"],
  ["mi chiamo giuseppina rossi", "mi chiamo [nome]"],
  ["my name is Grace I am from Nigeria", "my name is [nome] I am from Nigeria"],
  ["me llamo Lucía, busco trabajo", "me llamo [nome], busco trabajo"],
  ["меня зовут Ольга Петрова", "меня зовут [nome]"],
  // Capitals are shouting, not a name; a need is not a name either.
  ["CERCO LAVORO COME COLF", "CERCO LAVORO COME COLF"],
  ["Assegno Unico per due figli", "Assegno Unico per due figli"],
  ["mia madre ha 87 anni e vive in Municipio 2", "mia madre ha 87 anni e vive in Municipio 2"],
])("redacts %j", (text, expected) => {
  expect(redact(text, ["Anna"])).toBe(expected);
});

let places: LocationResolver;
beforeAll(async () => {
  places = createLocationResolver(await loadGeoIndex());
});

it.each([
  ["abito in via Padova 120 20127 Milano", "abito in [luogo] 20127 Milano"],
  ["lavoro vicino a piazzale Loreto", "lavoro vicino a [luogo]"],
  ["Verdi, viale Monza 45/b: quanto costa l'ATM?", "[nome], [luogo]: quanto costa l'ATM?"],
  ["abito a Sarpi 10", "abito a [luogo]"],
  ["sono qui: 45.4773, 9.2253", "sono qui: [luogo]"],
  [
    "mia madre vive in corso Buenos Aires, io a Quarto Oggiaro",
    "mia madre vive in [luogo], io a Quarto Oggiaro",
  ],
  // A message that only names a place is not a name.
  ["Quarto Oggiaro", "Quarto Oggiaro"],
  [
    "abito in zona Città Studi vicino alla metro Loreto",
    "abito in zona Città Studi vicino alla metro Loreto",
  ],
  [
    "è andata via la badante e ho bisogno di aiuto",
    "è andata via la badante e ho bisogno di aiuto",
  ],
])("hides streets and addresses, keeps neighbourhoods: %j", (text, expected) => {
  expect(redact(text, ["Verdi"], places)).toBe(expected);
});

it("hides the places the update has read, without reading the message again", async () => {
  const read: string[] = [];
  const update = places.forOneUpdate();
  const updateReader = {
    placesIn: (text: string) => {
      read.push(text);
      return update.placesIn(text);
    },
  };
  const message = "abito in via Padova 120, cerco un corso di ballo";
  update.placesIn(message);
  const unread = () => {
    throw new Error("the queue's own reader read the message again");
  };
  const queue = new ReviewQueue(new FileReviewStore(join(dir, "queue.json")), {
    retentionDays: 30,
    places: { placesIn: unread },
  });
  await queue.add("out-of-scope", message, { ...sender, places: updateReader });
  expect((await queue.list()).map((i) => i.text)).toEqual([
    "abito in [luogo], cerco un corso di ballo",
  ]);
  expect(read[0]).toBe(message);
});
