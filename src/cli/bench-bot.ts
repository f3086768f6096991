import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BotApiEmulator, type TestUser } from "../emulator/bot-api-emulator.js";
import { MeasuredProcess } from "./bench-ipc.js";
import { median, percentile } from "./stats.js";

const CITIZENS = 500;
/** measure(): a warm-up of this many citizens, then ROUNDS rounds. */
const WARM_UP_CITIZENS = 100;
const ROUNDS = 3;
/**
 * CPU per update, the same for both bots: WARM_UP_ROUNDS unmeasured saturated rounds of
 * CITIZENS, then the median of MEASURED_ROUNDS. The WeMi bot's CPU per update kept falling for
 * about 5 rounds (2.3 ms in the first, about 0.9 from the fifth; the echo bot's from the third)
 * while the JIT compiled its hot path: the former 100-citizen warm-up measured that compiling.
 * A settling rule (rounds agreeing within 5%) was tried and never met on a loaded machine.
 */
const WARM_UP_ROUNDS = 8;
const MEASURED_ROUNDS = 7;
/** Offered loads (updates/s), each held for OFFERED_SECONDS. */
const OFFERED_RATES = [20, 50, 100];
const OFFERED_SECONDS = 8;
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
    const sent = () => emulator.sentMessages(user.id).length;
    emulator.sendText(user, line);
    // Counted from the first message of the answer: a getUpdates call before it (a loaded
    // machine) would end the step early and count its answer in the next one.
    await emulator.waitFor(() => sent() > before, 10_000, `an answer to "${line}"`);
    for (;;) {
      const seen = sent();
      try {
        await emulator.waitFor(() => sent() > seen, QUIET_MS);
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

interface Saturated {
  readonly rate: number;
  readonly cpuPerUpdate: number;
  /** The lowest and highest of the measured rounds' CPU per update. */
  readonly cpuSpread: readonly [number, number];
  /** Of cpuPerUpdate, the main thread's (JavaScript, and the collector's share there). */
  readonly mainPerUpdate: number | undefined;
  /** Bytes allocated on V8's heap per update (median of rounds): load does not change it. */
  readonly bytesPerUpdate: number;
  readonly p50: number;
  readonly p99: number;
}

/**
 * `count` citizens at once, as fast as the bot (or several instances) answers: throughput
 * and latency, median of rounds after a warm-up.
 */
export async function measure(
  emulator: BotApiEmulator,
  count: number,
  scripts: readonly (readonly string[])[],
  answers: readonly (readonly number[])[],
  timeoutMs: number,
): Promise<{ rate: number; p50: number; p99: number }> {
  await drive(emulator, citizensFor(WARM_UP_CITIZENS, scripts, answers), timeoutMs);
  const rounds: RoundResult[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    rounds.push(await drive(emulator, citizensFor(count, scripts, answers), timeoutMs));
  }
  return {
    rate: median(rounds.map((r) => r.updatesPerSecond)),
    p50: median(rounds.map((r) => percentile(r.latencies, 50))),
    p99: median(rounds.map((r) => percentile(r.latencies, 99))),
  };
}

type CpuRound = RoundResult & {
  cpuPerUpdate: number;
  mainPerUpdate: number;
  bytesPerUpdate: number;
  /** The collector's pauses of the main thread, in ms per update; full collections in the round. */
  gcPausePerUpdate: number;
  fullCollections: number;
};

/** One saturated round with the bot's CPU time and allocation read around it. */
async function cpuRound(
  emulator: BotApiEmulator,
  bot: MeasuredProcess,
  scripts: readonly (readonly string[])[],
  answers: readonly (readonly number[])[],
): Promise<CpuRound> {
  const before = await bot.cpuTimes();
  const result = await drive(emulator, citizensFor(CITIZENS, scripts, answers));
  const after = await bot.cpuTimes();
  const updates = result.latencies.length;
  return {
    ...result,
    cpuPerUpdate: (after.cpuMs - before.cpuMs) / updates,
    mainPerUpdate: ((after.mainMs ?? Number.NaN) - (before.mainMs ?? Number.NaN)) / updates,
    bytesPerUpdate: (after.allocatedBytes - before.allocatedBytes) / updates,
    gcPausePerUpdate: (after.gcPauseMs - before.gcPauseMs) / updates,
    fullCollections: after.fullCollections - before.fullCollections,
  };
}

/**
 * Every citizen at once, as fast as the bot answers: throughput and the bot's CPU per update,
 * medians of MEASURED_ROUNDS after WARM_UP_ROUNDS (each round's figure goes to stderr).
 */
async function saturated(
  emulator: BotApiEmulator,
  bot: MeasuredProcess,
  name: string,
  scripts: readonly (readonly string[])[],
  answers: readonly (readonly number[])[],
): Promise<Saturated> {
  const warmUp: number[] = [];
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    warmUp.push((await cpuRound(emulator, bot, scripts, answers)).cpuPerUpdate);
  }
  progress(`${name} warm-up CPU/update by round: ${warmUp.map((ms) => ms.toFixed(2)).join(" ")}`);
  const rounds: CpuRound[] = [];
  for (let round = 0; round < MEASURED_ROUNDS; round++) {
    rounds.push(await cpuRound(emulator, bot, scripts, answers));
  }
  progress(
    `${name} measured CPU/update by round: ${rounds.map((r) => r.cpuPerUpdate.toFixed(2)).join(" ")}; KB allocated/update: ${rounds.map((r) => (r.bytesPerUpdate / 1024).toFixed(0)).join(" ")}; GC pause ms/update: ${rounds.map((r) => r.gcPausePerUpdate.toFixed(2)).join(" ")}; full collections: ${rounds.map((r) => r.fullCollections).join(" ")}`,
  );
  const cpu = rounds.map((r) => r.cpuPerUpdate).sort((a, b) => a - b);
  const main = median(rounds.map((r) => r.mainPerUpdate));
  return {
    rate: median(rounds.map((r) => r.updatesPerSecond)),
    cpuPerUpdate: median(cpu),
    cpuSpread: [cpu[0] as number, cpu.at(-1) as number],
    mainPerUpdate: Number.isNaN(main) ? undefined : main,
    bytesPerUpdate: median(rounds.map((r) => r.bytesPerUpdate)),
    p50: median(rounds.map((r) => percentile(r.latencies, 50))),
    p99: median(rounds.map((r) => percentile(r.latencies, 99))),
  };
}

interface Offered {
  readonly rate: number;
  /** Update queued -> first message of its answer; update queued -> last one. */
  readonly first: readonly number[];
  readonly full: readonly number[];
}

/**
 * A steady offered load: one update every 1000/rate ms whatever the bot's pace (an open
 * loop, as citizens do not wait for each other). Each update is the next line of a citizen
 * whose previous answer is complete, or a new citizen's need.
 */
async function offered(
  emulator: BotApiEmulator,
  rate: number,
  scripts: readonly (readonly string[])[],
  answers: readonly (readonly number[])[],
): Promise<Offered> {
  interface Pending {
    citizen: Citizen;
    step: number;
    received: number;
    queuedAt: number;
  }
  const total = rate * OFFERED_SECONDS;
  const fresh = citizensFor(total, scripts, answers);
  const ready: Pending[] = [];
  const inChat = new Map<number, Pending>();
  const first: number[] = [];
  const full: number[] = [];
  let cursor = emulator.calls.length;
  let sent = 0;
  const started = performance.now();
  const sendNext = () => {
    const next = ready.shift() ?? {
      citizen: fresh.shift() as Citizen,
      step: 0,
      received: 0,
      queuedAt: 0,
    };
    next.queuedAt = performance.now();
    next.received = 0;
    inChat.set(next.citizen.user.id, next);
    emulator.sendText(next.citizen.user, next.citizen.lines[next.step] as string);
    sent++;
    if (sent < total) setTimeout(sendNext, started + (sent * 1000) / rate - performance.now());
  };
  sendNext();
  const allAnswered = () => {
    const calls = emulator.calls;
    for (; cursor < calls.length; cursor++) {
      const call = calls[cursor];
      if (!call?.ok || !DELIVERING.has(call.method.toLowerCase())) continue;
      const pending = inChat.get(chatIdOf(call.params));
      if (!pending) continue;
      const elapsed = performance.now() - pending.queuedAt;
      if (pending.received++ === 0) first.push(elapsed);
      if (pending.received < (pending.citizen.answers[pending.step] as number)) continue;
      full.push(elapsed);
      inChat.delete(pending.citizen.user.id);
      pending.step += 1;
      if (pending.step < pending.citizen.lines.length) ready.push(pending);
    }
    return sent === total && full.length === total;
  };
  await emulator.waitFor(allAnswered, ROUND_TIMEOUT_MS + OFFERED_SECONDS * 1000, `${rate}/s`);
  return {
    rate,
    first: first.sort((a, b) => a - b),
    full: full.sort((a, b) => a - b),
  };
}

/** A bot counts as idle once it used less than this share of a core over IDLE_CHECK_MS. */
const IDLE_SHARE = 0.05;
const IDLE_CHECK_MS = 500;
const IDLE_WAIT_MAX_MS = 60_000;

/**
 * Waits until the bot has finished what the saturated rounds left it to do (profiles written
 * behind, up to 5 s after their change, 16 at a time), so that an offered load is measured
 * from a quiet bot, not on top of that backlog. The longer CPU warm-up leaves more of it.
 */
async function idle(bot: MeasuredProcess): Promise<number> {
  const started = performance.now();
  let last = await bot.cpuMs();
  while (performance.now() - started < IDLE_WAIT_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_CHECK_MS));
    const now = await bot.cpuMs();
    if (now - last < IDLE_SHARE * IDLE_CHECK_MS) break;
    last = now;
  }
  return performance.now() - started;
}

