import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../config/paths.js";
import { BotApiEmulator } from "../emulator/bot-api-emulator.js";
import { JsonDirectoryStore } from "../storage/json-directory-store.js";
import { chatProfileSchema } from "../storage/profiles.js";
import { WrittenHours } from "../storage/written-hours.js";
import { progress } from "./bench-bot.js";
import { prefill } from "./bench-handoff.js";
import { MeasuredProcess, startCommand } from "./bench-ipc.js";
import { mb, median, ms, timed } from "./stats.js";

const COLD_STARTS = 3;
const CITIZEN_STEPS = [10_000, 100_000];
const STORED = 100_000;
/** Idle means after start-up's own work (the first retention sweep) has settled. */
const IDLE_AFTER_MS = 3_000;

const fmt = (value: number) => `${value.toFixed(0)} ms`;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A process and its descendants (npm -> node, or npm -> sh -> node), from /proc. */
async function processTree(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  const ids = children.split(" ").filter(Boolean).map(Number);
  return [pid, ...(await Promise.all(ids.map(processTree))).flat()];
}

/**
 * Sums a field (kB) over a process tree, in bytes: VmRSS or VmHWM of /proc/<pid>/status, or
 * Pss of /proc/<pid>/smaps_rollup (each shared page divided among the processes mapping it:
 * the node binary's ~44 MB, resident in both npm and the bot, counts once instead of twice).
 */
export async function treeMemory(pid: number, field: "VmRSS" | "VmHWM" | "Pss"): Promise<number> {
  const file = field === "Pss" ? "smaps_rollup" : "status";
  let total = 0;
  for (const id of await processTree(pid)) {
    const text = await readFile(`/proc/${id}/${file}`, "utf8").catch(() => "");
    total += Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) * 1024;
  }
  return total;
}

export interface Started {
  readonly child: ChildProcess;
  /** Spawn -> the bot long-polls; spawn -> its first answer to /start. */
  readonly polling: number;
  readonly answered?: number;
}

/** Spawns a bot against the emulator and times it until it polls (and answers /start). */
export async function startTimed(
  emulator: BotApiEmulator,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  answer: boolean,
  /** The repository whose build is started (another checkout, for an A/B). */
  root = PROJECT_ROOT,
): Promise<Started> {
  for (let i = 0; i < 100 && emulator.isPolling; i++) await sleep(20);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      BOT_TOKEN: emulator.token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so that npm and node stop together.
    detached: true,
  });
  await emulator.waitForPolling(60_000);
  const polling = performance.now() - started;
  if (!answer) return { child, polling };
  const citizen = { id: 900_000 + Math.floor(Math.random() * 1e5), first_name: "Prova" };
  emulator.sendText(citizen, "/start");
  await emulator.nextBotMessage(citizen.id, 60_000);
  return { child, polling, answered: performance.now() - started };
}

export async function stopTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-(child.pid as number), "SIGKILL");
  await exited;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The bot's default retention of preferences. */
const RETENTION_MS = 90 * DAY_MS;

/**
 * 100,000 chats as years of use would leave them: a stored profile each, and the retention
 * sweep's index of when they were written (as the bot's first sweep leaves it).
 */
export async function prefillChats(dataDir: string, chats: number): Promise<void> {
  const profiles = join(dataDir, "profiles");
  await mkdir(profiles, { recursive: true, mode: 0o700 });
  const profile = JSON.stringify({
    locale: "it",
    place: {
      municipio: 8,
      candidates: [8],
      outsideMilan: false,
      area: "QUARTO OGGIARO",
      point: { lat: 45.51, lon: 9.14 },
    },
  });
  for (let start = 0; start < chats; start += 1000) {
    await Promise.all(
      Array.from({ length: Math.min(1000, chats - start) }, (_, i) =>
        writeFile(join(profiles, `${100_000_000 + start + i}.json`), profile, { mode: 0o600 }),
      ),
    );
  }
  const keys = async () => Array.from({ length: chats }, (_, i) => String(100_000_000 + i));
  await (await new WrittenHours(join(profiles, ".written")).candidates(0, Date.now(), keys)).done();
}

/** One retention sweep of the preferences (nothing due), from the index then over every file. */
async function timeSweeps(profiles: string): Promise<string> {
  const sweep = () =>
    timed(() => new JsonDirectoryStore(profiles, chatProfileSchema).deleteOlderThan(RETENTION_MS));
  const indexed = await sweep();
  await rm(join(profiles, ".written"), { recursive: true });
  return `  retention sweep of ${STORED.toLocaleString("en")} chats' preferences, nothing due: ${ms(indexed)} from the index of hours written; ${ms(await sweep())} stat-ing every file (a folder older than the index, once)`;
}

/**
 * Start-up and memory: cold start of `npm start` (compiled) against the echo bot, RSS of the
 * npm start process tree at idle, RSS per citizen after a forced GC, start-up with a large
 * data directory.
 */
