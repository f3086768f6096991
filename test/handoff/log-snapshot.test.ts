import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSnapshot } from "../../src/handoff/log-snapshot.js";
import { HandoffStoreCorruptError, LogHandoffStore } from "../../src/handoff/log-store.js";
import { erase } from "../../src/handoff/request.js";
import { FaultyDisk } from "../support/faulty-disk.js";
import { requestDraft } from "../support/requests.js";

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-snapshot-"));
  file = join(dir, "handoffs", "requests.jsonl");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A log of `count` requests from chats 1..count, closed cleanly (so with its snapshot). */
async function logOf(count: number): Promise<string[]> {
  const store = await LogHandoffStore.open(file);
  const references: string[] = [];
  for (let chat = 1; chat <= count; chat++)
    references.push((await store.create(requestDraft(chat, `Persona ${chat}`))).reference);
  await store.close();
  return references;
}

/** Replaces `from` by `to` (same length) in the log, as a damaged disk block would. */
async function damage(from: string, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  expect(text.includes(from)).toBe(true);
  await writeFile(file, text.replace(from, to));
}

describe("the request log's snapshot", () => {
  it("a restart finds every request, from the snapshot and the lines written after it", async () => {
    const references = await logOf(3);
    expect((await stat(`${file}.index`)).mode & 0o777).toBe(0o600);
    // Lines after the snapshot: written, then the process is killed (no clean close).
    const store = await LogHandoffStore.open(file);
    const fourth = await store.create(requestDraft(4, "Persona 4"));
    await store.update(references[0] as string, (r) => ({ ...r, status: "claimed" }));
    const killed = await LogHandoffStore.open(file);
    expect((await killed.list()).map((r) => r.contact?.name)).toEqual([
      "Persona 1",
      "Persona 2",
      "Persona 3",
      "Persona 4",
    ]);
    expect((await killed.get(references[0] as string))?.status).toBe("claimed");
    expect((await killed.list({ citizenChatId: 4 }))[0]?.reference).toBe(fourth.reference);
    await killed.close();
    await store.close();
  });

  it("after a restart, each citizen finds their own requests, erased ones gone, new ones added", async () => {
    const references = await logOf(300);
    const store = await LogHandoffStore.open(file);
    const second = await store.create(requestDraft(5, "Persona 5 di nuovo"));
    await store.update(references[6] as string, (r) => erase(r, Date.now()));
    const mine = async (opened: LogHandoffStore, chat: number) =>
      (await opened.list({ citizenChatId: chat })).map((r) => r.contact?.name);
    const reopened = await LogHandoffStore.open(file);
    for (const opened of [store, reopened]) {
      expect(await mine(opened, 5)).toEqual(["Persona 5", "Persona 5 di nuovo"]);
      expect(await mine(opened, 7)).toEqual([]);
      expect(await mine(opened, 300)).toEqual(["Persona 300"]);
      expect(await mine(opened, 301)).toEqual([]);
      for (const [i, reference] of references.entries())
        expect((await opened.get(reference))?.citizenChatId).toBe(i === 6 ? 0 : i + 1);
      expect((await opened.get(second.reference))?.citizenChatId).toBe(5);
      expect(await opened.get("WM-ZZZZ")).toBeUndefined();
    }
    await store.close();
    await reopened.close();
    const again = await LogHandoffStore.open(file);
    expect(await mine(again, 5)).toEqual(["Persona 5", "Persona 5 di nuovo"]);
    expect(await mine(again, 7)).toEqual([]);
    expect((await again.list()).length).toBe(301);
    await again.close();
  });

  it("after a restart, a reply under any copy of a card or in its topic finds the request", async () => {
    const store = await LogHandoffStore.open(file);
    const other = await store.create(requestDraft(8, "Altra", { messageId: 4 }));
    const request = await store.create(requestDraft(9, "Persona", { messageId: 5, threadId: 70 }));
    // The card was sent again (a lost response): the request now points at the new copy.
    await store.update(request.reference, (r) => ({
      ...r,
      notification: { ...r.notification, messageId: 6 },
    }));
    await store.close();
    const again = await LogHandoffStore.open(file);
    const found = async (messageId?: number, threadId?: number) =>
      (await again.findByOperatorMessage(-100, messageId, threadId))?.reference;
    expect(await found(5)).toBe(request.reference);
    expect(await found(6)).toBe(request.reference);
    expect(await found(undefined, 70)).toBe(request.reference);
    expect(await found(4, 70)).toBe(request.reference);
    expect(await found(4)).toBe(other.reference);
    expect(await found(7)).toBeUndefined();
    expect(await again.findByOperatorMessage(-200, 5, undefined)).toBeUndefined();
    await again.close();
  });

  it("damage inside the part the snapshot covers still stops start-up, naming file and line", async () => {
    await logOf(3);
    await damage('"name":"Persona 2"', '"name":"Persona 2\'');
    const opening = LogHandoffStore.open(file);
    await expect(opening).rejects.toBeInstanceOf(HandoffStoreCorruptError);
    await expect(opening).rejects.toThrow(`${file}:3: not valid JSON`);
  });

  it("damage that still reads as a request is not hidden by the snapshot: the log is the truth", async () => {
    const [first] = await logOf(2);
    await damage('"name":"Persona 1"', '"name":"Persona 9"');
    const store = await LogHandoffStore.open(file);
    expect((await store.get(first as string))?.contact?.name).toBe("Persona 9");
    await store.close();
  });

  it("a damaged or foreign snapshot is ignored: the whole log is read instead", async () => {
    await logOf(2);
    for (const junk of ["", "not json\n[]\n", '{"schema":"wemi-handoffs-index"}\n[1]\n']) {
      await writeFile(`${file}.index`, junk);
      const store = await LogHandoffStore.open(file);
      expect((await store.list()).map((r) => r.citizenChatId)).toEqual([1, 2]);
      await store.close();
    }
  });

  it("a torn last line after the snapshot is set aside, and the requests before it kept", async () => {
    await logOf(2);
    await writeFile(file, '{"put":{"reference":"WM-', { flag: "a" });
    const torn: unknown[] = [];
    const store = await LogHandoffStore.open(file, { onTornTail: (d) => torn.push(d) });
    expect(torn).toHaveLength(1);
    expect((await store.list()).map((r) => r.citizenChatId)).toEqual([1, 2]);
    await store.create(requestDraft(3));
    await store.close();
    const again = await LogHandoffStore.open(file);
    expect((await again.list()).map((r) => r.citizenChatId)).toEqual([1, 2, 3]);
    await again.close();
  });

  it("after an erasure and its compaction, neither the log nor the snapshot knows the citizen", async () => {
    const [first] = await logOf(2);
    const store = await LogHandoffStore.open(file);
    await store.update(first as string, (r) => erase(r, Date.now()));
    await store.compact();
    await store.close();
    for (const name of await readdir(join(dir, "handoffs")))
      expect(await readFile(join(dir, "handoffs", name), "utf8"), name).not.toContain("Persona 1");
    // The snapshot knows the request only as anonymous (chat 0).
    const snapshot = await readSnapshot(file);
    expect(snapshot?.index.get(first as string)?.citizenChatId).toBe(0);
    expect(snapshot?.index.select({ citizenChatId: 1 })).toEqual([]);
    const again = await LogHandoffStore.open(file);
    expect(await again.list({ citizenChatId: 1 })).toEqual([]);
    expect((await again.get(first as string))?.contact).toBeNull();
    await again.close();
  });

  it("a compaction whose snapshot cannot be written leaves no old snapshot behind", async () => {
    const [first] = await logOf(2);
    const disk = new FaultyDisk();
    const store = await LogHandoffStore.open(file, { disk });
    await store.update(first as string, (r) => erase(r, Date.now()));
    disk.fail("ENOSPC", (path) => path.includes(".index"));
    await store.compact();
    await expect(stat(`${file}.index`)).rejects.toMatchObject({ code: "ENOENT" });
    disk.free();
    await store.close();
    const again = await LogHandoffStore.open(file);
    expect((await again.get(first as string))?.contact).toBeNull();
    await again.close();
  });

  it("compacts itself once superseded lines pile up, and loses nothing", async () => {
    const store = await LogHandoffStore.open(file, { compactAfter: 20 });
    const request = await store.create(requestDraft(7));
    for (let i = 1; i <= 30; i++)
      await store.update(request.reference, (r) => ({
        ...r,
        notification: { ...r.notification, attempts: i },
      }));
    await store.close();
    const lines = (await readFile(file, "utf8")).trim().split("\n");
    expect(lines.length).toBeLessThan(20);
    const again = await LogHandoffStore.open(file);
    expect((await again.get(request.reference))?.notification.attempts).toBe(30);
    await again.close();
  });
});
