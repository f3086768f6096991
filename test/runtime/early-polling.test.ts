import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunnerHandle } from "@grammyjs/runner";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { BotApiEmulator } from "../../src/emulator/bot-api-emulator.js";
import { pollWhileLoading } from "../../src/runtime/early-polling.js";
import { UpdateJournal } from "../../src/storage/update-journal.js";
import { citizen, launchApp } from "../support/harness.js";
import { filesOpenUnder } from "../support/open-files.js";

/**
 * What npm start does: poll and journal while the app loads, stop, then load the app and let
 * it answer from the journal before polling itself. A citizen who writes during start-up gets
 * one answer, whenever the stop lands.
 */
describe("a message written while the bot starts is answered once", () => {
  let emulator: BotApiEmulator;
  let dataDir: string;
  let app: App | undefined;
  let runner: RunnerHandle | undefined;

  beforeEach(async () => {
    emulator = new BotApiEmulator();
    await emulator.start();
    dataDir = await mkdtemp(join(tmpdir(), "wemi-early-"));
  });
  afterEach(async () => {
    if (runner?.isRunning()) await runner.stop();
    await app?.close();
    await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const launchBot = async () => {
    ({ app, runner } = await launchApp(emulator, dataDir));
  };

  /** Early polling's journal is read again by the bot: it leaves none of its files open. */
  const journalFilesOpen = () => filesOpenUnder(join(dataDir, "updates"));

  /** The bot polled again after answering: whatever Telegram still held, it has seen. */
  const settled = async (userId: number) => {
    const before = emulator.sentMessages(userId).length;
    const probe = emulator.sendText({ id: userId + 1, first_name: "Altro" }, "/start");
    await emulator.nextBotMessage(probe.chat.id, 60_000);
    await emulator.waitFor(() => emulator.pendingUpdateCount === 0, 10_000, "all confirmed");
    return emulator.sentMessages(userId).length - before;
  };

  it("when the stop comes while the bot waits for Telegram", async () => {
    const early = pollWhileLoading({ token: emulator.token, apiRoot: emulator.apiRoot, dataDir });
    await emulator.waitForPolling(10_000);
    const user = citizen("Piera");
    emulator.sendText(user, "/start");
    await emulator.waitFor(() => emulator.pendingUpdateCount === 0, 10_000, "taken and confirmed");
    expect(await early.stop()).toBeUndefined();
    expect(await journalFilesOpen()).toEqual([]);

    await launchBot();
    const answer = await emulator.nextBotMessage(user.id, 60_000);
    expect(answer.text).toContain("WeMi");
    expect(await settled(user.id)).toBe(0);
  }, 120_000);

  it("when the stop comes while the message is being journaled", async () => {
    const real = new UpdateJournal(join(dataDir, "updates"));
    let writing: () => void = () => {};
    const writeStarted = new Promise<void>((resolve) => {
      writing = resolve;
    });
    let finishWrite: () => void = () => {};
    const writeHeld = new Promise<void>((resolve) => {
      finishWrite = resolve;
    });
    const journal = {
      async record(updates: readonly Update[]) {
        writing();
        await writeHeld;
        await real.record(updates);
      },
      release: () => real.release(),
    };
    const early = pollWhileLoading({
      token: emulator.token,
      apiRoot: emulator.apiRoot,
      dataDir,
      journal,
    });
    await emulator.waitForPolling(10_000);
    const user = citizen("Mirko");
    emulator.sendText(user, "/start");
    await writeStarted;
    const stopped = early.stop();
    finishWrite();
    expect(await stopped).toBeUndefined();
    // Everything journaled is confirmed to Telegram, so it does not come again.
    expect(emulator.pendingUpdateCount).toBe(0);
    expect(await journalFilesOpen()).toEqual([]);

    await launchBot();
    const answer = await emulator.nextBotMessage(user.id, 60_000);
    expect(answer.text).toContain("WeMi");
    expect(await settled(user.id)).toBe(0);
  }, 120_000);
});
