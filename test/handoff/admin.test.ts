import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BotApiEmulator, TestUser } from "../../src/emulator/bot-api-emulator.js";
import type { Trainer } from "../../src/nlu/model-cache.js";
import { OffThread } from "../../src/runtime/off-thread.js";
import { citizen, type Harness, startHarness } from "../support/harness.js";
import { RELOAD_WAIT_MS, reloadAnswer } from "../support/reading.js";
import { shown, until } from "./steps.js";

// The app reads its catalogue from a copy, so that the story can break it and mend it.
const admin: TestUser = { id: 701, first_name: "Admin" };
let root: string;
let h: Harness;
let emulator: BotApiEmulator;
/** Training waits for it: a story holds a reload's training back for as long as it likes. */
let training: Promise<void> = Promise.resolve();
let onTraining = () => {};
const offThread = new OffThread();
const train: Trainer = async (job) => {
  onTraining();
  await training;
  return offThread.train(job);
};

beforeAll(async () => {
  h = await startHarness({ copyContent: true, adminIds: [admin.id], train });
  root = h.root as string;
  emulator = h.emulator;
});
afterAll(async () => {
  await h?.close();
});

const reloaded = async (pattern: RegExp) => shown(await reloadAnswer(emulator, admin.id, pattern));

it("/stats and /catalogo: what citizens asked, anonymously, and the catalogue's size", async () => {
  const user = citizen("Lia");
  emulator.sendText(user, "mio figlio è dislessico");
  await until(emulator, user.id, /In che zona/);
  emulator.sendText(admin, "/stats 7");
  // /stats draws its chart first: seconds on a loaded machine, beyond the usual 2 s wait.
  const stats = shown(await until(emulator, admin.id, /Statistiche/, 15_000));
  expect(stats).toContain("ultimi 7 giorni");
  expect(stats).toMatch(/dsa: 1/);
  expect(stats).not.toContain("dislessico");
  // The chart follows the text; a command sent meanwhile waits for it (one update at a time per
  // chat), so on a loaded machine /catalogo would be answered seconds later.
  await until(emulator, admin.id, /in un grafico/, 15_000);
  emulator.sendText(admin, "/catalogo");
  expect(shown(await until(emulator, admin.id, /Catalogo dei bisogni/))).toMatch(
    /badante – Badante e assistenza specializzata: \d+ it, \d+ en/,
  );
});

it("/reload with a broken intent file: the admin reads the errors, citizens keep the old catalogue", async () => {
  await writeFile(join(root, "intents", "rotto.yaml"), "id: rotto\nlabel: [non chiuso\n");
  emulator.sendText(admin, "/reload");
  const failed = await reloaded(/Il catalogo ha errori/);
  expect(failed).toMatch(/^❌ Il catalogo ha errori: continuo a usare quello di prima\./);
  expect(failed).toContain("rotto.yaml");

  const user = citizen("Marta");
  emulator.sendText(user, "cerco una badante per mio padre");
  await until(emulator, user.id, /In che zona/);
  emulator.sendText(user, "Niguarda");
  expect(shown(await until(emulator, user.id, /Dove rivolgerti/))).toMatch(
    /WeMi Tate\/Colf\/Badanti/,
  );
});

it(
  "/reload once mended: a summary of what is now loaded, with the new example counted",
  async () => {
    await rm(join(root, "intents", "rotto.yaml"));
    emulator.sendText(admin, "/reload");
    const before = await reloaded(/Catalogo ricaricato/);
    const examples = Number(/(\d+) esempi/.exec(before)?.[1]);
    expect(before).toMatch(
      /✅ Catalogo ricaricato: \d+ bisogni, \d+ esempi, \d+ servizi, \d+ spazi\./,
    );

    const badante = join(root, "intents", "badante.yaml");
    const text = await readFile(badante, "utf8");
    await writeFile(
      badante,
      text.replace(/(\n {2}it:\n)/, '$1    - "cerco qualcuno che stia con mia nonna di notte"\n'),
    );
    emulator.sendText(admin, "/reload");
    const after = await reloaded(/Catalogo ricaricato/);
    expect(Number(/(\d+) esempi/.exec(after)?.[1])).toBe(examples + 1);
  },
  RELOAD_WAIT_MS + 60_000,
);

