import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
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

/**
 * CPU per update of two builds of the WeMi bot (repository roots, each built) and the echo
 * bot, in one run, their saturated rounds in turns (the bench's own method: see
 * saturatedInTurns), so that the machine's load falls on all alike: whether a change moved
 * the CPU per update, where two separate bench runs differ by more than the change.
 * `node dist/cli/bench-cpu-ab.js <old root> <new root>`
 */
async function compare(roots: readonly [string, string]): Promise<string[]> {
  const dataDir = await mkdtemp(join(tmpdir(), "wemi-bench-cpu-ab-"));
  const emulators: BotApiEmulator[] = [];
  const bots: MeasuredProcess[] = [];
  try {
    const scripts = SCRIPTS.map(([need, place]) => [need, place]);
    const contenders: Contender[] = [];
    for (const [i, root] of roots.entries()) {
      const emulator = await emulatorFor();
      emulators.push(emulator);
      const bot = await startBot(emulator, "bench-target", join(dataDir, `wemi-${i}`), root);
      bots.push(bot);
      const answers: number[][] = [];
      for (const script of scripts) answers.push((await calibrate(emulator, script)).answers);
      contenders.push({ name: `WeMi ${i === 0 ? "old" : "new"}`, emulator, bot, scripts, answers });
    }
    const emulator = await emulatorFor();
    emulators.push(emulator);
    const echo = await startBot(emulator, "bench-echo", join(dataDir, "echo"));
    bots.push(echo);
    const ones = scripts.map((script) => script.map(() => 1));
    contenders.push({ name: "echo", emulator, bot: echo, scripts, answers: ones });
    progress("both builds and the echo bot calibrated; saturated rounds in turns");
    const loadBefore = loadavg()[0] as number;
    const [old, now, yardstick] = (await saturatedInTurns(contenders)) as [
      Saturated,
      Saturated,
      Saturated,
    ];
    const loadAfter = loadavg()[0] as number;
    const byRound = (a: Saturated, b: Saturated) => {
      const r = ratioByRound(a, b);
      return `median x${r.median.toFixed(3)} (middle half x${r.lowerQuartile.toFixed(3)}-x${r.upperQuartile.toFixed(3)})`;
    };
    const line = (name: string, s: Saturated) =>
      `  ${name}: ${s.cpuPerUpdate.toFixed(3)} ms CPU/update, ${(s.bytesPerUpdate / 1024).toFixed(0)} KB allocated/update; against echo, round by round ${byRound(s, yardstick)}`;
    return [
      `${MEASURED_ROUNDS} rounds each in turns; machine load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
      line(`old ${roots[0]}`, old),
      line(`new ${roots[1]}`, now),
      `  echo: ${yardstick.cpuPerUpdate.toFixed(3)} ms CPU/update`,
      `  new/old, round by round: ${byRound(now, old)}`,
    ];
  } finally {
    for (const bot of bots) await bot.stop();
    for (const emulator of emulators) await emulator.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const [old, now] = process.argv.slice(2);
if (old === undefined || now === undefined) {
  console.error("usage: node dist/cli/bench-cpu-ab.js <old root> <new root>");
  process.exit(2);
}
for (const line of await compare([resolve(old), resolve(now)])) console.log(line);
