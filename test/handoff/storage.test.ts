import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { HandoffStoreCorruptError, LogHandoffStore } from "../../src/handoff/log-store.js";
import { FaultyDisk } from "../support/faulty-disk.js";
import { filesOpenUnder } from "../support/open-files.js";
import { requestDraft } from "../support/requests.js";

const draft = requestDraft(42);

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-store-"));
  file = join(dir, "handoffs", "requests.jsonl");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A log with one real request, then a line that is not one. */
async function corruptLog(): Promise<Buffer> {
  const store = await LogHandoffStore.open(file);
  await store.create(draft);
  await store.close();
  await writeFile(file, "garbage, not JSON\n", { flag: "a" });
  return readFile(file);
}

describe("a damaged request log", () => {
  it("stops the store from opening, naming the file and the line, and is left byte for byte", async () => {
    const before = await corruptLog();
    const opening = LogHandoffStore.open(file);
    await expect(opening).rejects.toBeInstanceOf(HandoffStoreCorruptError);
    await expect(opening).rejects.toMatchObject({ file, line: 3 });
    await expect(opening).rejects.toThrow(`${file}:3: not valid JSON`);
    expect((await readFile(file)).equals(before)).toBe(true);
  });

  it("a last line cut short (a power cut mid-write) is set aside to a side file, and the log opens", async () => {
    const store = await LogHandoffStore.open(file);
    const kept = await store.create(draft);
    await store.close();
    const torn = '{"put":{"reference":"WM-';
    await writeFile(file, torn, { flag: "a" });
    const warnings: Array<{ sideFile: string; bytes: number }> = [];
    const reopened = await LogHandoffStore.open(file, { onTornTail: (d) => warnings.push(d) });
    expect((await reopened.get(kept.reference))?.contact?.name).toBe("Rina");
    expect(warnings).toHaveLength(1);
    expect(await readFile(warnings[0]?.sideFile as string, "utf8")).toBe(torn);
    // The log goes on from the last whole line: new writes land on lines of their own.
    const next = await reopened.create(draft);
    await reopened.close();
    const again = await LogHandoffStore.open(file);
    expect((await again.list()).map((r) => r.reference)).toEqual([kept.reference, next.reference]);
    await again.close();
  });

  it("a tail of zero bytes (size reached the disk, data did not) is set aside too", async () => {
    const store = await LogHandoffStore.open(file);
    const kept = await store.create(draft);
    await store.close();
    await writeFile(file, Buffer.alloc(300), { flag: "a" });
    const warnings: unknown[] = [];
    const reopened = await LogHandoffStore.open(file, { onTornTail: (d) => warnings.push(d) });
    expect((await reopened.list()).map((r) => r.reference)).toEqual([kept.reference]);
    expect(warnings).toHaveLength(1);
    await reopened.close();
    expect((await readFile(file, "utf8")).includes("\0")).toBe(false);
  });

  it("npm start exits non-zero with one clear line on stderr", async () => {
    await corruptLog();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
      (resolve) => {
        const child = spawn("npm", ["start"], {
          cwd: PROJECT_ROOT,
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            BOT_TOKEN: `123456:${"A".repeat(35)}`,
            // Never reached: start-up stops before the bot talks to Telegram.
            TELEGRAM_API_ROOT: "http://127.0.0.1:9",
            DATA_DIR: dir,
          },
          stdio: ["ignore", "ignore", "pipe"],
        });
        let stderr = "";
        child.stderr.on("data", (chunk) => {
          stderr += String(chunk);
        });
        child.once("exit", (code) => resolve({ code, stderr }));
      },
    );
    expect(code).not.toBe(0);
    // npm's own warnings about the machine's npm configuration are not the bot's.
    const lines = stderr.split("\n").filter((line) => line !== "" && !line.startsWith("npm "));
    expect(lines).toEqual([
      `${file}:3: not valid JSON. The file was not modified: inspect or restore it, then start again.`,
    ]);
  }, 30_000);

  it("an empty folder gets a fresh log with its header", async () => {
    await mkdir(dir, { recursive: true });
    const store = await LogHandoffStore.open(file);
    await store.close();
    expect(await readFile(file, "utf8")).toBe('{"schema":"wemi-handoffs","version":1}\n');
  });

  it("a full disk at the first start: the log does not open, and none of its files stays open", async () => {
    const disk = new FaultyDisk();
    disk.fail("ENOSPC");
    await expect(LogHandoffStore.open(file, { disk })).rejects.toThrow("ENOSPC");
    expect(await filesOpenUnder(dir)).toEqual([]);
  });
});
