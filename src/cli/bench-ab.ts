import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { BotApiEmulator } from "../emulator/bot-api-emulator.js";
import { emulatorFor, startBot } from "./bench-bot.js";
import { calibrate, progress, SCRIPTS } from "./bench-citizens.js";
import {
  type Contender,
  MEASURED_ROUNDS,
  ratioByRound,
  type Saturated,
  saturatedInTurns,
} from "./bench-cpu.js";
import type { MeasuredProcess } from "./bench-ipc.js";
import { idle, offered } from "./bench-latency.js";
import { median, percentile } from "./stats.js";

/** The offered load whose first-reply latency is compared, and how many turns of it. */
const OFFERED_RATE = 100;
const OFFERED_TURNS = 3;

/** One WeMi bot to compare: another checkout's build (`root`), or this one with `env`. */
export interface Variant {
  readonly name: string;
  readonly root?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * Two variants of the WeMi bot and the echo bot in one run, their saturated rounds in turns
 * (the bench's own method: see saturatedInTurns), so that the machine's load falls on all
 * alike: whether a change moved the CPU per update, where two separate bench runs differ by
 * more than the change. Then the first reply's latency at OFFERED_RATE updates/s, in turns
 * as well (each from an idle bot), and each bot's RSS after a full collection.
 */
export async function compareInTurns(variants: readonly [Variant, Variant]): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), "wemi-bench-ab-"));
  const emulators: BotApiEmulator[] = [];
  const bots: MeasuredProcess[] = [];
  try {
    const scripts = SCRIPTS.map(([need, place]) => [need, place]);
    const contenders: Contender[] = [];
    for (const [i, { name, root, env }] of variants.entries()) {
      const emulator = await emulatorFor();
      emulators.push(emulator);
      const bot = await startBot(emulator, "bench-target", join(dataDir, `wemi-${i}`), root, env);
      bots.push(bot);
      const answers: number[][] = [];
      for (const script of scripts) answers.push((await calibrate(emulator, script)).answers);
      contenders.push({ name, emulator, bot, scripts, answers });
    }
    const emulator = await emulatorFor();
    emulators.push(emulator);
    const echo = await startBot(emulator, "bench-echo", join(dataDir, "echo"));
    bots.push(echo);
    const ones = scripts.map((script) => script.map(() => 1));
    contenders.push({ name: "echo", emulator, bot: echo, scripts, answers: ones });
    progress("both variants and the echo bot calibrated; saturated rounds in turns");
    const loadBefore = loadavg()[0] as number;
    const [a, b, yardstick] = (await saturatedInTurns(contenders)) as [
      Saturated,
      Saturated,
      Saturated,
    ];
    const firstReplies = contenders.map(() => ({ p50: [] as number[], p99: [] as number[] }));
    for (let turn = 0; turn < OFFERED_TURNS; turn++) {
      for (const [i, { emulator, bot, scripts, answers }] of contenders.entries()) {
        await idle(bot);
        const { first } = await offered(emulator, OFFERED_RATE, scripts, answers);
        firstReplies[i]?.p50.push(percentile(first, 50));
        firstReplies[i]?.p99.push(percentile(first, 99));
      }
    }
    const loadAfter = loadavg()[0] as number;
    progress("latency measured; memory after a full collection");
    const rss: number[] = [];
    for (const bot of bots) rss.push((await bot.rssAfterGc()) / 2 ** 20);

    const byRound = (x: Saturated, y: Saturated) => {
      const r = ratioByRound(x, y);
      return `median x${r.median.toFixed(3)} (middle half x${r.lowerQuartile.toFixed(3)}-x${r.upperQuartile.toFixed(3)})`;
    };
    const ms = (values: readonly number[]) =>
      `${median(values).toFixed(1)} ms (turns ${values.map((v) => v.toFixed(1)).join(" ")})`;
    const line = (name: string, s: Saturated, i: number) => [
      `  ${name}: ${s.cpuPerUpdate.toFixed(3)} ms CPU/update, ${(s.bytesPerUpdate / 1024).toFixed(0)} KB allocated/update${s === yardstick ? "" : `; against echo, round by round ${byRound(s, yardstick)}`}`,
      `    first reply at ${OFFERED_RATE} updates/s p50 ${ms(firstReplies[i]?.p50 ?? [])}, p99 ${ms(firstReplies[i]?.p99 ?? [])}; RSS after a full collection ${rss[i]?.toFixed(1)} MB`,
    ];
    return [
      `${MEASURED_ROUNDS} saturated rounds each in turns, then ${OFFERED_TURNS} turns at ${OFFERED_RATE} updates/s; machine load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
      ...line(variants[0].name, a, 0),
      ...line(variants[1].name, b, 1),
      ...line("echo", yardstick, 2),
      `  ${variants[1].name} / ${variants[0].name}, round by round: ${byRound(b, a)}`,
    ];
  } finally {
    for (const bot of bots) await bot.stop();
    for (const emulator of emulators) await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
