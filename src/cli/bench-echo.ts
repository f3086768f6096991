import { run } from "@grammyjs/runner";
import { Bot } from "grammy";
import { answerBench } from "./bench-ipc.js";

/**
 * The yardstick: a bare grammY echo bot with the runner's defaults, long-polling
 * TELEGRAM_API_ROOT. Started alone by the bench (cold start, CPU, memory).
 */
const echo = new Bot(process.env.BOT_TOKEN ?? "", {
  client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? "https://api.telegram.org" },
});
echo.on("message:text", (ctx) => ctx.reply(ctx.message.text));
await echo.init();
run(echo);
if (process.send) answerBench();
