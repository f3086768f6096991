import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { BotApiEmulator } from "../emulator/bot-api-emulator.js";
import { prefill } from "./bench-handoff.js";
import { startCommand } from "./bench-ipc.js";
import {
  prefillChats,
  type Started,
  sleep,
  startTimed,
  stopTree,
  treeMemory,
} from "./bench-startup.js";
import { mb, median } from "./stats.js";

const STORED = 100_000;
const IDLE_AFTER_MS = 3_000;

interface Figures {
  idleTree: number[];
  answered: number[];
  peak: number[];
}

/**
 * Start-up and idle memory of several builds (repository roots, each built), interleaved
 * round by round so that the machine's load falls on all alike: the idle `npm start` tree,
 * and the first answer and peak RSS with 100,000 stored requests and chats (each build on its
 * own copy of the same data). `node dist/cli/bench-startup-ab.js <rounds> <root>...`
 */
async function compare(roots: readonly string[], rounds: number): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "wemi-bench-ab-"));
  const emulator = new BotApiEmulator({ token: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" });
  await emulator.start();
  try {
    // BENCH_AB_DATA: a data folder prefilled before (by this bench's prefill), kept between runs.
    const big = process.env.BENCH_AB_DATA ?? join(dir, "big");
    if (process.env.BENCH_AB_DATA === undefined) {
      await prefill(join(big, "handoffs", "requests.jsonl"), STORED, true);
      await prefillChats(big, STORED);
    }
    const figures = roots.map((): Figures => ({ idleTree: [], answered: [], peak: [] }));
    const startBig = async (root: string, i: number) => {
      const asStarted = startCommand(root);
      const args = [...asStarted.flags, join(root, asStarted.program)];
      const env = { ...asStarted.env, DATA_DIR: join(dir, `big-${i}`) };
      return startTimed(emulator, process.execPath, args, env, true, root);
    };
    // Each build its own copy, and one start not counted (caches, the page cache).
    for (const [i, root] of roots.entries()) {
      await cp(big, join(dir, `big-${i}`), { recursive: true });
      await stopTree((await startBig(root, i)).child);
    }
    for (let round = 0; round < rounds; round++) {
      // Alternate which build goes first.
      const order = roots.map((_, i) => i);
      if (round % 2 === 1) order.reverse();
      for (const i of order) {
        const root = roots[i] as string;
        const mine = figures[i] as Figures;
        const idle: Started = await startTimed(
          emulator,
          "npm",
          ["start", "-s"],
          { DATA_DIR: join(dir, `idle-${i}-${round}`) },
          true,
          root,
        );
        await sleep(IDLE_AFTER_MS);
        mine.idleTree.push(await treeMemory(idle.child.pid as number, "VmRSS"));
        await stopTree(idle.child);
        const loaded = await startBig(root, i);
        mine.answered.push(loaded.answered ?? 0);
        await sleep(IDLE_AFTER_MS);
        mine.peak.push(await treeMemory(loaded.child.pid as number, "VmHWM"));
        await stopTree(loaded.child);
      }
      process.stderr.write(`round ${round + 1}/${rounds}\n`);
    }
    const list = (values: number[], format: (n: number) => string) =>
      `${values.map(format).join(" ")} (median ${format(median(values))})`;
    const ms = (n: number) => `${n.toFixed(0)}`;
    const size = (n: number) => mb(n).replace(" MB", "");
    return roots.flatMap((root, i) => {
      const mine = figures[i] as Figures;
      return [
        root,
        `  idle npm start tree, MB: ${list(mine.idleTree, size)}`,
        `  ${STORED.toLocaleString("en")} requests and chats: first answer, ms: ${list(mine.answered, ms)}`,
        `  ${STORED.toLocaleString("en")} requests and chats: peak, MB: ${list(mine.peak, size)}`,
      ];
    });
  } finally {
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const [rounds, ...roots] = process.argv.slice(2);
for (const line of await compare(
  roots.map((root) => resolve(root)),
  Number(rounds ?? 3),
))
  console.log(line);
