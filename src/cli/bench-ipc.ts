import { type ChildProcess, fork } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../config/paths.js";
import { giveBackYoungGeneration } from "../runtime/heap.js";
import { AllocationCounter } from "./stats.js";

/**
 * The bench talks to the bot it measures over the IPC channel: the bot runs alone in its own
 * process, so its CPU time and memory are its own, not the emulator's driving it.
 */
export type Question = { cpu: true } | { memory: true } | { citizens: number; text: string };

/** In the measured process: answers the bench's questions; `extra` handles the mode's own. */
export function answerBench(extra: (question: Question) => Promise<unknown> = async () => ({})) {
  const allocation = new AllocationCounter();
  const answer = async (question: Question): Promise<unknown> => {
    if ("cpu" in question) {
      const { user, system } = process.cpuUsage();
      return {
        cpuMs: (user + system) / 1000,
        mainMs: mainThreadCpuMs(),
        ...allocation.total(),
      };
    }
    if ("memory" in question) {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (!gc) throw new Error("start with --expose-gc");
      gc();
      gc();
      // What the citizens keep, not whether V8 had shrunk its young generation since the
      // last burst (0 or 14-16 MB of RSS: growth 10,000 -> 100,000 citizens 13.5 or 28.9 MB).
      const youngGivenBack = await giveBackYoungGeneration();
      const { heapUsed } = process.memoryUsage();
      // V8 hands the pages a collection freed back to the system from a background thread:
      // on a busy machine that lags, and RSS read at once still counted up to 100 MB of them
      // (277.9 MB at once, 174.4 MB a second later, heap unchanged). Read once it settled.
      await settled();
      return { rss: process.memoryUsage().rss, heapUsed, youngGivenBack };
    }
    return extra(question);
  };
  process.on("message", (question: Question) => {
    answer(question).then(
      (reply) => process.send?.(reply),
      (error: unknown) => process.send?.({ error: String(error) }),
    );
  });
  const writeProfile = profileAllocations(process.env.BENCH_ALLOC_PROF);
  // A graceful end, so that a --cpu-prof profile (BENCH_CPU_PROF) gets written.
  process.once("SIGTERM", () => writeProfile(() => process.exit(0)));
  process.send?.({ ready: true });
}

/**
 * BENCH_ALLOC_PROF=<dir>: V8's sampling heap profile of everything the process allocates,
 * collected or not (Node's --heap-prof keeps only what is still alive at the end), written
 * there as a .heapprofile when the process is asked to end: the function returned writes it.
 */
function profileAllocations(dir: string | undefined): (done: () => void) => void {
  if (!dir) return (done) => done();
  const session = new Session();
  session.connect();
  session.post("HeapProfiler.startSampling", {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return (done) =>
    session.post("HeapProfiler.stopSampling", (error, result) => {
      if (!error) {
        const file = join(dir, `alloc-${process.pid}.heapprofile`);
        writeFileSync(file, JSON.stringify(result.profile));
      }
      done();
    });
}

/** Resolves once RSS has stopped falling (read every 100 ms, after at least half a second, at most 3 s). */
async function settled(): Promise<void> {
  let last = process.memoryUsage().rss;
  for (let i = 0; i < 30; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = process.memoryUsage().rss;
    if (i >= 5 && now >= last) return;
    last = now;
  }
}

/** Linux's clock ticks per second in /proc (USER_HZ). */
const CLOCK_TICKS_PER_S = 100;

/**
 * The CPU time of the process's main thread alone, in ms (Linux's /proc; undefined
 * elsewhere). The rest of process.cpuUsage() is other threads': V8's garbage collection and
 * compiler helpers, libuv's file system pool.
 */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // After the thread's name in parentheses: state, ppid… utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return undefined;
  }
}

const OWN_EXTENSION = extname(fileURLToPath(import.meta.url));

/**
 * How `npm start` runs the bot (package.json's start script): its environment settings, node
 * flags and program (relative to the package root), so that the bench measures the bot as it
 * runs. BENCH_NODE_FLAGS="..." measures other flags instead.
 */
export function startCommand(root = PROJECT_ROOT): {
  env: Record<string, string>;
  flags: string[];
  program: string;
} {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const words = manifest.scripts.start.split(/\s+/);
  const env = Object.fromEntries(
    words.filter((word) => /^[A-Z_]+=/.test(word)).map((word) => word.split("=", 2)),
  );
  const override = process.env.BENCH_NODE_FLAGS;
  const flags =
    override === undefined
      ? words.filter((word) => word.startsWith("--"))
      : override.split(/\s+/).filter(Boolean);
  return { env, flags, program: words.at(-1) as string };
}

