import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { cataloguePaths, loadCatalogue } from "../../src/catalogue/load.js";
import { loadOrBuildModel } from "../../src/nlu/model-cache.js";
import { OffThread } from "../../src/runtime/off-thread.js";
import { smallCatalogue } from "../support/small-catalogue.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
const freshDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "wemi-model-"));
  dirs.push(dir);
  return dir;
};

it("trains on another thread the very model this thread trains, and caches the same file", async () => {
  const catalogue = await smallCatalogue();
  const places = ["Quarto Oggiaro", "Київ"];
  const [here, there] = [await freshDir(), await freshDir()];
  const trainedHere = await loadOrBuildModel(catalogue, places, here);
  let turns = 0;
  const ticking = setInterval(() => turns++, 1);
  const trainedThere = await loadOrBuildModel(
    catalogue,
    places,
    there,
    undefined,
    undefined,
    new OffThread().train,
  );
  clearInterval(ticking);
  // The thread starting and training left this one free to run its timers meanwhile.
  expect(turns).toBeGreaterThan(0);
  expect(trainedThere).toEqual(trainedHere);
  const [name] = await readdir(here);
  expect(await readdir(there)).toEqual([name]);
  expect(
    (await readFile(join(there, name as string))).equals(
      await readFile(join(here, name as string)),
    ),
  ).toBe(true);
  // A thread starting under tsx took 18–20 s at load 10–12 (two cores, five engineers).
}, 60_000);

it("reads and checks the catalogue on another thread as this thread does, problems and all", async () => {
  const paths = cataloguePaths();
  expect(await new OffThread().checkCatalogue(paths)).toEqual(await loadCatalogue(paths));
}, 60_000);
