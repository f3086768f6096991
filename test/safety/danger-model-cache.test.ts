import { appendFile, copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Catalogue, loadCatalogue } from "../../src/catalogue/load.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { labelledFilesPrint } from "../../src/nlu/dataset.js";
import { writersLearntIn } from "../../src/nlu/language-writers.js";
import { DANGER_INTENT } from "../../src/safety/danger.js";
import {
  catalogueExamples,
  DANGER_MODEL_ODDS,
  DANGER_TRAINING_SETS,
  type DangerModel,
  loadDangerModel,
  needWritersDangers,
  trainDangerModel,
} from "../../src/safety/danger-model.js";
import { type Labelled, loadDangerSet } from "../../src/safety/evaluate.js";

const NLU_DIR = join(PROJECT_ROOT, "data", "nlu");

let catalogue: Catalogue;
let devSets: Labelled[];
/** The labelled need files' print, as start-up hashes it once for every model's key. */
let print: string;
beforeAll(async () => {
  print = await labelledFilesPrint(NLU_DIR);
  const loaded = await loadCatalogue();
  if (!loaded.ok) throw new Error("the shipped catalogue has errors");
  catalogue = loaded.catalogue;
  const sets = await Promise.all(
    DANGER_TRAINING_SETS.map((file) => loadDangerSet(join(NLU_DIR, file))),
  );
  devSets = sets.flat();
});

const dirs: string[] = [];
async function temporaryDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "wemi-danger-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The development sets copied aside, so that a test can edit one. */
async function copiedNluDir(): Promise<string> {
  const dir = await temporaryDir();
  for (const file of DANGER_TRAINING_SETS) await copyFile(join(NLU_DIR, file), join(dir, file));
  return dir;
}

function expectSameReadings(model: DangerModel, fresh: DangerModel) {
  for (const { text } of devSets) {
    expect(model(text), text).toBe(fresh(text));
    expect(model(text) >= DANGER_MODEL_ODDS, text).toBe(fresh(text) >= DANGER_MODEL_ODDS);
  }
}