/** The argument that tells a bench module it is the child `asStarted` started. */
const AS_STARTED = "as-started";

/**
 * `measure`'s lines, taken in a child process started as `npm start` starts the bot (its node
 * flags and environment, from package.json): in the bench's own process the figures would be
 * node's defaults' (a 16 MB young generation, not 32 MB, so other collections), not the bot's.
 * `moduleUrl`: the calling module's import.meta.url; it calls `asStarted` again at its end.
 * `args` reach `measure` in the child (the parts of a section asked for).
 */
export async function asStarted(
  moduleUrl: string,
  measure: (args: readonly string[]) => Promise<string[]>,
  args: readonly string[] = [],
): Promise<string[]> {
  if (process.argv[2] === AS_STARTED) {
    const lines = await measure(process.argv.slice(3));
    await new Promise((sent) => process.send?.(lines, sent));
    process.disconnect?.();
    return [];
  }
  const start = startCommand();
  const child = fork(fileURLToPath(moduleUrl), [AS_STARTED, ...args], {
    execArgv: [...start.flags, ...(OWN_EXTENSION === ".ts" ? ["--import", "tsx"] : [])],
    env: { ...process.env, ...start.env },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const lines = await new Promise<string[]>((resolve, reject) => {
    child.once("message", (message) => resolve(message as string[]));
    child.once("exit", (code) => reject(new Error(`${moduleUrl} exited (${code})`)));
  });
  return lines;
}

/** This process's node flags and the settings of npm start's environment it has, as typed. */
export function startedWith(): string {
  const env = Object.keys(startCommand().env)
    .filter((name) => process.env[name] !== undefined)
    .map((name) => `${name}=${process.env[name]}`);
  return [...env, "node", ...process.execArgv].join(" ");
}

/** A measured process: one of the bench's programs next to this file, with a GC to force. */
export class MeasuredProcess {
  private constructor(private readonly child: ChildProcess) {}

  /** `root`: another checkout's build (a repository root, built), for comparing builds. */
  static async start(program: string, args: string[], env: NodeJS.ProcessEnv, root?: string) {
    const file =
      root === undefined
        ? fileURLToPath(new URL(`./${program}${OWN_EXTENSION}`, import.meta.url))
        : join(root, "dist", "cli", `${program}.js`);
    // The WeMi bot as npm start runs it; the echo bot as node runs it by default.
    const start = program === "bench-target" ? startCommand(root) : { env: {}, flags: [] };
    const child = fork(file, args, {
      // Under tsx (npm run bench from the sources) the child needs the loader too.
      execArgv: [
        "--expose-gc",
        ...start.flags,
        ...(OWN_EXTENSION === ".ts" && root === undefined ? ["--import", "tsx"] : []),
        // BENCH_CPU_PROF=<dir>: a V8 CPU profile of each measured process, written there.
        ...(process.env.BENCH_CPU_PROF
          ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
          : []),
      ],
      env: { ...process.env, ...start.env, LOG_LEVEL: "error", ...env },
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    const measured = new MeasuredProcess(child);
    await measured.next();
    return measured;
  }

  private next<T>(): Promise<T> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`bench target exited (${code})`));
      this.child.once("exit", onExit);
      this.child.once("message", (reply: { error?: string }) => {
        this.child.off("exit", onExit);
        if (reply.error) reject(new Error(reply.error));
        else resolve(reply as T);
      });
    });
  }

  ask<T>(question: Question): Promise<T> {
    const reply = this.next<T>();
    this.child.send(question);
    return reply;
  }

  async cpuMs(): Promise<number> {
    return (await this.cpuTimes()).cpuMs;
  }

  /**
   * The process's CPU time, and its main thread's where the system tells it, in ms; the
   * bytes it has allocated on V8's heap so far.
   */
  cpuTimes(): Promise<{
    cpuMs: number;
    mainMs?: number;
    allocatedBytes: number;
    gcPauseMs: number;
    fullCollections: number;
  }> {
    return this.ask({ cpu: true });
  }

  /** RSS after a forced full GC. */
  async rssAfterGc(): Promise<number> {
    return (await this.memoryAfterGc()).rss;
  }

  /** RSS and V8 heap in use after a forced GC, in bytes. */
  memoryAfterGc(): Promise<{ rss: number; heapUsed: number }> {
    return this.ask({ memory: true });
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      // SIGTERM first (a profile is written on exit), SIGKILL if it does not end soon.
      const kill = setTimeout(() => this.child.kill("SIGKILL"), 5000);
      this.child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      this.child.kill(
        process.env.BENCH_CPU_PROF || process.env.BENCH_ALLOC_PROF ? "SIGTERM" : "SIGKILL",
      );
    });
  }
}