it("/reload with more errors than one message holds: the admin gets what fits, cut at a line", async () => {
  const broken = Array.from({ length: 80 }, (_, i) => join(root, "intents", `rotto_${i}.yaml`));
  try {
    for (const file of broken) await writeFile(file, "id: x\nlabel: <b>[non chiuso\n");
    emulator.sendText(admin, "/reload");
    const reply = await reloaded(/Il catalogo ha errori/);
    expect(reply.length).toBeLessThanOrEqual(4096);
    expect(reply.endsWith("…")).toBe(true);
  } finally {
    for (const file of broken) await rm(file);
  }
});

it("someone else sending /reload learns nothing about admin commands, and nothing is reloaded", async () => {
  await writeFile(join(root, "intents", "rotto.yaml"), "id: rotto\nlabel: [non chiuso\n");
  try {
    const stranger = citizen("Curioso");
    for (const command of ["/reload", "/stats", "/catalogo"]) {
      emulator.sendText(stranger, command);
      const said = (await emulator.waitForMessages(stranger.id, 1)).map(shown).join("\n");
      expect(said, command).not.toMatch(/catalogo|ricaric|rotto|statistiche|admin/i);
    }
  } finally {
    await rm(join(root, "intents", "rotto.yaml"));
  }
});

it(
  "/reload reads what a request asks for (data/nlu/asked.yaml): refused when broken, used once mended",
  async () => {
    const asked = join(root, "data", "nlu", "asked.yaml");
    const text = await readFile(asked, "utf8");
    // «per mia mamma» keeps the carer's word leading whatever the earlier stories' reloads taught
    // the model (without it, the one example added above left it unsure in session 40).
    const podcast = "cerco un podcast su come trovare una badante per mia mamma";
    const first = citizen("Pia");
    emulator.sendText(first, podcast);
    // Before the edit a podcast is nothing the bot knows: the carer's word leads.
    await until(emulator, first.id, /In che zona/);

    await writeFile(asked, text.replace(/^other: \[/m, "other: [Podcast Nuovi, "));
    emulator.sendText(admin, "/reload");
    expect(await reloaded(/Il catalogo ha errori/)).toContain("data/nlu/asked.yaml");

    await writeFile(asked, text.replace(/^other: \[/m, "other: [podcast, "));
    emulator.sendText(admin, "/reload");
    await reloaded(/Catalogo ricaricato/);
    const second = citizen("Pio");
    emulator.sendText(second, podcast);
    // Now the podcast is what is asked: nothing WeMi gives, whatever need's word it is about.
    expect(shown(await until(emulator, second.id, /non posso aiutarti|Intendevi/))).not.toMatch(
      /In che zona/,
    );
  },
  RELOAD_WAIT_MS + 60_000,
);

it(
  "/reload that retrains: citizens are answered by the catalogue in use until the new model comes",
  async () => {
    const badante = join(root, "intents", "badante.yaml");
    const text = await readFile(badante, "utf8");
    // An example no cached model has seen: this reload trains, seconds of CPU on another thread.
    await writeFile(
      badante,
      text.replace(/(\n {2}it:\n)/, `$1    - "cerco chi stia con mio nonno, ${Date.now()}"\n`),
    );
    const started = new Promise<void>((resolve) => {
      onTraining = resolve;
    });
    let finish!: () => void;
    training = new Promise<void>((resolve) => {
      finish = resolve;
    });
    emulator.sendText(admin, "/reload");
    await started;

    const user = citizen("Ada");
    emulator.sendText(user, "mio figlio è dislessico");
    await until(emulator, user.id, /In che zona/);
    expect(emulator.unreadMessages(admin.id).map(shown).join("\n")).not.toMatch(/ricaricato/);
    finish();
    await reloaded(/Catalogo ricaricato/);
  },
  RELOAD_WAIT_MS + 60_000,
);
