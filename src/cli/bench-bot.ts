import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BotApiEmulator } from "../emulator/bot-api-emulator.js";
import { calibrate, progress, SCRIPTS } from "./bench-citizens.js";
import {
  CITIZENS,
  type Contender,
  MEASURED_ROUNDS,
  ratioByRound,
  type Saturated,
  saturatedInTurns,
  WARM_UP_ROUNDS,
} from "./bench-cpu.js";
import { MeasuredProcess } from "./bench-ipc.js";
import { idle, OFFERED_RATES, OFFERED_SECONDS, type Offered, offered } from "./bench-latency.js";
import { percentile } from "./stats.js";

// What other sections use of the citizens' driving, from where they have always found it.
export { calibrate, measure, progress, SCRIPTS } from "./bench-citizens.js";

/**
 * Starts one of the bench's bots against its emulator and waits until it long-polls; `root`:
 * from another checkout's build; `env`: settings of bench-target's own.
 */
export async function startBot(
  emulator: BotApiEmulator,
  program: "bench-target" | "bench-echo",
  dataDir: string,
  root?: string,
  env: NodeJS.ProcessEnv = {},
): Promise<MeasuredProcess> {
  const bot = await MeasuredProcess.start(
    program,
    ["online"],
    { ...env, BOT_TOKEN: emulator.token, TELEGRAM_API_ROOT: emulator.apiRoot, DATA_DIR: dataDir },
    root,
  );
  await emulator.waitForPolling(30_000);
  return bot;
}

/** Each bot with an emulator of its own, so that both can run at once and take turns. */
export async function emulatorFor(): Promise<BotApiEmulator> {
  const emulator = new BotApiEmulator();
  await emulator.start();
  return emulator;
}

const fmt = (value: number) => `${value.toFixed(1)} ms`;
/** How a bot's CPU per update splits between its main thread and the others. */
const threads = ({ cpuPerUpdate, mainPerUpdate }: Saturated) =>
  mainPerUpdate === undefined
    ? ""
    : ` (main thread ${mainPerUpdate.toFixed(2)}, other threads ${(cpuPerUpdate - mainPerUpdate).toFixed(2)})`;
const latency = (sorted: readonly number[]) =>
  `p50 ${fmt(percentile(sorted, 50))} p99 ${fmt(percentile(sorted, 99))}`;
const cpu = (s: Saturated) =>
  `${s.cpuPerUpdate.toFixed(2)} ms CPU/update (rounds ${Math.min(...s.cpuByRound).toFixed(2)}-${Math.max(...s.cpuByRound).toFixed(2)})${threads(s)}, ${(s.bytesPerUpdate / 1024).toFixed(0)} KB allocated/update`;
const ratio = (a: number, b: number) => `x${(a / b).toFixed(2)}`;

/**
 * The WeMi bot against a bare grammY echo bot, each alone in a child process driven through
 * a Bot API emulator of its own (HTTP on 127.0.0.1): CPU per update, throughput, and (unless
 * `cpuOnly`, the bench's `cpu` section) latency at offered loads.
 */
export async function benchBot({ cpuOnly = false } = {}): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), "wemi-bench-bot-"));
  const emulators = [await emulatorFor(), await emulatorFor()] as const;
  const [wemiEmulator, echoEmulator] = emulators;
  const bots: MeasuredProcess[] = [];
  try {
    const wemiBot = await startBot(wemiEmulator, "bench-target", dataDir);
    bots.push(wemiBot);
    const echoBot = await startBot(echoEmulator, "bench-echo", dataDir);
    bots.push(echoBot);
    const scripts = SCRIPTS.map(([need, place]) => [need, place]);
    const calibrated: number[][] = [];
    for (const script of scripts) {
      const { answers, last } = await calibrate(wemiEmulator, script);
      if (!last.includes("venue"))
        throw new Error(`"${script.join('" then "')}" ends without a space: ${last.join(" | ")}`);
      calibrated.push(answers);
    }
    const ones = scripts.map((script) => script.map(() => 1));
    progress("WeMi bot calibrated; saturated rounds, WeMi and echo in turns");
    const contenders: Contender[] = [
      { name: "WeMi", emulator: wemiEmulator, bot: wemiBot, scripts, answers: calibrated },
      { name: "echo", emulator: echoEmulator, bot: echoBot, scripts, answers: ones },
    ];
    const loadBefore = loadavg()[0] as number;
    const [wemi, echo] = (await saturatedInTurns(contenders)) as [Saturated, Saturated];
    const loadAfter = loadavg()[0] as number;
    const wemiOffered: Offered[] = [];
    let echoOffered: Offered | undefined;
    if (!cpuOnly) {
      for (const rate of OFFERED_RATES) {
        const waited = await idle(wemiBot);
        progress(
          `WeMi bot at ${rate} updates/s (after ${(waited / 1000).toFixed(1)} s for it to be idle)`,
        );
        wemiOffered.push(await offered(wemiEmulator, rate, scripts, calibrated));
      }
      await idle(echoBot);
      echoOffered = await offered(echoEmulator, OFFERED_RATES.at(-1) as number, scripts, ones);
    }

    const perCitizen = calibrated.map((answers) => answers.join("+")).join(", ");
    const byRound = ratioByRound(wemi, echo);
    return [
      "bots in their own process, each through a Bot API emulator of its own (HTTP on 127.0.0.1): WeMi as npm start runs it, echo with the runner's defaults",
      `  saturated: ${CITIZENS} citizens at once, a need then a place after the answer; CPU = the bot process's user+system time`,
      `  CPU, the same method for both bots, their rounds taken in turns: ${WARM_UP_ROUNDS} unmeasured rounds each (the JIT settles), then the median of ${MEASURED_ROUNDS} (lowest-highest beside it)`,
      `  WeMi bot:    ${cpu(wemi)}, ${wemi.rate.toFixed(0)} updates/s (p50 ${fmt(wemi.p50)}, p99 ${fmt(wemi.p99)})`,
      `  grammY echo: ${cpu(echo)}, ${echo.rate.toFixed(0)} updates/s (p50 ${fmt(echo.p50)}, p99 ${fmt(echo.p99)})`,
      "  (other threads: V8's parallel and concurrent garbage collection and compiler, libuv's file system pool)",
      `  WeMi/echo:   CPU/update ${ratio(wemi.cpuPerUpdate, echo.cpuPerUpdate)} (round by round x${byRound.lowest.toFixed(2)}-x${byRound.highest.toFixed(2)}, middle half x${byRound.lowerQuartile.toFixed(2)}-x${byRound.upperQuartile.toFixed(2)}, median x${byRound.median.toFixed(2)}), throughput ${ratio(wemi.rate, echo.rate)}`,
      `  machine load (1-minute average) ${loadBefore.toFixed(1)} before the rounds, ${loadAfter.toFixed(1)} after (2 cores: above 2, other work shared them)`,
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
    for (const bot of bots) await bot.stop();
    for (const emulator of emulators) await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchBot({ cpuOnly: process.argv[2] === "cpu" })) console.log(line);
}
