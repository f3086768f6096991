import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestGroup, TestUser } from "../../src/emulator/bot-api-emulator.js";
import { answerTo, isPlaceQuestion, readUntil, spacesIn } from "../bot/story.js";
import { giveContactDetails, until } from "../handoff/steps.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { everythingUnder } from "../support/on-disk.js";

/**
 * Whatever question waits before the citizen consents (the house number, a need's own
 * question, consent itself), nothing they typed and none of their Telegram names is on disk:
 * the words wait in memory only. A restart loses them, and the bot still answers sensibly.
 */
const operators: TestGroup = { id: -1002100, title: "Operatori", type: "supergroup" };
let dir: string;
let harness: Harness;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-waiting-"));
  harness = await startHarness({ dataDir: dir, operatorChatId: operators.id });
  harness.emulator.addGroup(operators);
}, 60_000);
afterEach(async () => {
  await harness.close();
  // The operators' trail may still be written as the bot stops (ENOTEMPTY): rm tries again.
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

/** A citizen whose names are easy to find in a file. */
const teodora = (): TestUser => ({
  ...citizen("Teodora"),
  last_name: "Scarpellini",
  username: "teo_scarp",
});

/** The need's words, the street, the house number and the names: none may be on disk. */
const PERSONAL = ["Ernestina", "Alzheimer", "Padova", "Teodora", "Scarpellini", "teo_scarp"];

async function nothingPersonalOnDisk(): Promise<void> {
  const onDisk = await everythingUnder(dir, harness.app);
  for (const personal of PERSONAL) expect(onDisk, personal).not.toContain(personal);
}

const isHouseNumberQuestion = (m: { text?: string }) => /numero civico/.test(m.text ?? "");
const NEED_WITH_STREET =
  "mia mamma Ernestina ha l'Alzheimer e non può più stare sola, cerco una badante, abitiamo in via Padova";

/** At the house-number question: nothing personal on disk; «120» gets the badante's answer. */
async function numberGivesTheAnswer(user: TestUser) {
  await readUntil(harness.emulator, user, isHouseNumberQuestion);
  await nothingPersonalOnDisk();
  harness.emulator.sendText(user, "120");
  const answer = await answerTo(harness.emulator, user);
  expect(answer.text).toMatch(/badante/i);
  expect(answer.text).toMatch(/Municipio 2/);
  return answer;
}

describe("waiting at the house-number question", () => {
  it("asked about the need's own message: nothing personal on disk; the number gets the answer", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(user, NEED_WITH_STREET);
    expect(spacesIn(await numberGivesTheAnswer(user))).toContain("WeMi Venini");
  });

  it("asked about the reply to the area question: nothing personal on disk", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(user, "mia mamma Ernestina ha l'Alzheimer, cerco una badante");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "via Padova");
    await readUntil(emulator, user, isHouseNumberQuestion);
    await nothingPersonalOnDisk();

    emulator.sendText(user, "120");
    expect(spacesIn(await answerTo(emulator, user))).toContain("WeMi Venini");
  });

  it("across a restart: the street is forgotten, so the area is asked again plainly, then answered", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(user, NEED_WITH_STREET);
    await readUntil(emulator, user, isHouseNumberQuestion);
    await harness.stopBot();
    emulator.sendText(user, "120");
    await harness.startBot();
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "via Padova 120");
    const answer = await answerTo(emulator, user);
    expect(answer.text).toMatch(/badante/i);
    expect(spacesIn(answer)).toContain("WeMi Venini");
  });
});

describe("a house number, then a need's own question, each waiting", () => {
  it("nothing personal on disk at either; the answer uses the number's Municipio", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(user, "sono Ernestina e cerco lavoro, abito in via Padova");
    await readUntil(emulator, user, isHouseNumberQuestion);
    await nothingPersonalOnDisk();
    emulator.sendText(user, "120");
    await until(emulator, user.id, /Cerchi lavoro come assistente familiare/);
    await nothingPersonalOnDisk();
    emulator.sendText(user, "sì");
    const answer = await answerTo(emulator, user);
    expect(answer.text).toMatch(/via Statuto 15/);
    expect(answer.text).toMatch(/Municipio 2/);
  });
});

