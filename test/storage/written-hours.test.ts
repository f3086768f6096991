import { mkdtemp, readdir, readFile, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { JsonDirectoryStore } from "../../src/storage/json-directory-store.js";
import { WrittenHours } from "../../src/storage/written-hours.js";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 20, 10, 30);
const schema = z.strictObject({ locale: z.string() });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-written-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** An index that already covers its store (its first full sweep is done). */
async function covered(): Promise<WrittenHours> {
  const hours = new WrittenHours(join(dir, ".written"));
  await (await hours.candidates(DAY, T0, async () => [])).done();
  return hours;
}

describe("the retention sweep's index of when keys were written", () => {
  it("offers only the keys of hours old enough, and forgets those hours once swept", async () => {
    const hours = await covered();
    await hours.record("old", T0);
    await hours.record("new", T0 + 5 * HOUR);
    const due = await hours.candidates(2 * HOUR, T0 + 4 * HOUR, async () => ["never asked"]);
    expect(due.keys).toEqual(["old"]);
    await due.done();
    expect((await hours.candidates(2 * HOUR, T0 + 4 * HOUR, async () => [])).keys).toEqual([]);
    expect((await hours.candidates(2 * HOUR, T0 + 9 * HOUR, async () => [])).keys).toEqual(["new"]);
  });

  it("a store older than the index is swept whole once, then through the index", async () => {
    const hours = new WrittenHours(join(dir, ".written"));
    const first = await hours.candidates(DAY, T0, async () => ["a", "b"]);
    expect(first.keys).toEqual(["a", "b"]);
    await first.done();
    // What was there is recorded as written at that sweep: looked at again a day later.
    expect((await hours.candidates(DAY, T0 + HOUR, async () => ["a", "b"])).keys).toEqual([]);
    expect((await hours.candidates(DAY, T0 + 2 * DAY, async () => [])).keys.sort()).toEqual([
      "a",
      "b",
    ]);
  });

  it("erasure takes the key out of every hour", async () => {
    const hours = await covered();
    await hours.record("42", T0);
    await hours.record("7", T0);
    await hours.record("42", T0 + 3 * HOUR);
    await hours.forget("42");
    const files = await readdir(join(dir, ".written"));
    const text = (
      await Promise.all(files.map((f) => readFile(join(dir, ".written", f), "utf8")))
    ).join("");
    expect(text).toBe("7\n");
  });
});

describe("a store's retention sweep", () => {
  it("after a restart, still forgets what was not written again, and keeps what was", async () => {
    const store = new JsonDirectoryStore(dir, schema);
    await store.set("gone", { locale: "it" });
    await store.set("kept", { locale: "it" });
    expect(await store.deleteOlderThan(DAY)).toBe(0);
    const restarted = new JsonDirectoryStore(dir, schema);
    const later = Date.now() + 2 * DAY;
    // "kept" is written again two days on (its file's time; its hour of writing is now).
    await restarted.set("kept", { locale: "en" });
    await utimes(join(dir, "kept.json"), new Date(later), new Date(later));
    expect(await restarted.deleteOlderThan(DAY, later)).toBe(1);
    expect(await restarted.keys()).toEqual(["kept"]);
  });
});
