import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.js";
import {
  type LabelledMessage,
  labelledFilesPrint,
  learntLines,
  loadSet,
  loadTrainingLines,
  NO_NEED_LINE_WEIGHT,
  trainsTheModel,
} from "../../src/nlu/dataset.js";
import { exampleKey } from "../../src/nlu/features.js";
import {
  EVERY_LANGUAGE_LEARNS_FROM_OLDER_WRITERS,
  LANGUAGE_NO_NEED_LINE_WEIGHT,
  loadLanguageTrainingLines,
  trainsEveryLanguageModel,
  writersLearntIn,
} from "../../src/nlu/language-writers.js";

/**
 * The hard-kind sets of issue 9, written by the same hands as the training examples. The
 * original dev.jsonl and eval.jsonl predate this check; the independent evaluator's sets were
 * written without access to any example, so a message they share with one ("salve", "are you
 * a bot?") is chance, not a leak, and stays as written (data/nlu/README.md counts them).
 */
const isHardKindSet = (m: LabelledMessage) =>
  !m.file.endsWith("/dev.jsonl") &&
  !m.file.endsWith("/eval.jsonl") &&
  !/-independent(-\d+)?\.jsonl$/.test(m.file);

/** Development sets written by an outside writer who saw no example (sessions 4 to 14): chance again. */
const WRITTEN_WITHOUT_EXAMPLES = [
  "/dev-hard-3.jsonl",
  "/dev-languages-3.jsonl",
  "/dev-hard-4.jsonl",
  "/dev-languages-4.jsonl",
  "/dev-hard-5.jsonl",
  "/dev-languages-5.jsonl",
  "/dev-hard-6.jsonl",
  "/dev-languages-6.jsonl",
  "/dev-hard-7.jsonl",
  "/dev-languages-7.jsonl",
  "/dev-hard-8.jsonl",
  "/dev-languages-8.jsonl",
  "/dev-hard-9.jsonl",
  "/dev-languages-9.jsonl",
  "/dev-hard-10.jsonl",
  "/dev-languages-10.jsonl",
  "/dev-hard-11.jsonl",
  "/dev-languages-11.jsonl",
  "/dev-hard-12.jsonl",
  "/dev-languages-12.jsonl",
  "/dev-hard-13.jsonl",
  "/dev-languages-13.jsonl",
  "/dev-hard-14.jsonl",
  "/dev-languages-14.jsonl",
  "/dev-hard-15.jsonl",
  "/dev-languages-15.jsonl",
  "/dev-hard-16.jsonl",
  "/dev-languages-16.jsonl",
  "/dev-hard-17.jsonl",
  "/dev-languages-17.jsonl",
  "/dev-hard-18.jsonl",
  "/dev-languages-18.jsonl",
  "/dev-hard-19.jsonl",
  "/dev-languages-19.jsonl",
  "/dev-hard-20.jsonl",
  "/dev-languages-20.jsonl",
  "/dev-hard-21.jsonl",
  "/dev-languages-21.jsonl",
  "/dev-hard-22.jsonl",
  "/dev-languages-22.jsonl",
  "/dev-hard-23.jsonl",
  "/dev-languages-23.jsonl",
  "/dev-hard-24.jsonl",
  "/dev-languages-24.jsonl",
  "/dev-hard-25.jsonl",
  "/dev-languages-25.jsonl",
  "/dev-hard-26.jsonl",
  "/dev-languages-26.jsonl",
  "/dev-hard-27.jsonl",
  "/dev-languages-27.jsonl",
  "/dev-hard-28.jsonl",
  "/dev-languages-28.jsonl",
  "/dev-hard-29.jsonl",
  "/dev-languages-29.jsonl",
  "/dev-hard-30.jsonl",
  "/dev-languages-30.jsonl",
  "/dev-hard-31.jsonl",
  "/dev-languages-31.jsonl",
  "/dev-hard-32.jsonl",
  "/dev-languages-32.jsonl",
  "/dev-hard-33.jsonl",
  "/dev-languages-33.jsonl",
  "/dev-hard-34.jsonl",
  "/dev-languages-34.jsonl",
  "/dev-hard-35.jsonl",
  "/dev-languages-35.jsonl",
  "/dev-hard-36.jsonl",
  "/dev-languages-36.jsonl",
  "/dev-hard-37.jsonl",
  "/dev-languages-37.jsonl",
  "/dev-hard-38.jsonl",
  "/dev-languages-38.jsonl",
  "/dev-hard-39.jsonl",
  "/dev-languages-39.jsonl",
  "/dev-hard-40.jsonl",
  "/dev-languages-40.jsonl",
];
const writtenBesideExamples = (m: LabelledMessage) =>
  isHardKindSet(m) && !WRITTEN_WITHOUT_EXAMPLES.some((name) => m.file.endsWith(name));

