import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunnerHandle } from "@grammyjs/runner";
import { afterAll, beforeAll } from "vitest";
import { type App, type AppOptions, createApp } from "../../src/app.js";
import {
  BotApiEmulator,
  type TestGroup,
  type TestUser,
} from "../../src/emulator/bot-api-emulator.js";
import { createLogger } from "../../src/logging/index.js";
import type { Trainer } from "../../src/nlu/model-cache.js";
import { copyOfContent } from "../../src/runtime/content-copy.js";
import type { Disk } from "../../src/storage/disk.js";

/**
 * A running bot for a user story: the real app (same code as npm start) polling a local
 * Bot API emulator over HTTP, with its data in a fresh temporary folder.
 */
export interface Harness {
  readonly emulator: BotApiEmulator;
  readonly app: App;
  readonly dataDir: string;
  /** Where the app reads intents/, data/ and locales/ (a copy, with `copyContent`). */
  readonly root: string | undefined;
  /** Stops the bot only (the emulator and the data stay), as a crash or redeploy would. */
  stopBot(): Promise<void>;
  /** Starts a new bot process-equivalent on the same data. */
  startBot(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The operators' group (OPERATOR_CHAT_ID); without it citizens cannot ask for a person. */
  readonly operatorChatId?: number;
  readonly adminIds?: number[];
  readonly retentionDays?: number;
  readonly dataDir?: string;
  /** PostgreSQL instead of the files (test/support/backends.ts gives fresh databases). */
  readonly databaseUrl?: string;
  readonly now?: () => number;
  /** Where intents/, data/ and locales/ are read from, when a story edits the catalogue. */
  readonly root?: string;
  /** File writes (test/support/faulty-disk.ts fails them like a full disk). */
  readonly disk?: Disk;
  /** Reads the content from a fresh copy, removed at close: for stories that edit it. */
  readonly copyContent?: boolean;
  /** Where a catalogue not yet cached is trained (a story may hold it back). */
  readonly train?: Trainer;
}

/** The real app on `dataDir`, talking to the emulator, launched (not yet waited for). */
export async function launchApp(
  emulator: BotApiEmulator,
  dataDir: string,
  options: Partial<AppOptions> = {},
): Promise<{ app: App; runner: RunnerHandle }> {
  const app = await createApp({
    token: emulator.token,
    apiRoot: emulator.apiRoot,
    botInfo: emulator.botInfo,
    dataDir,
    logger: createLogger("silent"),
    ...options,
  });
  try {
    // A short long-poll, so that stopping the bot in a story is quick.
    return { app, runner: await app.launch({ runner: { fetch: { timeout: 1 } } }) };
  } catch (error) {
    // The caller never gets the app to close.
    await app.close();
    throw error;
  }
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const emulator = new BotApiEmulator();
  await emulator.start();
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), "wemi-bot-")));
  const root = options.root ?? (options.copyContent ? await copyOfContent() : undefined);
  // TEST_LOG_LEVEL=debug shows what the bot logs while a story fails.
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  let app: App | undefined;
  let runner: RunnerHandle | undefined;

  const startBot = async () => {
    ({ app, runner } = await launchApp(emulator, dataDir, {
      ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
      logger,
      ...(options.operatorChatId === undefined ? {} : { operatorChatId: options.operatorChatId }),
      adminIds: new Set(options.adminIds ?? []),
      ...(options.retentionDays === undefined ? {} : { retentionDays: options.retentionDays }),
      ...(options.now ? { now: options.now } : {}),
      ...(root ? { root } : {}),
      ...(options.disk ? { disk: options.disk } : {}),
      ...(options.train ? { train: options.train } : {}),
    }));
    await emulator.waitForPolling();
  };
  const stopBot = async () => {
    if (runner?.isRunning()) await runner.stop();
    await app?.close();
    app = undefined;
  };
  await startBot();
  return {
    emulator,
    get app() {
      return app as App;
    },
    dataDir,
    root,
    stopBot,
    startBot,
    close: async () => {
      await stopBot();
      await emulator.stop();
      if (options.dataDir === undefined) await rm(dataDir, { recursive: true, force: true });
      if (options.copyContent && root) await rm(root, { recursive: true, force: true });
    },
  };
}

let nextUserId = 1000;
export function citizen(first_name: string, language_code = "it"): TestUser {
  nextUserId += 1;
  return { id: nextUserId, first_name, language_code };
}

/**
 * A harness for a file of stories: started before them (with the operators' groups it is
 * given), closed after them. Read its fields inside the stories, once it has started.
 */
export function useHarness(options: HarnessOptions & { groups?: TestGroup[] } = {}): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness(options);
    for (const group of options.groups ?? []) current.emulator.addGroup(group);
  });
  afterAll(async () => {
    await current?.close();
  });
  const started = () => {
    if (current === undefined) throw new Error("the harness starts before the stories");
    return current;
  };
  return {
    get emulator() {
      return started().emulator;
    },
    get app() {
      return started().app;
    },
    get dataDir() {
      return started().dataDir;
    },
    get root() {
      return started().root;
    },
    stopBot: () => started().stopBot(),
    startBot: () => started().startBot(),
    close: () => started().close(),
  };
}
