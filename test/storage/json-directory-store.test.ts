import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Disk, realDisk } from "../../src/storage/disk.js";
import { JsonDirectoryStore } from "../../src/storage/json-directory-store.js";
import { CountingDisk } from "../support/counting-disk.js";

const schema = z.strictObject({ locale: z.enum(["it", "en"]) });
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-store-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("per-chat files", () => {
  it("keeps what was written across a new store on the same folder (a restart)", async () => {
    await new JsonDirectoryStore(dir, schema).set("42", { locale: "en" });
    expect(await new JsonDirectoryStore(dir, schema).get("42")).toEqual({ locale: "en" });
  });

  it("gives callers copies: changing a returned value does not change the stored one", async () => {
    const store = new JsonDirectoryStore(dir, schema);
    await store.set("1", { locale: "it" });
    const value = (await store.get("1")) as { locale: string };
    value.locale = "en";
    expect(await store.get("1")).toEqual({ locale: "it" });
  });

  it("forgets a deleted key, on disk too", async () => {
    const store = new JsonDirectoryStore(dir, schema);
    await store.set("7", { locale: "it" });
    await store.delete("7");
    expect(await store.get("7")).toBeUndefined();
    // Not even when it was written (the retention sweep's index) is left.
    expect(await readdir(dir, { recursive: true })).toEqual([".written"]);
  });

  it("lists its keys, whatever characters they hold", async () => {
    const store = new JsonDirectoryStore(dir, schema);
    await store.set("-100123:5", { locale: "it" });
    await store.set("2026-11-26", { locale: "en" });
    expect((await store.keys()).sort()).toEqual(["-100123:5", "2026-11-26"]);
  });

  it("writes atomically: many concurrent writes leave one whole, valid file", async () => {
    const store = new JsonDirectoryStore(dir, schema);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.set("9", { locale: i % 2 ? "en" : "it" })),
    );
    const text = await readFile(join(dir, "9.json"), "utf8");
    expect(() => schema.parse(JSON.parse(text))).not.toThrow();
  });
});

describe("values every reader only reads (sharedReads: a chat's profile)", () => {
  it("are parsed once for every reader, frozen; a change or an erasure is read at once", async () => {
    const store = new JsonDirectoryStore(dir, schema, undefined, undefined, { sharedReads: true });
    await store.set("5", { locale: "it" });
    const first = await store.get("5");
    // The same value for the next reader, not a copy parsed again for each.
    expect(await store.get("5")).toBe(first);
    expect(() => {
      (first as { locale: string }).locale = "en";
    }).toThrow(TypeError);
    await store.set("5", { locale: "en" });
    expect(await store.get("5")).toEqual({ locale: "en" });
    await store.delete("5");
    expect(await store.get("5")).toBeUndefined();
    // After a restart, from the file.
    await store.set("6", { locale: "en" });
    expect(
      await new JsonDirectoryStore(dir, schema, undefined, undefined, { sharedReads: true }).get(
        "6",
      ),
    ).toEqual({ locale: "en" });
  });
});

describe("a key's first file, written in place", () => {
  it("is readable by the bot's user only, as is every later version", async () => {
    const store = new JsonDirectoryStore(dir, schema);
    await store.set("3", { locale: "it" });
    expect((await stat(join(dir, "3.json"))).mode & 0o777).toBe(0o600);
    await store.set("3", { locale: "en" });
    expect((await stat(join(dir, "3.json"))).mode & 0o777).toBe(0o600);
    expect(await new JsonDirectoryStore(dir, schema).get("3")).toEqual({ locale: "en" });
    expect(await readdir(dir)).toEqual(expect.not.arrayContaining([expect.stringMatching(/tmp/)]));
  });

  it("left empty by a power cut, reads as no value after the restart, is not reported, and is written again", async () => {
    await writeFile(join(dir, "4.json"), "");
    const reports: string[] = [];
    const store = new JsonDirectoryStore(dir, schema, (file) => reports.push(file));
    expect(await store.get("4")).toBeUndefined();
    expect(reports).toEqual([]);
    await store.set("4", { locale: "en" });
    expect(await new JsonDirectoryStore(dir, schema).get("4")).toEqual({ locale: "en" });
  });
});

