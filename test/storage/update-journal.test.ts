import { appendFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UpdateJournal } from "../../src/storage/update-journal.js";
import { FaultyDisk } from "../support/faulty-disk.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-journal-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const message = (id: number, text: string): Update => ({
  update_id: id,
  message: {
    message_id: id,
    date: 0,
    chat: { id: 7, type: "private", first_name: "Ada" },
    from: { id: 7, is_bot: false, first_name: "Ada" },
    text,
  },
});
const ids = (updates: readonly Update[]) => updates.map((u) => u.update_id);

describe("the journal of updates taken from Telegram", () => {
  it("after a kill -9 mid-batch, the next start handles exactly the updates not yet handled", async () => {
    const running = new UpdateJournal(dir);
    await running.record([message(10, "uno"), message(11, "due"), message(12, "tre")]);
    await running.record([message(13, "quattro")]);
    await running.handled(11);
    await running.handled(13);
    // The process dies here: nothing more is written (its open files closed, as exit would).
    await running.release();

    const restarted = new UpdateJournal(dir);
    const left = await restarted.unfinished();
    expect(ids(left)).toEqual([10, 12]);
    expect(ids(restarted.notReplayed([message(12, "tre"), message(14, "cinque")]))).toEqual([14]);
    await restarted.handled(10);
    await restarted.handled(12);
    expect(await readdir(dir)).toEqual([]);
    expect(await new UpdateJournal(dir).unfinished()).toEqual([]);
  });

  it("leaves no file once every update of a batch is handled: the words go with it", async () => {
    const journal = new UpdateJournal(dir);
    await journal.record([message(1, "mia madre ha l'Alzheimer"), message(2, "Niguarda")]);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    // While it is there, only the bot's user can read it.
    expect((await stat(join(dir, files[0] as string))).mode & 0o777).toBe(0o600);
    await Promise.all([journal.handled(2), journal.handled(1)]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("a batch cut short by a crash keeps its whole lines; the torn update comes again from Telegram", async () => {
    const cut = new UpdateJournal(dir);
    await cut.record([message(20, "intera")]);
    await cut.release();
    const [file] = await readdir(dir);
    await appendFile(join(dir, file as string), '{"update_id":21,"message":{"mess');
    expect(ids(await new UpdateJournal(dir).unfinished())).toEqual([20]);
  });

  it("still handles the one-file-per-update journal of an earlier version", async () => {
    await writeFile(join(dir, "5.json"), JSON.stringify(message(5, "vecchio")));
    await writeFile(join(dir, "6.json"), '{"update_id":6,"mes');
    const journal = new UpdateJournal(dir);
    expect(ids(await journal.unfinished())).toEqual([5]);
    await journal.handled(5);
    expect(await readdir(dir)).toEqual([]);
  });

  it("a full disk refuses the batch whole and leaves nothing half-written behind", async () => {
    const disk = new FaultyDisk();
    disk.fail("ENOSPC");
    await expect(new UpdateJournal(dir, disk).record([message(30, "x")])).rejects.toMatchObject({
      code: "ENOSPC",
    });
    expect(await readdir(dir)).toEqual([]);
  });
  it("batches taken while earlier ones wait share a file, which goes once all are handled", async () => {
    const journal = new UpdateJournal(dir);
    await journal.record([message(40, "uno"), message(41, "due")]);
    await journal.record([message(42, "tre")]);
    await journal.record([message(43, "quattro")]);
    // One file created, synced and later unlinked, not one per getUpdates answer.
    expect(await readdir(dir)).toHaveLength(1);
    await Promise.all([journal.handled(41), journal.handled(42)]);
    await journal.release();

    const restarted = new UpdateJournal(dir);
    expect(ids(await restarted.unfinished())).toEqual([40, 43]);
    await Promise.all([restarted.handled(40), restarted.handled(43)]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("a file takes a bounded number of batches, then the next goes to a new one", async () => {
    const journal = new UpdateJournal(dir);
    for (let id = 100; id < 140; id++) await journal.record([message(id, "x")]);
    expect((await readdir(dir)).length).toBeGreaterThan(1);
    await Promise.all(Array.from({ length: 40 }, (_, i) => journal.handled(100 + i)));
    expect(await readdir(dir)).toEqual([]);
  });

  it("a full disk refuses a later batch whole and keeps the earlier ones in the file", async () => {
    const disk = new FaultyDisk();
    const journal = new UpdateJournal(dir, disk);
    await journal.record([message(50, "prima")]);
    disk.fail("ENOSPC");
    await expect(journal.record([message(51, "seconda")])).rejects.toMatchObject({
      code: "ENOSPC",
    });
    disk.free();
    // Telegram sends it again, unconfirmed: it is journaled then, in a file of its own.
    await journal.record([message(51, "seconda")]);
    expect(await readdir(dir)).toHaveLength(2);
    await journal.release();
    const restarted = new UpdateJournal(dir);
    expect(ids(await restarted.unfinished())).toEqual([50, 51]);
    const [first] = (await readdir(dir)).sort();
    // No half line of the refused write is left in the first file.
    const lines = (await readFile(join(dir, first as string), "utf8")).split("\n");
    expect(lines.filter((line) => line !== "").map((line) => JSON.parse(line).update_id)).toEqual([
      50,
    ]);
  });
});
