import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";
import { createApp } from "../app.js";
import { createLogger } from "../logging/index.js";
import { answerBench, type Question } from "./bench-ipc.js";

/**
 * The WeMi bot under measure, alone in its own process. "online" (argv[2]) long-polls
 * TELEGRAM_API_ROOT as npm start does. "offline" is fed updates directly, its Bot API calls
 * answered in process, so that 100,000 citizens cost no emulator memory: the bench asks
 * { citizens: n, text } and n new citizens each write `text` once.
 */
const BOT_INFO = {
  id: 1,
  is_bot: true,
  first_name: "WeMi",
  username: "wemi_bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
} as UserFromGetMe;
/** As many updates at once as the runner's default source would hand over. */
const IN_FLIGHT = 100;

let nextId = 1;

/**
 * Answers every Bot API call at once, as Telegram would for a private chat, and keeps
 * nothing: the bot's own memory is what is measured. (An API transformer would not do:
 * conversations call the API through their own Api objects.)
 */
async function inProcessTelegram(): Promise<string> {
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      const method = request.url?.split("/").at(-1) ?? "";
      const chatId = body ? (JSON.parse(body) as { chat_id?: number }).chat_id : undefined;
      const result = method.startsWith("send")
        ? { message_id: nextId++, date: 0, chat: { id: chatId ?? 0, type: "private" } }
        : true;
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const offline = process.argv[2] === "offline";
// BENCH_FETCH=undici: the Bot API client over undici instead of leanFetch (bench's `client`).
const fetch =
  process.env.BENCH_FETCH === "undici"
    ? (await import("./bench-undici.js")).undiciFetch
    : undefined;
const app = await createApp({
  token: process.env.BOT_TOKEN ?? "1:bench",
  apiRoot: offline ? await inProcessTelegram() : (process.env.TELEGRAM_API_ROOT as string),
  dataDir: process.env.DATA_DIR ?? "",
  logger: createLogger("error"),
  ...(offline ? { botInfo: BOT_INFO } : {}),
  ...(fetch ? { fetch } : {}),
});
if (!offline) await app.launch();

async function citizens(question: Question): Promise<unknown> {
  if (!("citizens" in question)) return {};
  let started = 0;
  const lane = async () => {
    while (started < question.citizens) {
      started++;
      const id = 10_000_000 + nextId++;
      const update: Update = {
        update_id: id,
        message: {
          message_id: 1,
          date: Math.floor(Date.now() / 1000),
          chat: { id, type: "private", first_name: "Cittadino" },
          from: { id, is_bot: false, first_name: "Cittadino", language_code: "it" },
          text: question.text,
        },
      };
      await app.bot.handleUpdate(update);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  // Preferences wait a few seconds to be written behind; memory is measured once they have
  // landed, so that it says what each citizen keeps, not the writes of the last burst.
  await app.writeWaiting();
  return { handled: started };
}

answerBench(citizens);