describe("the held-out sets stay held out", () => {
  it("no hard-kind held-out message is a training example in other words", async () => {
    const loaded = await loadCatalogue();
    if (!loaded.ok) throw new Error("catalogue");
    const { intents, outOfScope } = loaded.catalogue;
    const training = new Set(
      [...intents.flatMap((i) => Object.values(i.examples)), ...Object.values(outOfScope.examples)]
        .flat()
        .map(exampleKey),
    );
    const heldOut = [...(await loadSet("dev")), ...(await loadSet("eval"))].filter(
      writtenBesideExamples,
    );
    expect(heldOut.filter((m) => training.has(exampleKey(m.text))).map((m) => m.text)).toEqual([]);
  });

  it("no hard-kind message is in both the development and the evaluation set", async () => {
    const dev = new Set((await loadSet("dev")).map((m) => exampleKey(m.text)));
    const shared = (await loadSet("eval"))
      .filter(isHardKindSet)
      .filter((m) => dev.has(exampleKey(m.text)));
    expect(shared.map((m) => m.text)).toEqual([]);
  });

  it("every hard-kind message says its kind and language", async () => {
    const hard = [...(await loadSet("dev")), ...(await loadSet("eval"))].filter(isHardKindSet);
    expect(hard.length).toBeGreaterThan(400);
    expect(hard.filter((m) => m.kind === undefined || m.lang === undefined)).toEqual([]);
  });
});

describe("the development lines the Italian and English model learns from", () => {
  it("come from the older writers only: the newest writers, the original dev set and every evaluation set never train", async () => {
    const training = new Set((await loadTrainingLines()).map((m) => basename(m.file)));
    expect([...training].sort()).toEqual(
      ["dev-hard.jsonl", ...Array.from({ length: 32 }, (_, i) => `dev-hard-${i + 2}.jsonl`)].sort(),
    );
    for (const file of [
      "dev-hard-34.jsonl",
      "dev-hard-38.jsonl",
      "dev.jsonl",
      "eval-hard.jsonl",
      "eval-independent-29.jsonl",
      "dev-languages-3.jsonl",
    ])
      expect(trainsTheModel(file)).toBe(false);
  });

  it("leave out a line that says a sealed or a measuring line in other words", async () => {
    const learnt = await learntFromFixture(loadTrainingLines, "it", {
      "dev-hard-7.jsonl": [
        ["Ciao!", "saluto"],
        ["Grazie mille", null],
        ["cerco una badante per papà", "badante"],
      ],
      "eval-independent-99.jsonl": [["ciao", "saluto"]],
      "dev-hard-34.jsonl": [["grazie mille!!", null]],
    });
    expect(learnt).toEqual(["cerco una badante per papà"]);
  });
});

describe("the development lines the model of every other language learns from", () => {
  it("come from the older dev-languages writers only: the newest ten, the Italian and English writers and every evaluation set never train", async () => {
    const training = new Set((await loadLanguageTrainingLines()).map((m) => basename(m.file)));
    expect([...training].sort()).toEqual(
      [
        "dev-languages.jsonl",
        ...Array.from({ length: 24 }, (_, i) => `dev-languages-${i + 2}.jsonl`),
      ].sort(),
    );
    for (const file of [
      "dev-languages-26.jsonl",
      "dev-languages-35.jsonl",
      "dev-hard-3.jsonl",
      "eval-languages.jsonl",
      "eval-languages-independent-32.jsonl",
    ])
      expect(trainsEveryLanguageModel(file)).toBe(false);
  });

  it("leave out a line that says a sealed or a measuring line in other words", async () => {
    const learnt = await learntFromFixture(loadLanguageTrainingLines, "es", {
      "dev-languages-7.jsonl": [
        ["¡Hola!", "saluto"],
        ["Muchas gracias", null],
        ["busco una cuidadora para mi padre", "badante"],
      ],
      "eval-languages-independent-99.jsonl": [["hola", "saluto"]],
      "dev-languages-31.jsonl": [["muchas gracias!!", null]],
    });
    expect(learnt).toEqual(["busco una cuidadora para mi padre"]);
  });
});

describe("the key the learnt lines of both models are kept under", () => {
  it("is one print of the labelled files for both models, with the model and the weight, and changes when any labelled file does", async () => {
    const dir = await mkdtemp(join(tmpdir(), "wemi-training-"));
    const line = (text: string) =>
      JSON.stringify({ text, intent: null, kind: "plain", lang: "es" });
    try {
      await writeFile(join(dir, "dev-languages-7.jsonl"), line("muchas gracias"));
      await writeFile(join(dir, "eval-languages.jsonl"), line("hola"));
      const print = await labelledFilesPrint(dir);
      const learnt = await writersLearntIn(dir);
      expect(learnt.home?.key).toBe(`${print} no-need ${NO_NEED_LINE_WEIGHT}`);
      expect(
        learntLines(
          print,
          " languages",
          trainsEveryLanguageModel,
          LANGUAGE_NO_NEED_LINE_WEIGHT,
          dir,
        ).key,
      ).toBe(`${print} languages no-need ${LANGUAGE_NO_NEED_LINE_WEIGHT}`);
      expect(learnt.everyLanguage?.key).toBe(
        EVERY_LANGUAGE_LEARNS_FROM_OLDER_WRITERS
          ? `${print} languages no-need ${LANGUAGE_NO_NEED_LINE_WEIGHT}`
          : undefined,
      );
      await writeFile(join(dir, "eval-languages.jsonl"), line("hola, buenos días"));
      expect(await labelledFilesPrint(dir)).not.toBe(print);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The texts a model would learn from in a data folder of these files (each a list of text and
 * intent, written in one language), chosen by `load` as the bot chooses them.
 */
async function learntFromFixture(
  load: (dir: string) => Promise<LabelledMessage[]>,
  lang: string,
  files: Record<string, [string, string | null][]>,
): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "wemi-training-"));
  try {
    for (const [file, texts] of Object.entries(files))
      await writeFile(
        join(dir, file),
        texts
          .map(([text, intent]) => JSON.stringify({ text, intent, kind: "plain", lang }))
          .join("\n"),
      );
    return (await load(dir)).map((m) => m.text);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
