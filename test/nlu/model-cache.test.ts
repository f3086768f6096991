import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  loadOrBuildModel,
  modelKey,
  modelOnFirstUse,
  nluCodeKey,
  trainHere,
} from "../../src/nlu/model-cache.js";
import { smallCatalogue } from "../support/small-catalogue.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A small catalogue's model trained into a folder of its own, and the file it is kept in. */
async function oneModelCached() {
  const catalogue = await smallCatalogue();
  const dir = await mkdtemp(join(tmpdir(), "wemi-model-"));
  dirs.push(dir);
  const trained = await loadOrBuildModel(catalogue, ["Quarto Oggiaro"], dir);
  const [name] = await readdir(dir);
  return { catalogue, dir, trained, file: join(dir, name as string) };
}

describe("the trained model's cache", () => {
  it("keeps a model under a key that covers the NLU code, so a code change trains again", async () => {
    const catalogue = await smallCatalogue();
    const dir = await mkdtemp(join(tmpdir(), "wemi-model-"));
    dirs.push(dir);
    await loadOrBuildModel(catalogue, [], dir);
    const code = await nluCodeKey();
    expect(await readdir(dir)).toEqual([`model-${modelKey(catalogue, [], code)}.bin`]);
    // The same catalogue read by other code gets another key: the old model is not reused.
    expect(modelKey(catalogue, [], `${code}x`)).not.toBe(modelKey(catalogue, [], code));
    // The same code and catalogue find the cached model instead of writing another one.
    await loadOrBuildModel(catalogue, [], dir);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it("gives back, from the cache, the very model it trained; a file cut short trains again", async () => {
    const catalogue = await smallCatalogue();
    const dir = await mkdtemp(join(tmpdir(), "wemi-model-"));
    dirs.push(dir);
    // Terms in other scripts too, each code unit as it was.
    const places = ["Quarto Oggiaro", "Київ", "القاهرة"];
    const trained = await loadOrBuildModel(catalogue, places, dir);
    const cached = await loadOrBuildModel(catalogue, places, dir);
    expect(cached).not.toBe(trained);
    expect(cached).toEqual(trained);
    expect(cached.terms.text).toMatch(/[^ -~]/);
    expect([...cached.softmax.weights]).toEqual([...trained.softmax.weights]);
    expect([...cached.softmax.bias]).toEqual([...trained.softmax.bias]);

    const [name] = await readdir(dir);
    const file = join(dir, name as string);
    const whole = await readFile(file);
    await writeFile(file, whole.subarray(0, whole.length - 4));
    const retrained = await loadOrBuildModel(catalogue, places, dir);
    expect([...retrained.softmax.bias]).toEqual([...trained.softmax.bias]);
    expect((await readFile(file)).equals(whole)).toBe(true);
  });

  it("trains again over a file an older bot kept, its terms a JSON list, rather than misread it", async () => {
    const { catalogue, dir, trained, file } = await oneModelCached();
    // The layout before: the terms as strings in the JSON, no ends, then the idf and weights.
    const { softmax, idf, terms, ...rest } = trained;
    const words = Array.from(terms.ends, (end, i) =>
      terms.text.slice(i === 0 ? 0 : terms.ends[i - 1], end),
    );
    const json = Buffer.from(
      JSON.stringify({
        ...rest,
        terms: words,
        layout: 2,
        classes: softmax.classes,
        features: softmax.features,
      }),
    );
    const header = Buffer.alloc(4 + json.length + ((4 - (json.length % 4)) % 4), 0x20);
    header.writeUInt32LE(json.length);
    json.copy(header, 4);
    const raw = (array: Float64Array | Float32Array) =>
      Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    await writeFile(
      file,
      Buffer.concat([header, raw(Float64Array.from(idf)), raw(softmax.weights), raw(softmax.bias)]),
    );
    let trainings = 0;
    const model = await loadOrBuildModel(
      catalogue,
      ["Quarto Oggiaro"],
      dir,
      1,
      undefined,
      async (job) => {
        trainings++;
        return trainHere(job);
      },
    );
    expect(trainings).toBe(1);
    expect(model).toEqual(trained);
  });

  it("reads a model kept for later only when it is first asked for, trained again if its file went", async () => {
    const { catalogue, dir, trained, file } = await oneModelCached();
    const whole = await readFile(file);

    const later = await modelOnFirstUse(catalogue, ["Quarto Oggiaro"], dir);
    // Damaged after start-up: not read yet, so the first use finds out and trains again.
    await writeFile(file, whole.subarray(0, 8));
    const model = later();
    expect([...model.softmax.weights]).toEqual([...trained.softmax.weights]);
    expect(later()).toBe(model);

    // Read as it is stored when nothing happened to it.
    await writeFile(file, whole);
    const read = (await modelOnFirstUse(catalogue, ["Quarto Oggiaro"], dir))();
    expect(read).toEqual(trained);

    // Not cached yet: start-up trains and keeps it, as loadOrBuildModel does.
    await rm(file);
    const fresh = (await modelOnFirstUse(catalogue, ["Quarto Oggiaro"], dir))();
    expect([...fresh.softmax.bias]).toEqual([...trained.softmax.bias]);
    expect((await readFile(file)).equals(whole)).toBe(true);
  });

  it("reads the development lines a model learns from only when it trains, and again when they change", async () => {
    const catalogue = await smallCatalogue();
    const dir = await mkdtemp(join(tmpdir(), "wemi-model-"));
    dirs.push(dir);
    let reads = 0;
    const line = (text: string, intent: string | null) => ({
      text,
      intent,
      lang: "it",
      file: "dev-hard-9.jsonl",
    });
    const learnt = (key: string) => ({
      key,
      load: async () => {
        reads++;
        return [
          line("mi sono stancata di fare tutto da sola con la mamma", "badante"),
          line("che bella giornata oggi al parco", null),
        ];
      },
    });
    const first = await loadOrBuildModel(catalogue, [], dir, 1, learnt("a"));
    const plain = await loadOrBuildModel(catalogue, [], dir);
    // The lines are words the catalogue never had: the model learnt them.
    expect(first.words).toContain("stancata");
    expect(plain.words).not.toContain("stancata");
    // Cached: a start with the same lines reads none of them.
    await loadOrBuildModel(catalogue, [], dir, 1, learnt("a"));
    expect(reads).toBe(1);
    // Another version of the files: trained again.
    await loadOrBuildModel(catalogue, [], dir, 1, learnt("b"));
    expect(reads).toBe(2);
  });

  it("retrains an edited catalogue on the lines it chose before, without choosing them again, into the same model", async () => {
    const catalogue = await smallCatalogue();
    const [dir, fresh] = [
      await mkdtemp(join(tmpdir(), "wemi-model-")),
      await mkdtemp(join(tmpdir(), "wemi-model-")),
    ];
    dirs.push(dir, fresh);
    let reads = 0;
    const learnt = {
      key: "the labelled files",
      load: async () => {
        reads++;
        return [
          { text: "mi sono stancata di fare tutto da sola", intent: "badante", file: "x.jsonl" },
          { text: "che bella giornata oggi al parco", intent: null, file: "x.jsonl", weight: 0.25 },
        ];
      },
    };
    await loadOrBuildModel(catalogue, [], dir, 1, learnt);
    // An admin adds an example and reloads: the model trains again, on the lines kept.
    const edited = {
      ...catalogue,
      intents: catalogue.intents.map((intent, i) =>
        i === 0
          ? {
              ...intent,
              examples: {
                ...intent.examples,
                it: [
                  ...(intent.examples.it ?? []),
                  "cerco chi stia con il mio bisnonno centenario",
                ],
              },
            }
          : intent,
      ),
    };
    const retrained = await loadOrBuildModel(edited, [], dir, 1, learnt);
    expect(reads).toBe(1);
    expect(retrained.words).toContain("stancata");
    expect(retrained.words).toContain("centenario");
    // The same model as one whose lines were chosen anew.
    expect(await loadOrBuildModel(edited, [], fresh, 1, learnt)).toEqual(retrained);
    expect(reads).toBe(2);
  });
});
