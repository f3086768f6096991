import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type RunnerHandle, run } from "@grammyjs/runner";
import { Bot } from "grammy";
import { destination } from "pino";
import { type App, createApp } from "../app.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { BotApiEmulator, type TestUser } from "../emulator/bot-api-emulator.js";
import { createLogger } from "../logging/index.js";
import { mb, median, percentile } from "./stats.js";

export const CITIZENS = 1000;
const WARM_UP_CITIZENS = 100;
const ROUNDS = 3;
const COLD_STARTS = 3;
/** Far above any round seen; a round that needs it has lost answers, and the bench says so. */
const ROUND_TIMEOUT_MS = 30_000;
/** How long the bot must stay silent before a calibration step counts as answered. */
const QUIET_MS = 300;

/** A need, then where the citizen lives: the orientation every citizen goes through. */
export const SCRIPTS: ReadonlyArray<readonly [need: string, place: string]> = [
  ["mia madre ha 87 anni e non riesce più a stare da sola", "Quarto Oggiaro"],
  ["cerco una colf per le pulizie di casa", "Niguarda"],
  ["mi serve una baby sitter per mio figlio", "Municipio 5"],
  ["vorrei i pasti a domicilio per mio padre", "Lorenteggio"],
];

/** Bot API methods that put a message in the chat. */
const DELIVERING = new Set(["sendmessage", "sendvenue", "sendlocation", "sendphoto"]);

interface Citizen {
  readonly user: TestUser;
  readonly lines: readonly string[];
  /** How many messages the bot sends in answer to each line. */
  readonly answers: readonly number[];
}

interface RoundResult {
  readonly updatesPerSecond: number;
  /** Per update: from queued in the emulator to the last message of its answer, in ms. */
  readonly latencies: readonly number[];
}

let nextUserId = 5_000_000;
const newUser = (): TestUser => ({
  id: nextUserId++,
  first_name: "Cittadino",
  language_code: "it",
});

const chatIdOf = (params: Record<string, unknown>) => Number(params.chat_id);

/**
 * Drives every citizen at once: all send their first line together, and each sends the next
 * line as soon as the whole answer to the previous one has arrived.
 */
async function drive(
  emulator: BotApiEmulator,
  citizens: readonly Citizen[],
  timeoutMs = ROUND_TIMEOUT_MS,
): Promise<RoundResult> {
  const progress = new Map(
    citizens.map((citizen) => [
      citizen.user.id,
      { citizen, step: 0, received: 0, queuedAt: Number.NaN },
    ]),
  );
  const latencies: number[] = [];
  let cursor = emulator.calls.length;
  let finished = 0;
  const send = (state: { citizen: Citizen; step: number; queuedAt: number }) => {
    state.queuedAt = performance.now();
    emulator.sendText(state.citizen.user, state.citizen.lines[state.step] as string);
  };

  const started = performance.now();
  for (const state of progress.values()) send(state);
  // Runs after every Bot API call the bot makes; only the calls since the last run are read.
  const allAnswered = () => {
    const calls = emulator.calls;
    for (; cursor < calls.length; cursor++) {
      const call = calls[cursor];
      if (!call?.ok || !DELIVERING.has(call.method.toLowerCase())) continue;
      const state = progress.get(chatIdOf(call.params));
      if (!state) continue;
      state.received += 1;
      if (state.received < (state.citizen.answers[state.step] as number)) continue;
      latencies.push(performance.now() - state.queuedAt);
      state.step += 1;
      state.received = 0;
      if (state.step < state.citizen.lines.length) setImmediate(() => send(state));
      else finished += 1;
    }
    return finished === citizens.length;
  };
  await emulator.waitFor(
    allAnswered,
    timeoutMs,
    `waiting for ${citizens.length} citizens to get all their answers`,
  );
  const elapsed = performance.now() - started;
  return {
    updatesPerSecond: (latencies.length / elapsed) * 1000,
    latencies: latencies.sort((a, b) => a - b),
  };
}

/** How many messages answer each line of a script, learnt from one citizen alone. */
export async function calibrate(
  emulator: BotApiEmulator,
  lines: readonly string[],
): Promise<{ answers: number[]; last: string[] }> {
  const user = newUser();
  const answers: number[] = [];
  for (const line of lines) {
    const before = emulator.sentMessages(user.id).length;
    const calls = emulator.calls.length;
    emulator.sendText(user, line);
    await emulator.waitFor(() => emulator.calls.length > calls, 10_000, `an answer to "${line}"`);
    for (;;) {
      const seen = emulator.calls.length;
      try {
        await emulator.waitFor(() => emulator.calls.length > seen, QUIET_MS);
      } catch {
        break;
      }
    }
    answers.push(emulator.sentMessages(user.id).length - before);
  }
  const last = emulator
    .sentMessages(user.id)
    .slice(-(answers.at(-1) ?? 0))
    .map((m) => (m.venue ? "venue" : (m.text ?? "")));
  return { answers, last };
}

function citizensFor(
  count: number,
  scripts: readonly (readonly string[])[],
  answers: readonly (readonly number[])[],
): Citizen[] {
  return Array.from({ length: count }, (_, i) => ({
    user: newUser(),
    lines: scripts[i % scripts.length] as readonly string[],
    answers: answers[i % answers.length] as readonly number[],
  }));
}

