import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { TestGroup } from "../../src/emulator/bot-api-emulator.js";
import {
  conversationStore,
  MAX_CONVERSATION_BYTES,
  versionedStateSchema,
} from "../../src/storage/conversation-store.js";
import { JsonDirectoryStore } from "../../src/storage/json-directory-store.js";
import { answerTo, isPlaceQuestion, readUntil, spacesIn } from "../bot/story.js";
import { giveContactDetails, until } from "../handoff/steps.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { eventually, everythingUnder } from "../support/on-disk.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-privacy-"));
});
// The operators' trail may still be written as the bot stops (ENOTEMPTY): rm tries again.
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

/** A story asked «Intendevi…?»: since session 39 its house, not the father's age, leaves the model unsure. */
const LEAVES_THE_MODEL_UNSURE =
  "mio papà Arturo è anziano e da solo non ce la fa più con la casa, abita in via Padova 120";

describe("before any consent", () => {
  const operators: TestGroup = { id: -1002000, title: "Operatori", type: "supergroup" };
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness({ dataDir: dir, operatorChatId: operators.id });
    harness.emulator.addGroup(operators);
  });
  afterEach(() => harness.close());

  it("the citizen's words and name are on disk nowhere; after consent the request still carries the words", async () => {
    const { emulator } = harness;
    const user = { ...citizen("Annunziata"), last_name: "Esposito", username: "annu_e" };
    emulator.sendText(user, "cerco una badante per mio padre che ha l'Alzheimer");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "via Padova 120");
    await answerTo(emulator, user);
    const onDisk = await everythingUnder(dir, harness.app);
    expect(onDisk).not.toContain("Alzheimer");
    expect(onDisk).not.toContain("via Padova");
    expect(onDisk).not.toContain("Esposito");
    expect(onDisk).not.toContain("annu_e");

    emulator.sendText(user, "/operatore");
    const reference = await giveContactDetails(emulator, user);
    expect((await harness.app.requests.get(reference))?.contact?.needText).toContain("Alzheimer");
  }, 30_000);

  /** A citizen whose Telegram names are easy to find in a file. */
  const waitingAtArea = async () => {
    const user = { ...citizen("Teodora"), last_name: "Scarpellini", username: "teo_scarp" };
    harness.emulator.sendText(
      user,
      "mia mamma Ernestina ha l'Alzheimer e non può più stare sola, cerco una badante",
    );
    await readUntil(harness.emulator, user, isPlaceQuestion);
    const onDisk = await everythingUnder(dir, harness.app);
    for (const personal of ["Ernestina", "Alzheimer", "Scarpellini", "teo_scarp"])
      expect(onDisk).not.toContain(personal);
    return user;
  };

  it("waiting at the area question, nothing the citizen typed or their name is on disk; the area given gets its answer", async () => {
    const user = await waitingAtArea();
    harness.emulator.sendText(user, "Quarto Oggiaro");
    const answer = await answerTo(harness.emulator, user);
    expect(answer.text).toMatch(/Quarto Oggiaro/);
    expect(answer.text).toMatch(/badante/i);
    expect(spacesIn(answer)).toContain("WeMi Capuana");
  });

  it("waiting at the area question across a restart: the area given still gets the need's answer", async () => {
    const user = await waitingAtArea();
    await harness.stopBot();
    harness.emulator.sendText(user, "Quarto Oggiaro");
    await harness.startBot();
    const answer = await answerTo(harness.emulator, user);
    expect(answer.text).toMatch(/Quarto Oggiaro/);
    expect(answer.text).toMatch(/badante/i);
    expect(spacesIn(answer)).toContain("WeMi Capuana");
  });

  it("waiting at a need's own question, the need's words and the citizen's names are on disk nowhere", async () => {
    const { emulator } = harness;
    const user = { ...citizen("Teodora"), last_name: "Scarpellini", username: "teo_scarp" };
    emulator.sendText(user, "sono Ernestina e cerco lavoro");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "Municipio 8");
    await until(emulator, user.id, /Cerchi lavoro come assistente familiare/);
    const onDisk = await everythingUnder(dir, harness.app);
    for (const personal of ["Ernestina", "Scarpellini", "teo_scarp"])
      expect(onDisk).not.toContain(personal);
    emulator.sendText(user, "sì");
    expect((await answerTo(emulator, user)).text).toMatch(/via Statuto 15/);
  });

  it("waiting at the consent question, the citizen's Telegram names are on disk nowhere", async () => {
    const { emulator } = harness;
    const user = { ...citizen("Teodora"), last_name: "Scarpellini", username: "teo_scarp" };
    emulator.sendText(user, "vorrei parlare con un operatore, abito a Niguarda");
    await until(emulator, user.id, /Sei d'accordo\?/);
    const onDisk = await everythingUnder(dir, harness.app);
    for (const personal of ["Teodora", "Scarpellini", "teo_scarp"])
      expect(onDisk).not.toContain(personal);
  });

  it("waiting at «Intendevi…?», nothing the citizen typed or their name is on disk; a tap still answers", async () => {
    const { emulator } = harness;
    const user = { ...citizen("Gelsomina"), last_name: "Quarantotti", username: "gelso_q" };
    emulator.sendText(user, LEAVES_THE_MODEL_UNSURE);
    const question = await until(emulator, user.id, /Intendevi/);
    const onDisk = await everythingUnder(dir, harness.app);
    for (const personal of ["Arturo", "Padova", "anziano", "Quarantotti", "gelso_q"])
      expect(onDisk).not.toContain(personal);

    // The words wait in memory: a guess tapped is answered for the area they named.
    const guess = emulator.buttonsOf(question).find((b) => b.data?.startsWith("a:"));
    emulator.pressButton(user, question, guess?.data as string);
    const messages = await readUntil(emulator, user, (m) => /Dove rivolgerti/.test(m.text ?? ""));
    expect(messages.map((m) => m.text).join("\n")).toContain("via Padova 120");
  });

  it("/cancella_dati also forgets what waited in memory: the words of «Intendevi…?»", async () => {
    const { emulator } = harness;
    const user = citizen("Ilario");
    emulator.sendText(user, LEAVES_THE_MODEL_UNSURE);
    const question = await until(emulator, user.id, /Intendevi/);
    emulator.sendText(user, "/cancella_dati");
    emulator.pressButton(user, await until(emulator, user.id, /Vuoi cancellare/), "e:yes");
    await until(emulator, user.id, /ho cancellato i tuoi dati/);

    // A guess tapped now knows nothing of the address: the area is asked.
    const guess = emulator.buttonsOf(question).find((b) => b.data?.startsWith("a:"));
    emulator.pressButton(user, question, guess?.data as string);
    await readUntil(emulator, user, isPlaceQuestion);
  });

  it("a dialogue's stored state keeps no bot texts, no chat names, no quoted replies", async () => {
    const { emulator } = harness;
    const user = { ...citizen("Ottavia"), last_name: "Bellini" };
    emulator.sendText(user, "vorrei parlare con un operatore, abito a Niguarda");
    await until(emulator, user.id, /Sei d'accordo\?/);
    emulator.sendText(user, "va bene");
    await until(emulator, user.id, /Come ti chiami/);
    const stored = await eventually(() =>
      readFile(join(dir, "conversations", `${user.id}.json`), "utf8"),
    );
    expect(stored).not.toContain("Ho capito");
    // What replay needs stays until the dialogue ends (or a day): the citizen's own words,
    // and after consent the Telegram name the handoff proposes, but no sender's names.
    expect(stored).not.toMatch(/"chat":\{[^}]*first_name/);
    expect(stored).not.toMatch(/"from":\{[^}]*first_name/);
  });
});