/** Starts one of the bench's bots against the emulator and waits until it long-polls. */
async function startBot(
  emulator: BotApiEmulator,
  program: "bench-target" | "bench-echo",
  dataDir: string,
): Promise<MeasuredProcess> {
  // The previous bot's long poll ends when its connection closes (or times out).
  for (let i = 0; i < 100 && emulator.isPolling; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const bot = await MeasuredProcess.start(program, ["online"], {
    BOT_TOKEN: emulator.token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    DATA_DIR: dataDir,
  });
  await emulator.waitForPolling(30_000);
  return bot;
}

/** The bench's own progress, on stderr: its figures stay alone on stdout. */
export const progress = (step: string) => process.stderr.write(`bench: ${step}\n`);

const fmt = (value: number) => `${value.toFixed(1)} ms`;
/** How a bot's CPU per update splits between its main thread and the others. */
const threads = ({ cpuPerUpdate, mainPerUpdate }: Saturated) =>
  mainPerUpdate === undefined
    ? ""
    : ` (main thread ${mainPerUpdate.toFixed(2)}, other threads ${(cpuPerUpdate - mainPerUpdate).toFixed(2)})`;
const latency = (sorted: readonly number[]) =>
  `p50 ${fmt(percentile(sorted, 50))} p99 ${fmt(percentile(sorted, 99))}`;

/**
 * The WeMi bot against a bare grammY echo bot, each alone in a child process driven through
 * the Bot API emulator (HTTP on 127.0.0.1): CPU per update, throughput, and (unless
 * `cpuOnly`, the bench's `cpu` section) latency at offered loads.
 */
export async function benchBot({ cpuOnly = false } = {}): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), "wemi-bench-bot-"));
  const emulator = new BotApiEmulator();
  await emulator.start();
  let bot: MeasuredProcess | undefined;
  try {
    bot = await startBot(emulator, "bench-target", dataDir);
    const scripts = SCRIPTS.map(([need, place]) => [need, place]);
    const calibrated: number[][] = [];
    for (const script of scripts) {
      const { answers, last } = await calibrate(emulator, script);
      if (!last.includes("venue"))
        throw new Error(`"${script.join('" then "')}" ends without a space: ${last.join(" | ")}`);
      calibrated.push(answers);
    }
    progress("WeMi bot calibrated; saturated rounds");
    const wemi = await saturated(emulator, bot, "WeMi", scripts, calibrated);
    const wemiOffered: Offered[] = [];
    for (const rate of cpuOnly ? [] : OFFERED_RATES) {
      const waited = await idle(bot);
      progress(
        `WeMi bot at ${rate} updates/s (after ${(waited / 1000).toFixed(1)} s for it to be idle)`,
      );
      wemiOffered.push(await offered(emulator, rate, scripts, calibrated));
    }
    await bot.stop();
    progress("echo bot");

    bot = await startBot(emulator, "bench-echo", dataDir);
    const ones = scripts.map((script) => script.map(() => 1));
    const echo = await saturated(emulator, bot, "echo", scripts, ones);
    const echoOffered = cpuOnly
      ? undefined
      : await idle(bot).then(() =>
          offered(emulator, OFFERED_RATES.at(-1) as number, scripts, ones),
        );
    await bot.stop();

    const perCitizen = calibrated.map((answers) => answers.join("+")).join(", ");
    const ratio = (a: number, b: number) => `x${(a / b).toFixed(2)}`;
    const cpu = (s: Saturated) =>
      `${s.cpuPerUpdate.toFixed(2)} ms CPU/update (rounds ${s.cpuSpread[0].toFixed(2)}-${s.cpuSpread[1].toFixed(2)})${threads(s)}, ${(s.bytesPerUpdate / 1024).toFixed(0)} KB allocated/update`;
    return [
      "bots in their own process, through the Bot API emulator (HTTP on 127.0.0.1): WeMi as npm start runs it, echo with the runner's defaults",
      `  saturated: ${CITIZENS} citizens at once, a need then a place after the answer; CPU = the bot process's user+system time`,
      `  CPU, the same method for both bots: ${WARM_UP_ROUNDS} unmeasured rounds (the JIT settles), then the median of ${MEASURED_ROUNDS} rounds (lowest-highest beside it)`,
      `  WeMi bot:    ${cpu(wemi)}, ${wemi.rate.toFixed(0)} updates/s (p50 ${fmt(wemi.p50)}, p99 ${fmt(wemi.p99)})`,
      `  grammY echo: ${cpu(echo)}, ${echo.rate.toFixed(0)} updates/s (p50 ${fmt(echo.p50)}, p99 ${fmt(echo.p99)})`,
      "  (other threads: V8's parallel and concurrent garbage collection and compiler, libuv's file system pool)",
      `  WeMi/echo:   CPU/update ${ratio(wemi.cpuPerUpdate, echo.cpuPerUpdate)}, throughput ${ratio(wemi.rate, echo.rate)}`,
      ...(echoOffered
        ? [
            `  offered load, ${OFFERED_SECONDS} s each, each once the bot is idle (bot messages per line: ${perCitizen}); update queued -> first message / last message of its answer:`,
            ...wemiOffered.map(
              (o) =>
                `  WeMi ${o.rate} updates/s: first reply ${latency(o.first)}; full answer ${latency(o.full)}`,
            ),
            `  echo ${echoOffered.rate} updates/s: reply ${latency(echoOffered.first)}`,
          ]
        : []),
    ];
  } finally {
    await bot?.stop();
    await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchBot({ cpuOnly: process.argv[2] === "cpu" })) console.log(line);
}
