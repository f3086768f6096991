import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCatalogueCached } from "../../src/catalogue/cached.js";
import { cataloguePaths } from "../../src/catalogue/load.js";
import { formatProblem } from "../../src/catalogue/problems.js";
import { copyCatalogue, editYaml } from "./fixture.js";

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

async function catalogueWithCache() {
  const root = await copyCatalogue();
  roots.push(root);
  const cacheDir = join(root, "cache");
  return { root, cacheDir, load: () => loadCatalogueCached(cataloguePaths(root), cacheDir) };
}

describe("start-up remembers a checked catalogue, never a stale one", () => {
  it("a second start reads the same catalogue from the cache", async () => {
    const { cacheDir, load } = await catalogueWithCache();
    const first = await load();
    expect(first.ok).toBe(true);
    expect(await readdir(cacheDir)).toHaveLength(1);
    const second = await load();
    expect(second).toEqual(first);
    expect(await readdir(cacheDir)).toHaveLength(1);
  });

  it("an admin's edit after a start is checked again, and its mistake reported", async () => {
    const { root, load } = await catalogueWithCache();
    expect((await load()).ok).toBe(true);
    await editYaml(root, "intents/colf.yaml", (intent) => {
      intent.examples.it = intent.examples.it.slice(0, 5);
    });
    const edited = await load();
    expect(edited.ok).toBe(false);
    const errors = edited.ok ? [] : edited.problems.map(formatProblem);
    expect(errors.join("\n")).toContain("intents/colf.yaml: examples.it");
  });

  it("an edited example reaches the loaded catalogue", async () => {
    const { root, load } = await catalogueWithCache();
    await load();
    await editYaml(root, "intents/colf.yaml", (intent) => {
      intent.examples.it.push("mi serve qualcuno che stiri le camicie il martedì");
    });
    const result = await load();
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const colf = result.catalogue.intents.find((intent) => intent.id === "colf");
    expect(colf?.examples.it).toContain("mi serve qualcuno che stiri le camicie il martedì");
  });
});
