import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Bot, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import { PROJECT_ROOT } from "../config/paths.js";
import { BotApiEmulator } from "../emulator/bot-api-emulator.js";
import { openStorage } from "../storage/backend.js";
import { freePort, startPostgres } from "../storage/postgres/throwaway-server.js";
import { calibrate, measure, SCRIPTS } from "./bench-bot.js";
import { draft } from "./bench-handoff.js";
import { startCommand } from "./bench-ipc.js";
import { ms, percentile } from "./stats.js";

const SECRET = "bench-webhook-secret-0123456789";
const CITIZENS = 1000;
const STORED = 100_000;
const WRITES = 1000;
/** A round of 1,000 citizens through a database on a shared 2-core machine can be slow. */
const ROUND_TIMEOUT_MS = 300_000;

/** Telegram's default for a webhook: at most this many updates in flight per instance. */
const MAX_CONNECTIONS = 40;

/**
 * Posts every update the emulator queues to the instances, as Telegram does: each instance
 * gets at most MAX_CONNECTIONS at once; a refused one is posted again.
 */
function deliverTo(emulator: BotApiEmulator, ports: readonly number[]) {
  let running = true;
  const queue: Update[] = [];
  const worker = async (port: number) => {
    while (running) {
      const update = queue.shift();
      if (update === undefined) {
        // Woken by each update queued; every 100 ms otherwise, to notice the end.
        await emulator.waitFor(() => emulator.pendingUpdateCount > 0, 100).catch(() => {});
        queue.push(...emulator.takeUpdates());
        continue;
      }
      const status = await fetch(`http://127.0.0.1:${port}/hook`, {
        method: "POST",
        headers: { "X-Telegram-Bot-Api-Secret-Token": SECRET },
        body: JSON.stringify(update),
      }).then(
        (res) => res.status,
        () => 0,
      );
      if (status !== 200) queue.push(update);
    }
  };
  const workers = ports.flatMap((port) =>
    Array.from({ length: MAX_CONNECTIONS }, () => worker(port)),
  );
  return async () => {
    running = false;
    await Promise.all(workers);
  };
}

interface Instances {
  readonly ports: number[];
  /** Per instance, from spawn to /healthz 200. */
  readonly startupMs: number[];
  stop(): Promise<void>;
}

/**
 * `count` bot processes in webhook mode, each until /healthz says 200: the program npm start
 * runs, with its flags, as a process manager would start it. (From the sources with tsx, the
 * first instance after any edit spent 10-90 s compiling them and deriving the caches kept
 * for src/ apart from those for dist/: 14.8 s "on empty files" against 2.0 s on PostgreSQL.)
 */
