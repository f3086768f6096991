import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { labelExample, OUT_OF_SCOPE } from "../../src/review/index.js";
import { copyOfContent } from "../../src/runtime/content-copy.js";

let root: string;
beforeEach(async () => {
  root = await copyOfContent();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const lines = async (file: string) => (await readFile(join(root, file), "utf8")).split("\n");

it("a labelled message becomes one more line in the intent's file; the rest of the file is untouched", async () => {
  const before = await lines("intents/dsa.yaml");
  const outcome = await labelExample(root, "dsa", "en", "my kid mixes up letters when reading");
  expect(outcome).toEqual({ ok: true, file: "intents/dsa.yaml" });
  const after = await lines("intents/dsa.yaml");
  const added = after.indexOf('    - "my kid mixes up letters when reading"');
  // At the end of the English examples: an example before it, the next field after it.
  expect(after[added - 1]).toMatch(/^ {4}- "/);
  expect(after[added + 1]).toMatch(/^\S|^ {2}[a-z]{2}:$/);
  expect([...after.slice(0, added), ...after.slice(added + 1)]).toEqual(before);
});

it("'Fuori ambito' goes to _out_of_scope.yaml, in the message's language", async () => {
  const outcome = await labelExample(
    root,
    OUT_OF_SCOPE,
    "it",
    "a che ora apre la piscina comunale",
  );
  expect(outcome).toEqual({ ok: true, file: "intents/_out_of_scope.yaml" });
  expect(await lines("intents/_out_of_scope.yaml")).toContain(
    '    - "a che ora apre la piscina comunale"',
  );
});

it("a near-duplicate of another intent's example is refused with the reason, and no file changes", async () => {
  const badante = (await lines("intents/badante.yaml")).find((l) => l.startsWith("    - ")) ?? "";
  const example = JSON.parse(badante.slice(6)) as string;
  const before = await readFile(join(root, "intents", "colf.yaml"), "utf8");
  const outcome = await labelExample(root, "colf", "it", `${example}!!`);
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.reason).toMatch(/duplicate of .*which teaches "badante"/);
  expect(await readFile(join(root, "intents", "colf.yaml"), "utf8")).toBe(before);
});

it("an intent that does not exist is refused", async () => {
  expect(await labelExample(root, "astronauta", "it", "voglio andare sulla luna")).toEqual({
    ok: false,
    reason: 'unknown intent "astronauta"',
  });
});
