import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseYaml } from "../../src/cache/yaml.js";

describe("content files read at start-up (YAML, remembered as JSON)", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "wemi-yaml-cache-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cached = async () => (await readdir(dir)).filter((name) => name.endsWith(".json"));

  it("reads a file parsed before from what it gave then, and an edited file anew", async () => {
    const spaces = "spaces:\n  - id: capuana\n    municipio: 8\n";
    expect(parseYaml(spaces, dir)).toEqual({ spaces: [{ id: "capuana", municipio: 8 }] });
    const [file] = await cached();
    // What the next start reads is the stored value, not a second parse.
    await writeFile(join(dir, file as string), JSON.stringify({ spaces: ["from the cache"] }));
    expect(parseYaml(spaces, dir)).toEqual({ spaces: ["from the cache"] });
    expect(parseYaml(spaces.replace("8", "9"), dir)).toEqual({
      spaces: [{ id: "capuana", municipio: 9 }],
    });
  });

  it("still fails on broken YAML, and parses again what JSON cannot hold or what was damaged", async () => {
    expect(() => parseYaml("a: [1, 2\nb: {", dir)).toThrow();
    expect(parseYaml("odds: .inf", dir)).toEqual({ odds: Number.POSITIVE_INFINITY });
    expect(await cached()).toEqual([]);
    parseYaml("greeting: ciao", dir);
    const [file] = await cached();
    await writeFile(join(dir, file as string), '{"greeting": "ci');
    expect(parseYaml("greeting: ciao", dir)).toEqual({ greeting: "ciao" });
    expect(JSON.parse(await readFile(join(dir, file as string), "utf8"))).toEqual({
      greeting: "ciao",
    });
  });
});
