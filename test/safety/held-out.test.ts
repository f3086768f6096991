import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { exampleKey } from "../../src/nlu/features.js";
import { DANGER_INTENT } from "../../src/safety/danger.js";
import { DANGER_TRAINING_SETS, needWritersDangers } from "../../src/safety/danger-model.js";
import { DANGER_SETS, loadDangerSet } from "../../src/safety/evaluate.js";

const nluDir = join(PROJECT_ROOT, "data", "nlu");
const load = async (files: readonly string[]) =>
  (await Promise.all(files.map((file) => loadDangerSet(join(nluDir, file))))).flat();

describe("the danger test sets stay held out", () => {
  it("no message the danger model learns from (development sets, ordinary stories, the need writers' dangers) is a test message in other words", async () => {
    const test = new Set((await load(DANGER_SETS.test)).map((m) => exampleKey(m.text)));
    const learnt = [
      ...(await load(DANGER_TRAINING_SETS)),
      ...(await needWritersDangers(nluDir, DANGER_INTENT)),
    ];
    const shared = learnt.filter((m) => test.has(exampleKey(m.text)));
    // Printed as the development line, so that fixing it never means reading a test line.
    expect(shared.map((m) => m.text)).toEqual([]);
  });
});
