import type { BotApiEmulator } from "../emulator/bot-api-emulator.js";
import {
  type Answers,
  citizensFor,
  drive,
  progress,
  type RoundResult,
  type Scripts,
} from "./bench-citizens.js";
import type { MeasuredProcess } from "./bench-ipc.js";
import { median, percentile } from "./stats.js";

/**
 * CPU per update, the same for both bots: WARM_UP_ROUNDS unmeasured saturated rounds of
 * CITIZENS, then the median of MEASURED_ROUNDS. The WeMi bot's CPU per update kept falling for
 * about 5 rounds (2.3 ms in the first, about 0.9 from the fifth; the echo bot's from the third)
 * while the JIT compiled its hot path: the former 100-citizen warm-up measured that compiling.
 * A settling rule (rounds agreeing within 5%) was tried and never met on a loaded machine.
 * Measured rounds: 15, not 7. With 7 the ratio's round-by-round median moved between x2.45
 * and x3.81 over six runs of the same code at load 3-10 (other work on the 2 cores): a
 * round is half a second, and one burst of someone else's work weighs on a median of 7.
 */
/** Citizens in each saturated round, all writing at once. */
export const CITIZENS = 500;
export const WARM_UP_ROUNDS = 8;
export const MEASURED_ROUNDS = 15;

/** A bot under saturated rounds: its emulator, its process, what its citizens write. */
export interface Contender {
  readonly name: string;
  readonly emulator: BotApiEmulator;
  readonly bot: MeasuredProcess;
  readonly scripts: Scripts;
  readonly answers: Answers;
}

export interface Saturated {
  readonly rate: number;
  readonly cpuPerUpdate: number;
  /** Each measured round's CPU per update, in the order run. */
  readonly cpuByRound: readonly number[];
  /** Of cpuPerUpdate, the main thread's (JavaScript, and the collector's share there). */
  readonly mainPerUpdate: number | undefined;
  /** Bytes allocated on V8's heap per update (median of rounds): load does not change it. */
  readonly bytesPerUpdate: number;
  readonly p50: number;
  readonly p99: number;
}

type CpuTimes = Awaited<ReturnType<MeasuredProcess["cpuTimes"]>>;

interface CpuRound extends RoundResult {
  readonly cpuPerUpdate: number;
  readonly mainPerUpdate: number;
  readonly bytesPerUpdate: number;
  /** The collector's pauses of the main thread, in ms per update; full collections. */
  readonly gcPausePerUpdate: number;
  readonly fullCollections: number;
}

/** A round's figures from its bot's readings at its start and at the start of its next. */
function perUpdate(round: RoundResult, before: CpuTimes, after: CpuTimes): CpuRound {
  const updates = round.latencies.length;
  return {
    ...round,
    cpuPerUpdate: (after.cpuMs - before.cpuMs) / updates,
    mainPerUpdate: ((after.mainMs ?? Number.NaN) - (before.mainMs ?? Number.NaN)) / updates,
    bytesPerUpdate: (after.allocatedBytes - before.allocatedBytes) / updates,
    gcPausePerUpdate: (after.gcPauseMs - before.gcPauseMs) / updates,
    fullCollections: after.fullCollections - before.fullCollections,
  };
}

const fixed = (values: readonly number[], digits = 2) =>
  values.map((value) => value.toFixed(digits)).join(" ");

/**
 * The bots' saturated rounds (every citizen at once, as fast as the bot answers), taking
 * turns: a round of each, then again. The machine's load moves over a run (other work
 * starts and stops), and in turns it weighs on every bot alike, where one bot's rounds after
 * the other's could meet a quiet machine and the other a busy one. A round's CPU is its
 * bot's from the start of the round to the start of its next one: what the round left it
 * to do (profiles written behind) is done meanwhile and counted with it, as when one bot's
 * rounds followed each other. Each bot runs one round more than it measures, for that.
 */
export async function saturatedInTurns(contenders: readonly Contender[]): Promise<Saturated[]> {
  const readings = contenders.map((): CpuTimes[] => []);
  const rounds = contenders.map((): RoundResult[] => []);
  for (let round = 0; round <= WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
    for (const [i, { emulator, bot, scripts, answers }] of contenders.entries()) {
      readings[i]?.push(await bot.cpuTimes());
      rounds[i]?.push(await drive(emulator, citizensFor(CITIZENS, scripts, answers)));
    }
  }
  return contenders.map(({ name }, i) => {
    const read = readings[i] as CpuTimes[];
    const all = (rounds[i] as RoundResult[])
      .slice(0, -1)
      .map((round, r) => perUpdate(round, read[r] as CpuTimes, read[r + 1] as CpuTimes));
    const measured = all.slice(WARM_UP_ROUNDS);
    progress(
      `${name} warm-up CPU/update by round: ${fixed(all.slice(0, WARM_UP_ROUNDS).map((r) => r.cpuPerUpdate))}`,
    );
    progress(
      `${name} measured CPU/update by round: ${fixed(measured.map((r) => r.cpuPerUpdate))}; KB allocated/update: ${fixed(
        measured.map((r) => r.bytesPerUpdate / 1024),
        0,
      )}; GC pause ms/update: ${fixed(measured.map((r) => r.gcPausePerUpdate))}; full collections: ${measured.map((r) => r.fullCollections).join(" ")}`,
    );
    const main = median(measured.map((r) => r.mainPerUpdate));
    return {
      rate: median(measured.map((r) => r.updatesPerSecond)),
      cpuPerUpdate: median(measured.map((r) => r.cpuPerUpdate)),
      cpuByRound: measured.map((r) => r.cpuPerUpdate),
      mainPerUpdate: Number.isNaN(main) ? undefined : main,
      bytesPerUpdate: median(measured.map((r) => r.bytesPerUpdate)),
      p50: median(measured.map((r) => percentile(r.latencies, 50))),
      p99: median(measured.map((r) => percentile(r.latencies, 99))),
    };
  });
}

/**
 * One bot's CPU per update against another's, round by round (rounds taken in turns): the
 * median ratio, its middle half (quartiles) and its lowest and highest, so that one lucky
 * round pair does not decide.
 */
export function ratioByRound(
  bot: Saturated,
  yardstick: Saturated,
): {
  median: number;
  lowerQuartile: number;
  upperQuartile: number;
  lowest: number;
  highest: number;
} {
  const ratios = bot.cpuByRound.map((ms, r) => ms / (yardstick.cpuByRound[r] as number));
  const sorted = [...ratios].sort((a, b) => a - b);
  return {
    median: median(sorted),
    lowerQuartile: percentile(sorted, 25),
    upperQuartile: percentile(sorted, 75),
    lowest: sorted[0] as number,
    highest: sorted.at(-1) as number,
  };
}
