import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/paths.js";
import { BotApiEmulator } from "../src/emulator/bot-api-emulator.js";

// What `npm start` runs (its script's last word): the bundled bot, built by `npm ci`
// (prepare) and `npm run check`.
const { scripts } = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as {
  scripts: { start: string };
};
const MAIN = scripts.start.split(/\s+/).at(-1) as string;

function start(
  env: Record<string, string>,
  root = PROJECT_ROOT,
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; stderr: string }>;
  logged: (pattern: RegExp, ms: number) => Promise<void>;
} {
  const child = spawn(process.execPath, [join(root, MAIN)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stderr })),
  );
  /** Resolves once the bot's log says `pattern`; fails after `ms`, or if it exits first. */
  const logged = (pattern: RegExp, ms: number) =>
    within(
      new Promise<void>((resolve, reject) => {
        const look = () => pattern.test(stderr) && resolve();
        child.stderr?.on("data", look);
        void done.then(() => reject(new Error(`exited before logging ${pattern}: ${stderr}`)));
        look();
      }),
      ms,
      `the log line ${pattern}`,
    );
  return { child, done, logged };
}

/** A step that may take a few seconds on a loaded machine. */
const STEP_MS = 15_000;
/** Loading with a cold model build on a loaded machine. */
const LOADING_MS = 150_000;