export async function benchStartup(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "wemi-bench-startup-"));
  // A token of Telegram's shape: npm start checks it.
  const emulator = new BotApiEmulator({ token: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" });
  await emulator.start();
  const lines = ["start-up and memory (new processes against the Bot API emulator)"];
  try {
    progress("cold starts");
    const npmStarts: Started[] = [];
    const shStarts: Started[] = [];
    const echoStarts: Started[] = [];
    // npm's own start-up is not the bot's: the same script run by sh alone says how much is npm.
    const startScript = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8"))
      .scripts.start as string;
    let idleTree = 0;
    let idleTreePss = 0;
    for (let i = 0; i < COLD_STARTS; i++) {
      const npm = await startTimed(
        emulator,
        "npm",
        ["start", "-s"],
        { DATA_DIR: join(dir, `cold-${i}`) },
        true,
      );
      npmStarts.push(npm);
      if (i === 0) {
        await sleep(IDLE_AFTER_MS);
        idleTree = await treeMemory(npm.child.pid as number, "VmRSS");
        idleTreePss = await treeMemory(npm.child.pid as number, "Pss");
      }
      await stopTree(npm.child);
      const sh = await startTimed(
        emulator,
        "sh",
        ["-c", startScript],
        { DATA_DIR: join(dir, `cold-sh-${i}`) },
        true,
      );
      shStarts.push(sh);
      await stopTree(sh.child);
      const echo = await startTimed(
        emulator,
        process.execPath,
        [join(PROJECT_ROOT, "dist", "cli", "bench-echo.js")],
        {},
        false,
      );
      echoStarts.push(echo);
      await stopTree(echo.child);
    }
    const npmPolling = median(npmStarts.map((s) => s.polling));
    const shPolling = median(shStarts.map((s) => s.polling));
    const echoPolling = median(echoStarts.map((s) => s.polling));
    const answered = (starts: Started[]) => fmt(median(starts.map((s) => s.answered ?? 0)));
    lines.push(
      `  cold start, spawn -> long polling, median of ${COLD_STARTS}: npm start ${fmt(npmPolling)} (first answer to /start ${answered(npmStarts)}); its script without npm (sh -c) ${fmt(shPolling)} (first answer ${answered(shStarts)}); echo bot (node) ${fmt(echoPolling)}; x${(npmPolling / echoPolling).toFixed(2)} with npm, x${(shPolling / echoPolling).toFixed(2)} without`,
      `  RSS of the npm start process tree (npm and the bot) idle: ${mb(idleTree)} (PSS ${mb(idleTreePss)}, shared pages counted once)`,
    );

    progress("citizens' memory");
    const offline = await MeasuredProcess.start("bench-target", ["offline"], {
      DATA_DIR: join(dir, "citizens"),
    });
    try {
      // RSS keeps what the heap once took; the heap in use says what is still held.
      const shown = ({ rss, heapUsed }: { rss: number; heapUsed: number }) =>
        `${mb(rss)} (heap ${mb(heapUsed)})`;
      const figures = [`idle ${shown(await offline.memoryAfterGc())}`];
      let citizens = 0;
      const used: Array<{ rss: number; heapUsed: number }> = [];
      for (const step of CITIZEN_STEPS) {
        await offline.ask({
          citizens: step - citizens,
          text: "mi serve una badante per mia madre",
        });
        citizens = step;
        used.push(await offline.memoryAfterGc());
        figures.push(
          `${step.toLocaleString("en")} citizens ${shown(used.at(-1) as (typeof used)[0])}`,
        );
      }
      const [first, last] = [used[0], used.at(-1)] as [(typeof used)[0], (typeof used)[0]];
      lines.push(
        `  bot RSS after a forced GC (offline, each citizen writes a need): ${figures.join(", ")}; growth ${mb(last.rss - first.rss)} (heap ${mb(last.heapUsed - first.heapUsed)})`,
      );
    } finally {
      await offline.stop();
    }

    progress(`start-up with ${STORED.toLocaleString("en")} requests and chats`);
    const big = join(dir, "big");
    await prefill(join(big, "handoffs", "requests.jsonl"), STORED, true);
    await prefillChats(big, STORED);
    const asStarted = startCommand();
    const loaded = await startTimed(
      emulator,
      process.execPath,
      [...asStarted.flags, join(PROJECT_ROOT, asStarted.program)],
      { ...asStarted.env, DATA_DIR: big },
      true,
    );
    const atAnswer = await treeMemory(loaded.child.pid as number, "VmRSS");
    await sleep(IDLE_AFTER_MS);
    const peak = await treeMemory(loaded.child.pid as number, "VmHWM");
    await stopTree(loaded.child);
    lines.push(
      `  start-up with ${STORED.toLocaleString("en")} stored requests (index saved) and ${STORED.toLocaleString("en")} chats (npm start's program and flags, without npm): long polling ${fmt(loaded.polling)}, first answer ${fmt(loaded.answered ?? 0)}; RSS at the answer ${mb(atAnswer)}, peak ${mb(peak)}`,
      await timeSweeps(join(big, "profiles")),
    );
  } finally {
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchStartup()) console.log(line);
}
