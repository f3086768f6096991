import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunnerHandle } from "@grammyjs/runner";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { App } from "../../src/app.js";
import { PROJECT_ROOT } from "../../src/config/paths.js";
import { BotApiEmulator } from "../../src/emulator/bot-api-emulator.js";
import { type DangerDetector, loadDangerDetector } from "../../src/safety/danger.js";
import { citizen, launchApp } from "../support/harness.js";
import { isPlaceQuestion, readUntil, shown } from "./story.js";

/** The shipped cues, counting how many times a message is read for danger. */
const cues = loadDangerDetector(join(PROJECT_ROOT, "locales"));
const readings: string[] = [];
const counted: DangerDetector = Object.assign(
  (text: string) => {
    readings.push(text);
    return cues(text);
  },
  {
    verdict: (text: string) => {
      readings.push(text);
      return cues.verdict?.(text) ?? { signal: cues(text), silenced: false };
    },
  },
);

const emulator = new BotApiEmulator();
let dataDir = "";
let app: App;
let runner: RunnerHandle;
beforeAll(async () => {
  await emulator.start();
  dataDir = await mkdtemp(join(tmpdir(), "wemi-danger-once-"));
  ({ app, runner } = await launchApp(emulator, dataDir, { detectDanger: counted }));
  await emulator.waitForPolling();
});
afterAll(async () => {
  if (runner.isRunning()) await runner.stop();
  await app.close();
  await emulator.stop();
  await rm(dataDir, { recursive: true, force: true });
});
beforeEach(() => {
  readings.length = 0;
});

const timesRead = (text: string) => readings.filter((read) => read === text).length;

describe("every message is read for danger once, however many steps ask about it", () => {
  it("a danger message is answered with 112 and 1522 after one reading", async () => {
    const user = citizen("Anna");
    emulator.sendText(user, "mio marito mi picchia, ho paura");
    const reply = await emulator.nextBotMessage(user.id);
    expect(shown(reply)).toMatch(/112/);
    expect(timesRead("mio marito mi picchia, ho paura")).toBe(1);
  });

  it("an ordinary need is read once before it is answered", async () => {
    const user = citizen("Bruno");
    emulator.sendText(user, "cerco una colf");
    await readUntil(emulator, user, isPlaceQuestion);
    expect(timesRead("cerco una colf")).toBe(1);
  });

  it("danger typed at a waiting question is read once and answered first", async () => {
    const user = citizen("Carla");
    emulator.sendText(user, "cerco una badante per mia madre");
    await readUntil(emulator, user, isPlaceQuestion);
    emulator.sendText(user, "aiuto mio padre è svenuto e non respira");
    const reply = await emulator.nextBotMessage(user.id);
    expect(shown(reply)).toMatch(/112/);
    expect(timesRead("aiuto mio padre è svenuto e non respira")).toBe(1);
  });

  it("a film about violence, which the classifier may read as emergenza, is read once", async () => {
    const text = "ho visto un film sulla violenza domestica e vorrei fare volontariato";
    const user = citizen("Dario");
    emulator.sendText(user, text);
    const reply = await emulator.nextBotMessage(user.id);
    expect(shown(reply)).not.toMatch(/pericolo adesso/);
    expect(timesRead(text)).toBe(1);
  });
});