describe("dialogue state", () => {
  it("that outgrows its bound (a question answered wrongly hundreds of times) is dropped", async () => {
    const dropped: number[] = [];
    const store = conversationStore(new JsonDirectoryStore(dir, versionedStateSchema), {
      onOversize: (_, bytes) => dropped.push(bytes),
    });
    const huge = "x".repeat(MAX_CONVERSATION_BYTES);
    await store.write("42", {
      version: [0, 2],
      state: {
        orientation: [
          {
            interrupts: [],
            replay: { send: [{ payload: "external" }], receive: [{ send: 0, returnValue: huge }] },
          },
        ],
      },
    });
    expect(dropped).toHaveLength(1);
    expect(await store.read("42")).toBeUndefined();
  });
});

describe("files set aside as unreadable", () => {
  const schema = z.strictObject({ locale: z.string() });

  it("are removed by erasure of that chat and by the retention sweep", async () => {
    const store = new JsonDirectoryStore(dir, schema);
    await writeFile(join(dir, "42.json"), '{"name": "Mario Rossi", "phone"');
    await writeFile(join(dir, "43.json"), "not json");
    expect(await store.get("42")).toBeUndefined();
    expect(await store.get("43")).toBeUndefined();
    expect((await readdir(dir)).filter((n) => n.includes(".corrupt-"))).toHaveLength(2);

    await store.delete("42");
    expect((await readdir(dir)).filter((n) => n.startsWith("42"))).toEqual([]);
    expect(await store.deleteAsideOlderThan(60_000, Date.now() + 120_000)).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });
});
