import { fork } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BotApiFetch, leanFetch } from "../runtime/http-client.js";
import { compareInTurns } from "./bench-ab.js";
import { progress } from "./bench-citizens.js";
import { undiciFetch } from "./bench-undici.js";
import { median } from "./stats.js";

/** Calls per round of the client alone, as many at once as the bot has in a burst. */
const CALLS = 20_000;
const AT_ONCE = 10;
const ROUNDS = 7;

/**
 * The bot's Bot API client (leanFetch) against undici's (`npm run bench -- client`): first
 * the clients alone, CPU per sendMessage-like call against a server in another process,
 * rounds in turns; then the whole bot with each, and the echo bot (compareInTurns).
 */
export async function benchClient(): Promise<string[]> {
  const { server, url } = await startServer();
  try {
    const cpu = { leanFetch: [] as number[], undici: [] as number[] };
    for (let round = 0; round <= ROUNDS; round++) {
      for (const name of ["leanFetch", "undici"] as const) {
        const ms = await callsCpu(CLIENTS[name], url);
        // The first round of each warms the JIT up.
        if (round > 0) cpu[name].push(ms);
      }
    }
    progress("clients alone measured; the bot with each");
    const perCall = (values: number[]) =>
      `${(median(values) * 1000).toFixed(1)} µs CPU/call (rounds ${values.map((v) => (v * 1000).toFixed(0)).join(" ")})`;
    return [
      `the Bot API client alone: ${CALLS} sendMessage-like calls ${AT_ONCE} at a time to a server in another process, ${ROUNDS} rounds each in turns`,
      `  leanFetch: ${perCall(cpu.leanFetch)}`,
      `  undici:    ${perCall(cpu.undici)}`,
      `  undici/leanFetch: x${(median(cpu.undici) / median(cpu.leanFetch)).toFixed(2)}`,
      "the bot with each client, and the echo bot",
      ...(await compareInTurns([
        { name: "WeMi, leanFetch" },
        { name: "WeMi, undici", env: { BENCH_FETCH: "undici" } },
      ])),
    ];
  } finally {
    server.kill();
  }
}

const CLIENTS = { leanFetch, undici: undiciFetch } as const;

/** The server, in a process of its own, and the URL of its sendMessage. */
async function startServer() {
  const server = fork(fileURLToPath(import.meta.url), ["serve"], { execArgv: [] });
  const port = await new Promise<number>((resolve) =>
    server.once("message", (message: { port: number }) => resolve(message.port)),
  );
  return { server, url: `http://127.0.0.1:${port}/bot1:bench/sendMessage` };
}

/** The bench process's CPU per call, in ms, for `calls` calls AT_ONCE at a time. */
async function callsCpu(fetch: BotApiFetch, url: string, calls = CALLS): Promise<number> {
  const agent = new http.Agent({ keepAlive: true });
  const headers = { "content-type": "application/json", connection: "keep-alive" };
  let started = 0;
  const lane = async () => {
    while (started < calls) {
      const chat = 10_000_000 + started++;
      const body = JSON.stringify({ chat_id: chat, text: "Ecco lo spazio WeMi più vicino a te." });
      const answer = (await (
        await fetch(url, { method: "POST", headers, body, agent })
      ).json()) as {
        ok: boolean;
      };
      if (!answer.ok) throw new Error("the server refused a call");
    }
  };
  const before = process.cpuUsage();
  await Promise.all(Array.from({ length: AT_ONCE }, lane));
  const { user, system } = process.cpuUsage(before);
  agent.destroy();
  return (user + system) / 1000 / calls;
}

/** The server's side: answers like Telegram's sendMessage. */
function serve() {
  let id = 1;
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const chat = (JSON.parse(body) as { chat_id: number }).chat_id;
      const result = { message_id: id++, date: 0, chat: { id: chat, type: "private" } };
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ ok: true, result }));
    });
  });
  // Under callgrind the calls crawl, and a kept socket may idle past Node's 5 s.
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
}

/**
 * `node dist/cli/bench-client.js calls <leanFetch|undici> <n>`: one client's n calls alone,
 * e.g. under `valgrind --tool=callgrind` (which follows not the server's process), whose
 * instruction counts a loaded machine does not move: two counts' difference over the calls
 * between them is the client's per call.
 */
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [mode, client, calls] = process.argv.slice(2);
  if (mode === "serve") serve();
  else if (mode === "calls" && (client === "leanFetch" || client === "undici")) {
    const { server, url } = await startServer();
    const ms = await callsCpu(CLIENTS[client], url, Number(calls ?? CALLS));
    console.log(`${client}: ${(ms * 1000).toFixed(1)} µs CPU/call`);
    server.kill();
  } else {
    console.error("usage: node dist/cli/bench-client.js calls <leanFetch|undici> <calls>");
    process.exit(2);
  }
}