async function startInstances(
  emulator: BotApiEmulator,
  count: number,
  storage: { dataDir: string; databaseUrl?: string },
): Promise<Instances> {
  const children: ChildProcess[] = [];
  const ports: number[] = [];
  const startupMs: number[] = [];
  const asStarted = startCommand();
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const started = performance.now();
    const child = spawn(process.execPath, [...asStarted.flags, asStarted.program], {
      cwd: PROJECT_ROOT,
      env: {
        ...asStarted.env,
        PATH: process.env.PATH,
        BOT_TOKEN: emulator.token,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        // Each instance its own folder: it keeps its lock and update journal there.
        DATA_DIR: join(storage.dataDir, `instance-${i}`),
        ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
        WEBHOOK_URL: "https://bench.example.org/hook",
        WEBHOOK_SECRET: SECRET,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "error",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(child);
    for (;;) {
      const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (healthy) break;
      if (child.exitCode !== null) throw new Error(`instance ${i} exited at start`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    startupMs.push(performance.now() - started);
    ports.push(port);
  }
  return {
    ports,
    startupMs,
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise((resolve) => {
              child.once("exit", resolve);
              child.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}

/** The bare grammY echo bot behind the same kind of webhook server, in this process. */
async function startEcho(emulator: BotApiEmulator): Promise<Instances> {
  const echo = new Bot(emulator.token, {
    botInfo: emulator.botInfo,
    client: { apiRoot: emulator.apiRoot },
  });
  echo.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  const handle = webhookCallback(echo, "http", { secretToken: SECRET });
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    ports: [(server.address() as AddressInfo).port],
    startupMs: [],
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Measures one set-up with its own emulator, as bench-bot measures the polling bot. */
async function throughput(start: (emulator: BotApiEmulator) => Promise<Instances>, echo = false) {
  const emulator = new BotApiEmulator({ token: `123456:${"B".repeat(35)}` });
  await emulator.start();
  const instances = await start(emulator);
  const stopDelivery = deliverTo(emulator, instances.ports);
  try {
    const scripts = SCRIPTS.map(([need, place]) => [need, place]);
    const answers: number[][] = [];
    for (const script of scripts)
      answers.push(echo ? script.map(() => 1) : (await calibrate(emulator, script)).answers);
    const measured = await measure(emulator, CITIZENS, scripts, answers, ROUND_TIMEOUT_MS);
    return { ...measured, startupMs: instances.startupMs };
  } finally {
    await stopDelivery();
    await instances.stop();
    await emulator.stop();
  }
}

/** 100,000 requests and 100,000 chats' preferences, written in bulk by SQL. */
async function fill(databaseUrl: string): Promise<void> {
  const { createPool } = await import("../storage/postgres/backend.js");
  const pool = createPool(databaseUrl, 1);
  try {
    const sample = JSON.stringify({
      ...draft(0),
      reference: "WM-0000",
      createdAt: 0,
      updatedAt: 0,
    });
    await pool.query(
      `INSERT INTO handoff_requests (reference, citizen_chat_id, status, created_at, notify_state,
         next_attempt_at, op_chat_id, op_message_id, data)
       SELECT 'WM-' || upper(lpad(to_hex(n), 6, '0')), 100000000 + n, 'open', n, 'sent', 0, -100, n,
              jsonb_set(jsonb_set($1::jsonb, '{reference}', to_jsonb('WM-' || upper(lpad(to_hex(n), 6, '0')))),
                        '{citizenChatId}', to_jsonb(100000000 + n))
       FROM generate_series(1, $2) AS n`,
      [sample, STORED],
    );
    await pool.query(
      `INSERT INTO chat_state (kind, key, value, updated_at)
       SELECT 'profile', (100000000 + n)::text, '{"locale":"it"}', $2 FROM generate_series(1, $1) AS n`,
      [STORED, Date.now()],
    );
    await pool.query("ANALYZE");
  } finally {
    await pool.end();
  }
}

/**
 * The bot on PostgreSQL and across instances: throughput against files and the echo bot,
 * all through webhooks in the same run; request writes and start-up at 100,000 stored.
 */
export async function benchInstances(): Promise<string[]> {
  const postgres = await startPostgres();
  const dataDir = await mkdtemp(join(tmpdir(), "wemi-bench-instances-"));
  try {
    const files = await throughput((emulator) =>
      startInstances(emulator, 1, { dataDir: join(dataDir, "files") }),
    );
    const pgOne = await throughput(async (emulator) =>
      startInstances(emulator, 1, { dataDir, databaseUrl: await postgres.createDatabase() }),
    );
    const pgTwo = await throughput(async (emulator) =>
      startInstances(emulator, 2, { dataDir, databaseUrl: await postgres.createDatabase() }),
    );
    const echo = await throughput(startEcho, true);

    const databaseUrl = await postgres.createDatabase();
    const storage = await openStorage({
      dataDir,
      databaseUrl,
      now: Date.now,
      onCorrupt: () => {},
    });
    await fill(databaseUrl);
    const writes: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const started = performance.now();
      await storage.requests.create(draft(i));
      writes.push(performance.now() - started);
    }
    writes.sort((a, b) => a - b);
    await storage.close();
    const emulator = new BotApiEmulator({ token: `123456:${"C".repeat(35)}` });
    await emulator.start();
    const big = await startInstances(emulator, 1, { dataDir, databaseUrl });
    await big.stop();
    await emulator.stop();

    const line = (name: string, r: { rate: number; p50: number; p99: number }) =>
      `  ${name.padEnd(22)} ${r.rate.toFixed(0).padStart(5)} updates/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms; x${(r.rate / echo.rate).toFixed(2)} the echo bot's throughput`;
    return [
      "instances and storage (webhook mode: the bench posts each update to an instance in turn)",
      `  load: ${CITIZENS} citizens at once, a need then a place, as in the bot section; each instance a process of its own, PostgreSQL 15 throwaway server (shared_buffers 16MB, fsync on) on this machine`,
      line("files, 1 instance", files),
      line("PostgreSQL, 1 instance", pgOne),
      line("PostgreSQL, 2 instances", pgTwo),
      line("grammY echo (webhook)", echo),
      `  PostgreSQL at ${STORED.toLocaleString("en")} requests + ${STORED.toLocaleString("en")} chats stored: request write (create) p50 ${ms(percentile(writes, 50))}, p99 ${ms(percentile(writes, 99))} over ${WRITES}`,
      `  start-up of an instance (spawn -> /healthz 200): ${(big.startupMs[0] as number).toFixed(0)} ms at ${STORED.toLocaleString("en")} requests + chats (nothing loaded into memory), ${(pgOne.startupMs[0] as number).toFixed(0)} ms on an empty database, ${(files.startupMs[0] as number).toFixed(0)} ms on empty files`,
    ];
  } finally {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchInstances()) console.log(line);
}
