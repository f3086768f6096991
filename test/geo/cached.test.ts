import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_GEO_DIR, loadPlaces } from "../../src/geo/index.js";

/** What citizens write about where they live: streets (some misspelt), areas, landmarks. */
const TEXTS = [
  "abito in via Padova 12",
  "via padva 12",
  "viale monza 100",
  "sto in corso buenos aires 5",
  "Piazzale Loreto",
  "abito a quarto oggiaro",
  "vicino alla metro Lotto",
  "zona Niguarda",
  "nigurda",
  "Sesto San Giovanni",
  "municipio 8",
  "20127",
  "ho lavorato per anni in via Padova, ora vivo a Baggio",
];

const readings = (places: Awaited<ReturnType<typeof loadPlaces>>["places"]) =>
  TEXTS.map((text) => ({ resolved: places.resolve(text), named: places.placesIn(text) }));

describe("the place reader is derived once and remembered between starts", () => {
  let work: string;
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), "wemi-geo-cache-"));
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("a start from the remembered reader reads every place as the first start did", async () => {
    const cache = join(work, "cache");
    const first = await loadPlaces(DEFAULT_GEO_DIR, cache);
    expect(await readdir(cache)).toHaveLength(1);
    const second = await loadPlaces(DEFAULT_GEO_DIR, cache);
    expect(readings(second.places)).toEqual(readings(first.places));
    expect(second.geo.commonWords).toEqual(first.geo.commonWords);
    expect(second.geo.streets).toEqual(first.geo.streets);
    expect(second.geo.municipi).toEqual(first.geo.municipi);
    const loreto = { lat: 45.4857, lon: 9.2165 };
    expect(second.places.resolvePoint(loreto)).toEqual(first.places.resolvePoint(loreto));
  });

  it("is the remembered one on the next start, until a data file changes", async () => {
    const dir = join(work, "geo");
    const cache = join(work, "cache");
    await cp(DEFAULT_GEO_DIR, dir, { recursive: true });
    const padova = (await loadPlaces(dir, cache)).places.resolve("abito in via Padova 12");
    expect(padova.kind).toBe("address");
    // What the next start reads is what was remembered (here altered to tell it apart).
    const [stored] = await readdir(cache);
    const file = join(cache, stored as string);
    const remembered = JSON.parse(await readFile(file, "utf8"));
    for (const street of remembered.index.streets)
      if (street.name === "Via Padova") street.name = "Via Padova (as remembered)";
    await writeFile(file, JSON.stringify(remembered));
    expect((await loadPlaces(dir, cache)).places.resolve("abito in via Padova 12").matched).toBe(
      "Via Padova (as remembered) 12",
    );
    // An edited data file is read again: Via Padova is as the files say.
    const streets = join(dir, "streets.json");
    await writeFile(streets, `${await readFile(streets, "utf8")}\n`);
    expect((await loadPlaces(dir, cache)).places.resolve("abito in via Padova 12")).toEqual(padova);
  });

  it("keeps house numbers, typo indexes, common words and the Municipi's borders packed, and derives again from a damaged entry", async () => {
    const cache = join(work, "cache");
    const first = await loadPlaces(DEFAULT_GEO_DIR, cache);
    const [stored] = await readdir(cache);
    const file = join(cache, stored as string);
    const whole = await readFile(file, "utf8");
    const remembered = JSON.parse(whole);
    // Not 51,000 house-number tuples and 70,000 lists of words for JSON.parse to read.
    expect(remembered.index.streets.some((street: object) => "numbers" in street)).toBe(false);
    expect(typeof remembered.numbers.points).toBe("string");
    expect(typeof remembered.words.streets.typos.wordIds).toBe("string");
    expect(typeof remembered.municipi.points).toBe("string");
    expect(typeof remembered.index.commonWords.text).toBe("string");
    // A register cut short no longer fits the streets: read from the files again.
    remembered.numbers.points = remembered.numbers.points.slice(0, 1000);
    await writeFile(file, JSON.stringify(remembered));
    const again = await loadPlaces(DEFAULT_GEO_DIR, cache);
    expect(readings(again.places)).toEqual(readings(first.places));
    expect(await readFile(file, "utf8")).toBe(whole);
  });
});
