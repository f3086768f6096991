import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { HouseNumber } from "../../src/geo/geo-index.js";
import { HouseNumbers } from "../../src/geo/house-numbers.js";
import { DEFAULT_GEO_DIR, loadGeoIndex } from "../../src/geo/index.js";

describe("every street keeps its house numbers, held compactly", () => {
  it("gives back each street's numbers, Municipi and points exactly as the register lists them", async () => {
    const file = JSON.parse(await readFile(join(DEFAULT_GEO_DIR, "streets.json"), "utf8")) as {
      streets: { name: string; numbers: HouseNumber[] }[];
    };
    const { streets } = await loadGeoIndex();
    expect(streets.map((street) => street.name)).toEqual(file.streets.map((street) => street.name));
    streets.forEach((street, i) => {
      expect(street.numbers).toBeInstanceOf(HouseNumbers);
      expect([...street.numbers]).toEqual(file.streets[i]?.numbers);
    });
  });

  it("reads one number by its place, and nothing past either end", async () => {
    const { streets } = await loadGeoIndex();
    const padova = streets.find((street) => street.name === "Via Padova");
    const numbers = padova?.numbers as HouseNumbers;
    const first = numbers.at(0);
    expect(first?.[0]).toBeTypeOf("number");
    expect(numbers.at(numbers.length - 1)?.[0]).toBeGreaterThan(first?.[0] ?? Infinity);
    expect(numbers.at(-1)).toBeUndefined();
    expect(numbers.at(numbers.length)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(numbers))).toEqual([...numbers]);
  });
});