export async function measure(
  emulator: BotApiEmulator,
  scripts: readonly (readonly string[])[],
  answers: readonly (readonly number[])[],
  /** Per round; slower set-ups (a database on a loaded machine) may need more. */
  timeoutMs = ROUND_TIMEOUT_MS,
): Promise<{ rate: number; p50: number; p99: number }> {
  await drive(emulator, citizensFor(WARM_UP_CITIZENS, scripts, answers), timeoutMs);
  const rounds: RoundResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    rounds.push(await drive(emulator, citizensFor(CITIZENS, scripts, answers), timeoutMs));
  }
  return {
    rate: median(rounds.map((r) => r.updatesPerSecond)),
    p50: median(rounds.map((r) => percentile(r.latencies, 50))),
    p99: median(rounds.map((r) => percentile(r.latencies, 99))),
  };
}

/** New process: `tsx src/cli/chat.ts`, from spawn to the first bot message on its stdout. */
function coldStart(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      join(PROJECT_ROOT, "node_modules", ".bin", "tsx"),
      [join(PROJECT_ROOT, "src", "cli", "chat.ts")],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
        stdio: ["pipe", "pipe", "ignore"],
      },
    );
    let output = "";
    let answeredAt: number | undefined;
    child.stdout.on("data", (chunk) => {
      output += chunk;
      if (answeredAt === undefined && output.includes("\nWeMi:\n")) {
        answeredAt = performance.now();
        child.stdin.end("/quit\n");
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (answeredAt === undefined || code !== 0)
        reject(new Error(`npm run chat exited with ${code} before answering:\n${output}`));
      else resolve(answeredAt - started);
    });
    child.stdin.write("/start\n");
  });
}

const fmt = (value: number) => `${value.toFixed(1)} ms`;

/** Throughput and latency of the real bot against a bare grammY echo bot, cold start, memory. */
export async function benchBot(): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), "wemi-bench-bot-"));
  const emulator = new BotApiEmulator();
  await emulator.start();
  let runner: RunnerHandle | undefined;
  let app: App | undefined;
  try {
    const logFile = join(dataDir, "bot.log");
    const logger = createLogger("info", destination({ dest: logFile, sync: true }));
    const appStart = performance.now();
    app = await createApp({
      token: emulator.token,
      apiRoot: emulator.apiRoot,
      botInfo: emulator.botInfo,
      dataDir,
      logger,
    });
    runner = await app.launch();
    await emulator.waitForPolling(10_000);
    const probe = newUser();
    emulator.sendText(probe, "/start");
    await emulator.nextBotMessage(probe.id, 10_000);
    const inProcessStart = performance.now() - appStart;

    const scripts = SCRIPTS.map(([need, place]) => [need, place]);
    const calibrated: number[][] = [];
    for (const script of scripts) {
      const { answers, last } = await calibrate(emulator, script);
      if (!last.includes("venue"))
        throw new Error(`"${script.join('" then "')}" ends without a space: ${last.join(" | ")}`);
      calibrated.push(answers);
    }
    const real = await measure(emulator, scripts, calibrated);
    await runner.stop();
    await app.close();
    app = undefined;
    const errors = (await readFile(logFile, "utf8"))
      .split("\n")
      .filter((line) => line.includes('"level":50')).length;

    const echo = new Bot(emulator.token, {
      botInfo: emulator.botInfo,
      client: { apiRoot: emulator.apiRoot },
    });
    echo.on("message:text", (ctx) => ctx.reply(ctx.message.text));
    runner = run(echo);
    await emulator.waitForPolling(10_000);
    const bare = await measure(
      emulator,
      scripts,
      scripts.map((script) => script.map(() => 1)),
    );
    await runner.stop();
    const rss = process.memoryUsage().rss;

    const colds: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) colds.push(await coldStart(join(dataDir, `cold-${i}`)));

    const perCitizen = calibrated.map((answers) => answers.join("+")).join(", ");
    return [
      "bot through the Bot API emulator (HTTP on 127.0.0.1, @grammyjs/runner defaults)",
      `  load: ${CITIZENS} citizens at once, each a need then a place after the answer (${CITIZENS * 2} updates); ${ROUNDS} rounds after a ${WARM_UP_CITIZENS}-citizen warm-up, medians of rounds`,
      `  latency: update queued in the emulator -> last message of its answer received (bot messages per line: ${perCitizen})`,
      `  WeMi bot:     ${real.rate.toFixed(0)} updates/s, p50 ${fmt(real.p50)}, p99 ${fmt(real.p99)}; errors logged: ${errors}`,
      `  grammY echo:  ${bare.rate.toFixed(0)} updates/s, p50 ${fmt(bare.p50)}, p99 ${fmt(bare.p99)}`,
      `  WeMi/echo:    throughput x${(real.rate / bare.rate).toFixed(2)}, p50 x${(real.p50 / bare.p50).toFixed(2)}, p99 x${(real.p99 / bare.p99).toFixed(2)}`,
      `  cold start, new process (tsx src/cli/chat.ts: spawn -> first answer to /start on stdout), median of ${COLD_STARTS}: ${fmt(median(colds))}`,
      `  cold start, in process (createApp + runner + first answer to /start): ${fmt(inProcessStart)}`,
      `  RSS after the run (this process: emulator holding every chat + both bots): ${mb(rss)}`,
    ];
  } finally {
    if (runner?.isRunning()) await runner.stop();
    await app?.close();
    await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchBot()) console.log(line);
}