/** `promise`, or a failure naming the step once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number, step: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} took more than ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe("npm start refuses a bad configuration with one clear line", () => {
  it.each([
    [{}, /BOT_TOKEN is required/],
    [{ BOT_TOKEN: "not-a-token" }, /BOT_TOKEN must look like/],
    [
      { BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", ADMIN_IDS: "12,abc" },
      /ADMIN_IDS/,
    ],
    [{ BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", LOG_LEVEL: "loud" }, /LOG_LEVEL/],
  ])("%j", async (env, message) => {
    const { code, stderr } = await start(env as Record<string, string>).done;
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toContain("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  });
});

describe("npm start against a Bot API server", () => {
  const emulator = new BotApiEmulator({ token: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" });
  let dataDir: string;
  beforeAll(async () => {
    await emulator.start();
    dataDir = await mkdtemp(join(tmpdir(), "wemi-main-"));
  });
  afterAll(async () => {
    await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("publishes its commands, answers, and stops cleanly on SIGTERM without logging the token", async () => {
    const { child, done } = start({
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATA_DIR: dataDir,
      LOG_LEVEL: "info",
    });
    // It polls from its first moments, and answers what it took once loaded (which, on a
    // fresh clone of a loaded machine, includes building the model: tens of seconds).
    await emulator.waitForPolling(20_000);
    const user = { id: 77, first_name: "Giulia", language_code: "it" };
    emulator.sendText(user, "/start");
    expect((await emulator.nextBotMessage(user.id, 90_000)).text).toContain("WeMi");
    // The menu is published while the bot already answers.
    await emulator.waitFor(() => emulator.commandsFor().length > 0, 10_000);
    expect(emulator.commandsFor().map((c) => c.command)).toContain("annulla");
    child.kill("SIGTERM");
    const { code, stderr } = await done;
    expect(code).toBe(0);
    expect(stderr).toContain("stopped");
    expect(stderr).not.toContain(emulator.token);
  }, 120_000);

  it("a message taken while the bot still loads survives a kill -9 and is answered after the restart", async () => {
    const env = {
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATA_DIR: dataDir,
      LOG_LEVEL: "error",
    };
    const first = start(env);
    await emulator.waitForPolling(20_000);
    const user = { id: 78, first_name: "Piero", language_code: "it" };
    emulator.sendText(user, "/start");
    // Confirmed to Telegram (a later offset), so Telegram will not send it again.
    for (let i = 0; i < 200 && emulator.pendingUpdateCount > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(emulator.pendingUpdateCount).toBe(0);
    first.child.kill("SIGKILL");
    await first.done;
    // Loading takes far longer than taking an update: nothing was answered before the kill.
    expect(emulator.sentMessages(user.id)).toEqual([]);

    const second = start(env);
    expect((await emulator.nextBotMessage(user.id, 90_000)).text).toContain("WeMi");
    second.child.kill("SIGTERM");
    expect((await second.done).code).toBe(0);
  }, 120_000);

  it("a SIGTERM while the models are still being built stops the bot at once, within systemd's 30 s", async () => {
    // A fresh deployment: the package copied without the derived models, so they are built
    // cold (37 s measured under load), longer than the documented unit waits before SIGKILL.
    const copy = await mkdtemp(join(tmpdir(), "wemi-cold-"));
    try {
      for (const part of ["package.json", "dist", "data", "locales", "intents"])
        await cp(join(PROJECT_ROOT, part), join(copy, part), { recursive: true });
      const { child, done } = start(
        {
          BOT_TOKEN: emulator.token,
          TELEGRAM_API_ROOT: emulator.apiRoot,
          DATA_DIR: join(copy, "state"),
          LOG_LEVEL: "info",
        },
        copy,
      );
      await emulator.waitForPolling(20_000);
      child.kill("SIGTERM");
      const { code, stderr } = await within(done, STEP_MS, "the stop while loading");
      expect(code).toBe(0);
      expect(stderr).toMatch(/stopping before start-up finished/);
      expect(stderr).not.toMatch(/bot started/);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 60_000);

  it("runs from a copy of the package without its dependencies: one bundle, content found beside it", async () => {
    // As a deployment that copies the built package: what npm start runs needs no
    // node_modules (only /stats charts and PostgreSQL load theirs, on first use), and it reads
    // data/, locales/ and intents/ from its own package, not from this checkout.
    const copy = await mkdtemp(join(tmpdir(), "wemi-copy-"));
    try {
      for (const part of ["package.json", "dist", "data", "locales", "intents"])
        await cp(join(PROJECT_ROOT, part), join(copy, part), { recursive: true });
      // The derived models, so that the copy need not build them again (minutes under load).
      await cp(
        join(PROJECT_ROOT, "node_modules", ".cache", "wemi-bot"),
        join(copy, "node_modules", ".cache", "wemi-bot"),
        { recursive: true },
      ).catch(() => {});
      const { child, done } = start(
        {
          BOT_TOKEN: emulator.token,
          TELEGRAM_API_ROOT: emulator.apiRoot,
          DATA_DIR: join(copy, "state"),
          LOG_LEVEL: "error",
        },
        copy,
      );
      const user = { id: 79, first_name: "Lucia", language_code: "it" };
      await emulator.waitForPolling(20_000);
      emulator.sendText(user, "cerco una badante per mia madre in via Padova 12");
      const answer = await emulator.nextBotMessage(user.id, 90_000);
      expect(answer.text).toMatch(/badant/i);
      child.kill("SIGTERM");
      const { code, stderr } = await done;
      expect(stderr).toBe("");
      expect(code).toBe(0);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 120_000);

  it(
    "a second npm start on the same DATA_DIR stops with one line, and a trailing slash in the root is fine",
    async () => {
      // Each step has its own deadline, so that a slow machine names the slow step; loading
      // (a cold model build on a loaded machine: 37 s alone at load 2.6, 24 s of CPU) is
      // waited for by the first bot's own words, not guessed.
      const first = start({
        BOT_TOKEN: emulator.token,
        TELEGRAM_API_ROOT: `${emulator.apiRoot}/`,
        DATA_DIR: dataDir,
        LOG_LEVEL: "info",
      });
      await emulator.waitForPolling(20_000);
      const second = await within(
        start({
          BOT_TOKEN: emulator.token,
          TELEGRAM_API_ROOT: emulator.apiRoot,
          DATA_DIR: dataDir,
          LOG_LEVEL: "error",
        }).done,
        STEP_MS,
        "the second start",
      );
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split("\n")).toHaveLength(1);
      expect(second.stderr).toMatch(/in use by another bot process/);
      // SIGTERM while the first still loads stops it at once, which it says; once loaded it
      // finishes the updates in progress first.
      first.child.kill("SIGTERM");
      await first.logged(/stopping before start-up finished|stopping: finishing/, LOADING_MS);
      expect((await within(first.done, STEP_MS, "the stop once loaded")).code).toBe(0);
    },
    20_000 + STEP_MS + LOADING_MS + STEP_MS,
  );
});
