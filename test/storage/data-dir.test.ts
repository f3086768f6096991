import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { BotApiEmulator } from "../../src/emulator/bot-api-emulator.js";
import { createLogger } from "../../src/logging/index.js";
import { DataDirError } from "../../src/storage/data-dir.js";
import { askForOperator } from "../handoff/steps.js";
import { FaultyDisk } from "../support/faulty-disk.js";
import { citizen, startHarness } from "../support/harness.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "wemi-data-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const appOn = (dataDir: string, disk?: FaultyDisk) => {
  const emulator = new BotApiEmulator();
  return createApp({
    token: emulator.token,
    apiRoot: "http://127.0.0.1:9",
    botInfo: emulator.botInfo,
    dataDir,
    logger: createLogger("silent"),
    ...(disk ? { disk } : {}),
  });
};

/** Each path under root with its permissions and what they should be. */
async function modes(root: string): Promise<Array<[string, string, string]>> {
  const found: Array<[string, string, string]> = [];
  const walk = async (path: string) => {
    const info = await stat(path);
    found.push([path, (info.mode & 0o777).toString(8), info.isDirectory() ? "700" : "600"]);
    if (info.isDirectory()) for (const name of await readdir(path)) await walk(join(path, name));
  };
  await walk(root);
  return found;
}

describe("DATA_DIR at rest", () => {
  it("is readable by the bot's user only: folders 0700, files 0600, also those made before", async () => {
    await mkdir(join(dir, "profiles"), { mode: 0o755 });
    await writeFile(join(dir, "profiles", "42.json"), "{}", { mode: 0o644 });
    await chmod(dir, 0o755);
    const operators = { id: -1001900, title: "Operatori", type: "supergroup" as const };
    const harness = await startHarness({ dataDir: dir, operatorChatId: operators.id });
    harness.emulator.addGroup(operators);
    await askForOperator(harness.emulator, citizen("Zoe"));
    await harness.app.outbox.flush();
    const found = await modes(dir);
    await harness.close();
    expect(found.length).toBeGreaterThan(6);
    for (const [path, mode, wanted] of found) expect([path, mode]).toEqual([path, wanted]);
  }, 30_000);
});

describe("one bot per DATA_DIR", () => {
  it("a second process on the same DATA_DIR stops at start with one line", async () => {
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      await writeFile(join(dir, "bot.lock"), `${other.pid}\n`);
      await expect(appOn(dir)).rejects.toThrow(DataDirError);
      await expect(appOn(dir)).rejects.toThrow(/in use by another bot process/);
    } finally {
      other.kill("SIGKILL");
    }
  });

  it("a lock left by a process killed with -9 is taken over", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => gone.once("exit", resolve));
    await writeFile(join(dir, "bot.lock"), `${gone.pid}\n`);
    const app = await appOn(dir);
    await app.close();
  });
});

describe("folders that take no writes", () => {
  it("are found at start, naming the folder, instead of failing every dialogue later", async () => {
    const disk = new FaultyDisk();
    disk.fail("EACCES", (path) => path.includes("conversations"));
    await expect(appOn(dir, disk)).rejects.toThrow(/conversations is not writable \(EACCES\)/);
  });
});