describe("a chat's preferences, written behind", () => {
  const DELAY_MS = 300;
  /** As the profiles: only a change of the chosen language is promised. */
  const lazyStore = (disk = new CountingDisk()) =>
    new JsonDirectoryStore(dir, schema, undefined, disk, {
      writeBehind: true,
      lazy: { ms: DELAY_MS, urgent: () => false },
    });
  const onDisk = (key: string) =>
    readFile(join(dir, `${key}.json`), "utf8").then(JSON.parse, () => undefined);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it("changes in a row make one write, once their delay is over; reads see them at once", async () => {
    const disk = new CountingDisk();
    const store = lazyStore(disk);
    await store.set("3", { locale: "it" });
    await store.flush("3");
    await store.set("3", { locale: "en" });
    await store.flush("3");
    expect(await store.get("3")).toEqual({ locale: "en" });
    expect(disk.writesTo("3.json")).toBe(0);
    await pause(DELAY_MS * 3);
    expect(disk.writesTo("3.json")).toBe(1);
    expect(await onDisk("3")).toEqual({ locale: "en" });
  });

  it("a promised change is on disk when its update's flush ends", async () => {
    const store = new JsonDirectoryStore(dir, schema, undefined, new CountingDisk(), {
      writeBehind: true,
      lazy: {
        ms: 60_000,
        urgent: (before, after) => JSON.stringify(before) !== JSON.stringify(after),
      },
    });
    await store.set("4", { locale: "en" });
    await store.flush("4");
    expect(await onDisk("4")).toEqual({ locale: "en" });
  });

  it("a change that falls due while others are being written waits no second delay (a crash loses at most the delay)", async () => {
    const delayMs = 1000;
    /** A slow disk: each write takes 600 ms. */
    const slow: Disk = {
      writeFile: (path, data) => pause(600).then(() => realDisk.writeFile(path, data)),
      openAppend: (path) => realDisk.openAppend(path),
    };
    const store = new JsonDirectoryStore(dir, schema, undefined, slow, {
      writeBehind: true,
      lazy: { ms: delayMs, urgent: () => false },
    });
    await store.set("1", { locale: "it" });
    await pause(200);
    await store.set("2", { locale: "en" });
    // "1" is written from 1.0 to 1.6 s; "2" falls due at 1.2 s, so it is written by 2.2 s,
    // not a whole delay later (3.2 s).
    await pause(2500);
    expect(await onDisk("2")).toEqual({ locale: "en" });
  });

  it("an erasure while a write waits its turn leaves no file behind", async () => {
    const store = lazyStore();
    await store.set("8", { locale: "it" });
    const writing = store.flushAll();
    await store.delete("8");
    await writing;
    await pause(DELAY_MS * 2);
    expect(await onDisk("8")).toBeUndefined();
    expect(await store.get("8")).toBeUndefined();
  });
});

describe("forgetting what was left", () => {
  it("deletes the entries not written for longer than the given age, and only those", async () => {
    const store = new JsonDirectoryStore(dir, schema);
    await store.set("old", { locale: "it" });
    await store.set("fresh", { locale: "en" });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await utimes(join(dir, "old.json"), twoDaysAgo, twoDaysAgo);
    expect(await store.deleteOlderThan(24 * 60 * 60 * 1000)).toBe(1);
    expect(await store.get("old")).toBeUndefined();
    expect(await store.get("fresh")).toEqual({ locale: "en" });
  });
});

describe("a damaged file", () => {
  it.each([
    ["not JSON", "{ broken"],
    ["JSON of the wrong shape", JSON.stringify({ locale: "fr" })],
  ])("(%s) is moved aside, never overwritten, reported, and reads as empty", async (_, content) => {
    await writeFile(join(dir, "5.json"), content);
    const reports: string[] = [];
    const store = new JsonDirectoryStore(dir, schema, (file) => reports.push(file));
    expect(await store.get("5")).toBeUndefined();
    expect(reports).toHaveLength(1);
    const aside = (await readdir(dir)).find((name) => name.startsWith("5.json.corrupt-"));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside as string), "utf8")).toBe(content);
    await store.set("5", { locale: "it" });
    expect(await store.get("5")).toEqual({ locale: "it" });
  });
});