describe("the house number of a new area", () => {
  it("told after an answer: nothing personal on disk; the answer comes again for it", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(
      user,
      "mia mamma Ernestina ha l'Alzheimer, cerco una badante, abito a Niguarda",
    );
    await answerTo(emulator, user);
    emulator.sendText(user, "in realtà abito in via Padova");
    await numberGivesTheAnswer(user);
  });

  it("asked for a person: the area, then its house number, then consent, nothing personal on disk", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(user, "vorrei parlare con un operatore per mia mamma Ernestina");
    await readUntil(emulator, user, isPlaceQuestion);
    await nothingPersonalOnDisk();
    emulator.sendText(user, "via Padova");
    await readUntil(emulator, user, isHouseNumberQuestion);
    await nothingPersonalOnDisk();
    emulator.sendText(user, "120");
    await until(emulator, user.id, /Sei d'accordo\?/);
    await nothingPersonalOnDisk();
  });
});

describe("waiting at a need's own question", () => {
  // "cerco lavoro" alone: which work is not said, so the need's question is asked.
  const NEED_WITH_QUESTION = "sono Ernestina e cerco lavoro, abito in via Padova 120";

  it("nothing personal on disk; a typed answer gets the answer, with the area said back", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(user, NEED_WITH_QUESTION);
    await until(emulator, user.id, /Cerchi lavoro come assistente familiare/);
    await nothingPersonalOnDisk();

    emulator.sendText(user, "sì");
    const answer = await answerTo(emulator, user);
    expect(answer.text).toMatch(/via Statuto 15/);
    expect(answer.text).toMatch(/Municipio 2/);
  });

  it("a button pressed after a restart still gets the answer for that need", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(user, NEED_WITH_QUESTION);
    const question = await until(emulator, user.id, /Cerchi lavoro come assistente familiare/);
    await harness.stopBot();
    emulator.pressButton(user, question, emulator.buttonsOf(question)[0]?.data as string);
    await harness.startBot();
    expect((await answerTo(emulator, user)).text).toMatch(/via Statuto 15/);
  });
});

describe("waiting at the consent question", () => {
  const answered = async (user: TestUser) => {
    harness.emulator.sendText(user, `${NEED_WITH_STREET} 120`);
    await answerTo(harness.emulator, user);
    await readUntil(harness.emulator, user, (m) => m.venue !== undefined);
  };

  it("after an answer and /operatore: nothing personal on disk; after consent the request has the words", async () => {
    const { emulator } = harness;
    const user = teodora();
    await answered(user);
    emulator.sendText(user, "/operatore");
    const consent = await until(emulator, user.id, /Sei d'accordo\?/);
    await nothingPersonalOnDisk();

    const reference = await giveContactDetails(emulator, user, { consent });
    expect((await harness.app.requests.get(reference))?.contact?.needText).toContain("Ernestina");
  });

  it("after an answer and a typed «sì»: nothing personal on disk; a typed «sì» consents", async () => {
    const { emulator } = harness;
    const user = teodora();
    await answered(user);
    emulator.sendText(user, "sì");
    await until(emulator, user.id, /Sei d'accordo\?/);
    await nothingPersonalOnDisk();

    emulator.sendText(user, "sì");
    await until(emulator, user.id, /Come ti chiami/);
  });

  it("asking for a person in the first message: nothing personal on disk", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(
      user,
      "vorrei parlare con un operatore per mia mamma Ernestina che ha l'Alzheimer, abito in via Padova 120",
    );
    await until(emulator, user.id, /Sei d'accordo\?/);
    await nothingPersonalOnDisk();
  });

  it("across a restart: consent given then still leads to the contact questions", async () => {
    const { emulator } = harness;
    const user = teodora();
    await answered(user);
    emulator.sendText(user, "/operatore");
    const consent = await until(emulator, user.id, /Sei d'accordo\?/);
    await harness.stopBot();
    emulator.pressButton(user, consent, "h:consent:yes");
    await harness.startBot();
    await until(emulator, user.id, /Come ti chiami/);
  });
});

describe("waiting at the erasure question", () => {
  it("after an answer, /cancella_dati waits with nothing personal on disk", async () => {
    const { emulator } = harness;
    const user = teodora();
    emulator.sendText(user, `${NEED_WITH_STREET} 120`);
    await answerTo(emulator, user);
    emulator.sendText(user, "/cancella_dati");
    await until(emulator, user.id, /Vuoi cancellare/);
    await nothingPersonalOnDisk();
  });
});