// Each training chooses the need writers' dangers from every need set first: seconds more.
describe("the danger model is kept between starts, and reads exactly as a freshly trained one", {
  timeout: 60_000,
}, () => {
  it("gives, from the cache, the same odds as training on every development message", async () => {
    const cacheDir = await temporaryDir();
    const fresh = trainDangerModel([
      ...devSets,
      ...(await needWritersDangers(NLU_DIR, DANGER_INTENT)),
      ...catalogueExamples(catalogue, DANGER_INTENT),
    ]);
    const trained = await loadDangerModel(NLU_DIR, catalogue, DANGER_INTENT, print, cacheDir);
    const stored = await readdir(cacheDir);
    expect(stored).toHaveLength(1);
    const cached = await loadDangerModel(NLU_DIR, catalogue, DANGER_INTENT, print, cacheDir);
    expect(await readdir(cacheDir)).toEqual(stored);
    expectSameReadings(trained, fresh);
    expectSameReadings(cached, fresh);
    expect(devSets.some(({ text }) => cached(text) >= DANGER_MODEL_ODDS)).toBe(true);
  });

  it("keeps its features in one string, not a pair per feature, and trains again when the entry is damaged", async () => {
    const cacheDir = await temporaryDir();
    const fresh = await loadDangerModel(NLU_DIR, catalogue, DANGER_INTENT, print, cacheDir);
    const [name] = await readdir(cacheDir);
    const file = join(cacheDir, name as string);
    const whole = await readFile(file, "utf8");
    // Tens of thousands of [feature, weight] pairs took 50-85 ms of each start to read.
    const kept = JSON.parse(whole) as Record<string, unknown>;
    expect(Object.values(kept).every((value) => !Array.isArray(value))).toBe(true);
    // Weights cut short: the entry does not match its features, the model trains again.
    await writeFile(file, JSON.stringify({ ...kept, weights: (kept.weights as string).slice(8) }));
    expectSameReadings(
      await loadDangerModel(NLU_DIR, catalogue, DANGER_INTENT, print, cacheDir),
      fresh,
    );
    expect(await readFile(file, "utf8")).toBe(whole);
  });

  it("uses what the cache holds, and trains again when the file was cut short", async () => {
    const cacheDir = await temporaryDir();
    const fresh = await loadDangerModel(NLU_DIR, catalogue, DANGER_INTENT, print, cacheDir);
    const [name] = await readdir(cacheDir);
    const file = join(cacheDir, name as string);
    const whole = await readFile(file, "utf8");
    // A stored model with another prior is read as it is: the start does not train again.
    const stored = JSON.parse(whole) as { prior: number };
    await writeFile(file, JSON.stringify({ ...stored, prior: stored.prior + 100 }));
    const read = await loadDangerModel(NLU_DIR, catalogue, DANGER_INTENT, print, cacheDir);
    expect(read("ciao") - fresh("ciao")).toBeCloseTo(100);

    await writeFile(file, whole.slice(0, whole.length / 2));
    const retrained = await loadDangerModel(NLU_DIR, catalogue, DANGER_INTENT, print, cacheDir);
    expectSameReadings(retrained, fresh);
    expect(await readFile(file, "utf8")).toBe(whole);
  });

  it("trains again when a development set is edited", async () => {
    const cacheDir = await temporaryDir();
    const nluDir = await copiedNluDir();
    const text = "il vicino di casa urla che mi brucia la porta stanotte";
    const untaught = await loadDangerModel(
      nluDir,
      catalogue,
      DANGER_INTENT,
      await labelledFilesPrint(nluDir),
      cacheDir,
    );
    await appendFile(
      join(nluDir, DANGER_TRAINING_SETS[0] as string),
      `${JSON.stringify({ text, danger: true, lang: "it" })}\n`,
    );
    const taught = await loadDangerModel(
      nluDir,
      catalogue,
      DANGER_INTENT,
      await labelledFilesPrint(nluDir),
      cacheDir,
    );
    expect(await readdir(cacheDir)).toHaveLength(2);
    expect(taught(text)).toBeGreaterThan(untaught(text));
  });

  it("trains again, as the need models learn again, when a need writer's set is edited: one print of the labelled files keys both", async () => {
    const cacheDir = await temporaryDir();
    const nluDir = await copiedNluDir();
    const needSet = join(nluDir, "dev-hard-2.jsonl");
    const line = (text: string) => `${JSON.stringify({ text, intent: null, kind: "plain" })}\n`;
    await writeFile(needSet, line("buongiorno, volevo solo salutarvi"));
    const before = await labelledFilesPrint(nluDir);
    await loadDangerModel(nluDir, catalogue, DANGER_INTENT, before, cacheDir);
    const learntBefore = await writersLearntIn(nluDir, before);
    await appendFile(needSet, line("grazie mille, buona giornata"));
    const after = await labelledFilesPrint(nluDir);
    expect(after).not.toBe(before);
    await loadDangerModel(nluDir, catalogue, DANGER_INTENT, after, cacheDir);
    expect(await readdir(cacheDir)).toHaveLength(2);
    expect((await writersLearntIn(nluDir, after)).home?.key).not.toBe(learntBefore.home?.key);
  });

  it("trains again when an example of the catalogue changes", async () => {
    const cacheDir = await temporaryDir();
    const text = "la caldaia perde gas e sento odore forte in cucina";
    const untaught = await loadDangerModel(NLU_DIR, catalogue, DANGER_INTENT, print, cacheDir);
    const edited: Catalogue = {
      ...catalogue,
      intents: catalogue.intents.map((intent) =>
        intent.id === DANGER_INTENT
          ? { ...intent, examples: { ...intent.examples, it: [...intent.examples.it, text] } }
          : intent,
      ),
    };
    const taught = await loadDangerModel(NLU_DIR, edited, DANGER_INTENT, print, cacheDir);
    expect(await readdir(cacheDir)).toHaveLength(2);
    expect(taught(text)).toBeGreaterThan(untaught(text));
  });
});
