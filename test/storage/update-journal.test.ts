import { appendFile, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
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
});
