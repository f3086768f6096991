import { InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import { BotApiEmulator } from "../../src/emulator/bot-api-emulator.js";
import { anna, apiError, botFor, poll, startEmulator } from "./harness.js";

describe("long polling with a real grammY bot", () => {
  it("delivers a user's message to the handler and records the reply", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    bot.command("start", (ctx) => ctx.reply(`Ciao ${ctx.from?.first_name}!`));
    bot.on("message:text", (ctx) => ctx.reply(`Hai scritto: ${ctx.message.text}`));
    poll(bot);

    emulator.sendText(anna, "/start");
    const greeting = await emulator.nextBotMessage(anna.id);
    emulator.sendText(anna, "asilo nido");
    const echo = await emulator.nextBotMessage(anna.id);

    expect(greeting.text).toBe("Ciao Anna!");
    expect(greeting.chat).toMatchObject({ id: anna.id, type: "private" });
    expect(greeting.from).toMatchObject({ id: emulator.botInfo.id, is_bot: true });
    expect(echo.text).toBe("Hai scritto: asilo nido");
    expect(echo.message_id).toBeGreaterThan(greeting.message_id);
    expect(emulator.sentMessages(anna.id).map((m) => m.text)).toEqual([greeting.text, echo.text]);
  });

  it("answers a long poll as soon as an update arrives and never redelivers confirmed updates", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);

    const started = Date.now();
    const pending = bot.api.getUpdates({ timeout: 30 });
    await emulator.waitForPolling();
    emulator.sendText(anna, "prima");
    const [first] = await pending;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(first?.message?.text).toBe("prima");

    // Not confirmed yet: asked again without an offset, Telegram sends it again.
    const again = await bot.api.getUpdates({ timeout: 0 });
    expect(again.map((u) => u.update_id)).toEqual([first?.update_id]);

    emulator.sendText(anna, "seconda");
    const next = await bot.api.getUpdates({ offset: (first?.update_id ?? 0) + 1, timeout: 0 });
    expect(next.map((u) => u.message?.text)).toEqual(["seconda"]);
    const afterConfirm = await bot.api.getUpdates({
      offset: (next[0]?.update_id ?? 0) + 1,
      timeout: 0,
    });
    expect(afterConfirm).toEqual([]);
  });

  it("respects limit and drops update types excluded by allowed_updates", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.sendText(anna, "uno");
    emulator.sendText(anna, "due");
    const one = await bot.api.getUpdates({ limit: 1, timeout: 0 });
    expect(one.map((u) => u.message?.text)).toEqual(["uno"]);

    const sent = await bot.api.sendMessage(anna.id, "scegli", {
      reply_markup: new InlineKeyboard().text("Sì", "yes"),
    });
    emulator.pressButton(anna, sent, "yes");
    const onlyQueries = await bot.api.getUpdates({
      allowed_updates: ["callback_query"],
      timeout: 0,
    });
    expect(onlyQueries.map((u) => u.callback_query?.data)).toEqual(["yes"]);
  });

  it("keeps separate state per instance", async () => {
    const first = await startEmulator();
    const second = await startEmulator();
    first.addUser(anna);
    await botFor(first).api.sendMessage(anna.id, "solo nel primo");

    expect(first.apiRoot).not.toBe(second.apiRoot);
    expect(second.sentMessages()).toEqual([]);
    expect((await apiError(botFor(second).api.sendMessage(anna.id, "x"))).description).toBe(
      "Bad Request: chat not found",
    );
  });

  it("times out a wait with what the bot did instead", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    await apiError(bot.api.sendMessage(anna.id, "<b>rotto", { parse_mode: "HTML" }));
    await expect(emulator.nextBotMessage(anna.id, 50)).rejects.toThrow(
      /timed out after 50 ms.*sendMessage → 400 Bad Request: can't parse entities/,
    );
  });
});

describe("shutting down", () => {
  it("lets bot.stop() return quickly while a long poll is pending", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    const running = bot.start({ timeout: 30 });
    await emulator.waitForPolling();

    const started = Date.now();
    await bot.stop();
    await running;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("ends a pending long poll with no updates when the emulator stops", async () => {
    const emulator = new BotApiEmulator();
    await emulator.start();
    const bot = botFor(emulator);
    const pending = bot.api.getUpdates({ timeout: 30 });
    await emulator.waitForPolling();

    const started = Date.now();
    await emulator.stop();
    expect(await pending).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(emulator.nextBotMessage(anna.id, 5000)).rejects.toThrow(/stopped/);
  });
});
