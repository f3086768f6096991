import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { JsonDirectoryStore } from "../../src/storage/json-directory-store.js";
import { CountingDisk } from "../support/counting-disk.js";
import { FaultyDisk } from "../support/faulty-disk.js";

/**
 * Chats' preferences as lines of one log per folder: a new chat costs no file created, an
 * erasure still reaches every copy, a crash keeps what was written before it.
 */
const schema = z.strictObject({ area: z.string() });
let dir: string;
const logged = (disk?: ConstructorParameters<typeof JsonDirectoryStore>[3]) =>
  new JsonDirectoryStore(dir, schema, undefined, disk, { log: true });
const log = () => readFile(join(dir, "values.log"), "utf8");

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-log-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("a folder's values in one log", () => {
  it("many new chats written together: one write to one file readable by the bot only, read again after a restart", async () => {
    const disk = new CountingDisk();
    const store = logged(disk);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.set(String(1000 + i), { area: `area ${i}` })),
    );
    expect(disk.written).toEqual([join(dir, "values.log")]);
    expect((await stat(join(dir, "values.log"))).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).filter((name) => name.endsWith(".json"))).toEqual([]);

    const again = logged();
    expect(await again.get("1007")).toEqual({ area: "area 7" });
    expect((await again.keys()).length).toBe(50);
  });

  it("a log of many chats (megabytes, read in pieces) reads whole after a restart", async () => {
    const store = logged();
    const area = (i: number) => `via ${"Padova ".repeat(i % 20)}${i}`;
    for (let at = 0; at < 20_000; at += 1000) {
      await Promise.all(
        Array.from({ length: 1000 }, (_, i) => store.set(String(at + i), { area: area(at + i) })),
      );
    }
    const again = logged();
    expect((await again.keys()).length).toBe(20_000);
    for (const i of [0, 4_999, 9_377, 14_001, 19_999]) {
      expect(await again.get(String(i))).toEqual({ area: area(i) });
    }
  });

  it("an erased chat leaves no copy of any of its values, and a restart reads none", async () => {
    const store = logged();
    await store.set("7", { area: "Niguarda" });
    await store.set("8", { area: "Baggio" });
    await store.set("7", { area: "Corvetto" });
    await store.delete("7");
    expect(await log()).not.toMatch(/Niguarda|Corvetto/);
    expect(await store.get("7")).toBeUndefined();
    const again = logged();
    expect(await again.get("7")).toBeUndefined();
    expect(await again.get("8")).toEqual({ area: "Baggio" });
    expect(await again.keys()).toEqual(["8"]);
  });

  it("a chat stored in a file of its own (before the log) is still read; written again, its file goes", async () => {
    await writeFile(join(dir, "42.json"), JSON.stringify({ area: "Lorenteggio" }), {
      mode: 0o600,
    });
    const store = logged();
    expect(await store.get("42")).toEqual({ area: "Lorenteggio" });
    await store.set("42", { area: "Gratosoglio" });
    expect(await readdir(dir)).not.toContain("42.json");
    expect(await logged().get("42")).toEqual({ area: "Gratosoglio" });
  });

  it("a line a crash tore is cut off: what came before reads, and so does what comes after", async () => {
    await logged().set("1", { area: "Brera" });
    await appendFile(join(dir, "values.log"), '2\t1700000000000\t-1\t{"area":"Iso');
    const store = logged();
    expect(await store.get("1")).toEqual({ area: "Brera" });
    expect(await store.get("2")).toBeUndefined();
    await store.set("3", { area: "Isola" });
    const again = logged();
    expect(await again.get("3")).toEqual({ area: "Isola" });
    expect((await again.keys()).sort()).toEqual(["1", "3"]);
  });

  it("a write the disk refuses keeps nothing half written, and is written once space is back", async () => {
    const disk = new FaultyDisk();
    const store = logged(disk);
    await store.set("1", { area: "Brera" });
    disk.fail("ENOSPC");
    await expect(store.set("2", { area: "Isola" })).rejects.toThrow(/ENOSPC/);
    disk.free();
    await store.set("3", { area: "Greco" });
    expect((await log()).split("\n").filter((line) => line !== "")).toHaveLength(2);
    const again = logged();
    expect(await again.get("2")).toBeUndefined();
    expect(await again.get("3")).toEqual({ area: "Greco" });
  });

  it("a chat changed many times is kept as its latest line once the log outgrows its chats", async () => {
    const store = logged();
    await store.set("5", { area: "Niguarda" });
    for (let i = 0; i < 5000; i++) await store.set("6", { area: `Baggio ${i}` });
    const lines = (await log()).split("\n").filter((line) => line !== "");
    expect(lines.length).toBeLessThan(1000);
    expect((await readdir(dir)).sort()).toEqual([".written", "values.log"]);
    const again = logged();
    expect(await again.get("5")).toEqual({ area: "Niguarda" });
    expect(await again.get("6")).toEqual({ area: "Baggio 4999" });
    await again.delete("6");
    expect(await log()).not.toMatch(/Baggio/);
  });
});
