import { Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiEmulator, type TestUser } from "../../src/emulator/bot-api-emulator.js";

const anna: TestUser = { id: 4201, first_name: "Anna", language_code: "it" };
const marco: TestUser = { id: 4202, first_name: "Marco", language_code: "en" };

const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startEmulator(): Promise<BotApiEmulator> {
  const emulator = new BotApiEmulator();
  await emulator.start();
  cleanups.push(() => emulator.stop());
  return emulator;
}

function botFor(emulator: BotApiEmulator, token = emulator.token): Bot {
  return new Bot(token, { botInfo: emulator.botInfo, client: { apiRoot: emulator.apiRoot } });
}

/** Starts long polling; the cleanup stops the bot before the emulator, as real shutdown would. */
function poll(bot: Bot): { errors: unknown[] } {
  const errors: unknown[] = [];
  bot.catch((err) => {
    errors.push(err.error);
  });
  const running = bot.start({ timeout: 30 });
  cleanups.push(async () => {
    if (bot.isRunning()) await bot.stop();
    await running;
  });
  return { errors };
}

async function apiError(promise: Promise<unknown>): Promise<GrammyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GrammyError);
  return error as GrammyError;
}

describe("BotApiEmulator with a real grammY bot", () => {
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

  it("refuses a 4097-character text with Telegram's 400 and accepts 4096", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);

    const error = await apiError(bot.api.sendMessage(anna.id, "a".repeat(4097)));
    expect(error.error_code).toBe(400);
    expect(error.description).toBe("Bad Request: message is too long");
    await expect(bot.api.sendMessage(anna.id, "a".repeat(4096))).resolves.toMatchObject({
      text: "a".repeat(4096),
    });
    expect((await apiError(bot.api.sendMessage(anna.id, "  \n "))).description).toBe(
      "Bad Request: message text is empty",
    );
    expect(emulator.sentMessages(anna.id)).toHaveLength(1);
  });

  it("measures the length limit on the text left after HTML tags and entities", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    const visible4096 = `<b>${"&amp;".repeat(4000)}</b>${"x".repeat(96)}`;

    const sent = await bot.api.sendMessage(anna.id, visible4096, { parse_mode: "HTML" });
    expect(sent.text).toHaveLength(4096);
    expect(sent.entities).toEqual([{ type: "bold", offset: 0, length: 4000 }]);
    const tooLong = await apiError(
      bot.api.sendMessage(anna.id, `${visible4096}<i>y</i>`, { parse_mode: "HTML" }),
    );
    expect(tooLong.description).toBe("Bad Request: message is too long");
  });

  it("refuses callback_data over 64 bytes, counted in UTF-8", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    const send = (data: string) =>
      bot.api.sendMessage(anna.id, "Scegli", {
        reply_markup: new InlineKeyboard().text("ok", data),
      });

    expect((await apiError(send("x".repeat(65)))).description).toBe(
      "Bad Request: BUTTON_DATA_INVALID",
    );
    // 33 "è" are 33 characters but 66 bytes.
    expect((await apiError(send("è".repeat(33)))).description).toBe(
      "Bad Request: BUTTON_DATA_INVALID",
    );
    const accepted = await send("x".repeat(64));
    expect(emulator.buttonsOf(accepted)).toEqual([{ text: "ok", data: "x".repeat(64) }]);
  });

  it("requires exactly one action on an inline button", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    const withButton = (button: object) =>
      bot.api.raw.sendMessage({
        chat_id: anna.id,
        text: "x",
        reply_markup: { inline_keyboard: [[button as never]] },
      });

    expect((await apiError(withButton({ text: "nothing" }))).description).toBe(
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    const both = await apiError(
      withButton({ text: "both", callback_data: "a", url: "https://www.comune.milano.it" }),
    );
    expect(both.error_code).toBe(400);
    await expect(
      withButton({ text: "sito", url: "https://www.comune.milano.it" }),
    ).resolves.toBeDefined();
  });

  it("refuses malformed HTML with Telegram's wording and accepts escaped text", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    const html = (text: string) => bot.api.sendMessage(anna.id, text, { parse_mode: "HTML" });

    expect((await apiError(html("Apre <9:00 il lunedì"))).description).toBe(
      `Bad Request: can't parse entities: Unsupported start tag "9:00" at byte offset 5`,
    );
    expect((await apiError(html("Orari <9:00"))).description).toBe(
      `Bad Request: can't parse entities: Unclosed start tag at byte offset 6`,
    );
    expect((await apiError(html("<b>Spazio WeMi"))).description).toBe(
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    );
    expect((await apiError(html("<div>x</div>"))).description).toBe(
      `Bad Request: can't parse entities: Unsupported start tag "div" at byte offset 0`,
    );
    expect((await apiError(html("<b>x</i>"))).description).toContain("Unmatched end tag");
    expect((await apiError(html("Bar & Caffè"))).description).toMatch(
      /^Bad Request: can't parse entities: Unescaped "&"/,
    );

    const ok = await html(
      `<b>WeMi</b> &lt;Tate&gt; &amp; <a href="https://www.comune.milano.it/?a=1&amp;b=2">sito</a> <span class="tg-spoiler">s</span>`,
    );
    expect(ok.text).toBe("WeMi <Tate> & sito s");
    expect(ok.entities).toEqual([
      { type: "bold", offset: 0, length: 4 },
      { type: "text_link", offset: 14, length: 4, url: "https://www.comune.milano.it/?a=1&b=2" },
      { type: "spoiler", offset: 19, length: 1 },
    ]);
  });

  it("routes a button press to bot.callbackQuery and records answerCallbackQuery", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    bot.command("start", (ctx) =>
      ctx.reply("Di cosa hai bisogno?", {
        reply_markup: new InlineKeyboard().text("Badante", "svc:care").text("Sito", "svc:site"),
      }),
    );
    bot.callbackQuery("svc:care", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Ok" });
      await ctx.editMessageText("Hai scelto: badante");
    });
    poll(bot);

    emulator.sendText(anna, "/start");
    const menu = await emulator.nextBotMessage(anna.id);
    expect(emulator.buttonsOf(menu)).toEqual([
      { text: "Badante", data: "svc:care" },
      { text: "Sito", data: "svc:site" },
    ]);
    const query = emulator.pressButton(anna, menu, "Badante");
    const answer = await emulator.waitForCallbackAnswer(query);
    await emulator.waitFor(
      () => emulator.messageById(anna.id, menu.message_id)?.edit_date !== undefined,
    );

    expect(answer).toEqual({ callback_query_id: query.id, text: "Ok" });
    expect(emulator.callbackAnswers).toHaveLength(1);
    const edited = emulator.messageById(anna.id, menu.message_id);
    expect(edited?.text).toBe("Hai scelto: badante");
    // Editing text without reply_markup removes the keyboard, as on Telegram.
    expect(emulator.buttonsOf(menu)).toEqual([]);
    expect(() => emulator.pressButton(anna, menu, "svc:site")).toThrow(/no callback button/);
  });

  it("refuses a second answer to the same callback query", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    const menu = await bot.api.sendMessage(anna.id, "?", {
      reply_markup: new InlineKeyboard().text("a", "a"),
    });
    const query = emulator.pressButton(anna, menu, "a");
    await bot.api.answerCallbackQuery(query.id);
    expect((await apiError(bot.api.answerCallbackQuery(query.id))).description).toBe(
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
  });

  it("injects a 429 with retry_after for the next call only", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    emulator.failNext("sendMessage", { status: 429, retryAfter: 1 });

    const error = await apiError(bot.api.sendMessage(anna.id, "ciao"));
    expect(error.error_code).toBe(429);
    expect(error.parameters.retry_after).toBe(1);
    expect(error.description).toBe("Too Many Requests: retry after 1");
    await expect(bot.api.sendMessage(anna.id, "ciao")).resolves.toMatchObject({ text: "ciao" });

    emulator.failNext("sendMessage", { status: 500, times: 2 });
    expect((await apiError(bot.api.sendMessage(anna.id, "a"))).error_code).toBe(500);
    expect((await apiError(bot.api.sendMessage(anna.id, "b"))).error_code).toBe(500);
    expect(emulator.sentMessages(anna.id).map((m) => m.text)).toEqual(["ciao"]);
  });

  it("answers 403 for a user who blocked the bot and tells the bot through my_chat_member", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    emulator.blockBot(anna.id);

    const error = await apiError(bot.api.sendMessage(anna.id, "promemoria"));
    expect(error.error_code).toBe(403);
    expect(error.description).toBe("Forbidden: bot was blocked by the user");
    const [update] = await bot.api.getUpdates({ timeout: 0 });
    expect(update?.my_chat_member?.new_chat_member.status).toBe("kicked");

    emulator.unblockBot(anna.id);
    await expect(bot.api.sendMessage(anna.id, "di nuovo")).resolves.toBeDefined();
  });

  it("answers 401 to a wrong token, 404 to unknown methods, 400 to unknown chats", async () => {
    const emulator = await startEmulator();
    const wrong = botFor(emulator, "999:WRONG");
    const error = await apiError(wrong.api.getMe());
    expect([error.error_code, error.description]).toEqual([401, "Unauthorized"]);

    const bot = botFor(emulator);
    const missing = await apiError(bot.api.raw.sendDice({ chat_id: anna.id }));
    expect([missing.error_code, missing.description]).toEqual([404, "Not Found: method not found"]);
    expect((await apiError(bot.api.sendMessage(777, "x"))).description).toBe(
      "Bad Request: chat not found",
    );
  });

  it("refuses edits that change nothing and edits or deletions of unknown messages", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    const keyboard = new InlineKeyboard().text("a", "a");
    const sent = await bot.api.sendMessage(anna.id, "<b>x</b>", {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });

    const same = await apiError(
      bot.api.editMessageText(anna.id, sent.message_id, "<b>x</b>", {
        parse_mode: "HTML",
        reply_markup: keyboard,
      }),
    );
    expect(same.description).toMatch(/^Bad Request: message is not modified: /);
    // Same characters, different formatting: a real change.
    await bot.api.editMessageText(anna.id, sent.message_id, "x", { reply_markup: keyboard });
    expect(
      (
        await apiError(
          bot.api.editMessageReplyMarkup(anna.id, sent.message_id, { reply_markup: keyboard }),
        )
      ).description,
    ).toMatch(/message is not modified/);
    await bot.api.editMessageReplyMarkup(anna.id, sent.message_id);
    expect(emulator.buttonsOf(sent)).toEqual([]);

    expect((await apiError(bot.api.editMessageText(anna.id, 999, "y"))).description).toBe(
      "Bad Request: message to edit not found",
    );
    await bot.api.deleteMessage(anna.id, sent.message_id);
    expect(emulator.isDeleted(anna.id, sent.message_id)).toBe(true);
    expect((await apiError(bot.api.deleteMessage(anna.id, sent.message_id))).description).toBe(
      "Bad Request: message to delete not found",
    );
  });

  it("keeps commands per scope and language", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    await bot.api.setMyCommands([{ command: "start", description: "Inizia" }]);
    await bot.api.setMyCommands([{ command: "start", description: "Start" }], {
      language_code: "en",
    });
    await bot.api.setMyCommands([{ command: "help", description: "Aiuto" }], {
      scope: { type: "all_private_chats" },
    });

    expect(await bot.api.getMyCommands()).toEqual([{ command: "start", description: "Inizia" }]);
    expect(await bot.api.getMyCommands({ language_code: "en" })).toEqual([
      { command: "start", description: "Start" },
    ]);
    expect(emulator.commandsFor({ type: "all_private_chats" })).toEqual([
      { command: "help", description: "Aiuto" },
    ]);
    expect(emulator.commands).toHaveLength(3);
    const invalid = await apiError(
      bot.api.setMyCommands([{ command: "Start!", description: "x" }]),
    );
    expect(invalid.description).toBe("Bad Request: BOT_COMMAND_INVALID");
  });

  it("plays the user's side: location, contact, media, edits and a reply keyboard", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    const seen: string[] = [];
    bot.on("message:location", (ctx) => {
      seen.push(`location ${ctx.message.location.latitude},${ctx.message.location.longitude}`);
    });
    bot.on("message:contact", (ctx) => {
      seen.push(`contact ${ctx.message.contact.phone_number} ${ctx.message.contact.user_id}`);
    });
    bot.on(["message:sticker", "message:photo", "message:voice", "message:document"], (ctx) => {
      seen.push(
        Object.keys(ctx.message).find((k) =>
          ["sticker", "photo", "voice", "document"].includes(k),
        ) ?? "",
      );
    });
    bot.on("edited_message:text", (ctx) => {
      seen.push(`edited ${ctx.editedMessage.text}`);
    });
    bot.command("posizione", (ctx) =>
      ctx.reply("Dove sei?", {
        reply_markup: { keyboard: [[{ text: "📍 Invia posizione", request_location: true }]] },
      }),
    );
    poll(bot);

    emulator.sendText(anna, "/posizione");
    await emulator.nextBotMessage(anna.id);
    expect(emulator.replyKeyboardOf(anna.id)).toEqual([
      [{ text: "📍 Invia posizione", request_location: true }],
    ]);
    emulator.shareLocation(anna, 45.4642, 9.19);
    emulator.shareContact(anna, "+390200000000");
    emulator.sendSticker(anna);
    emulator.sendPhoto(anna);
    emulator.sendVoice(anna);
    emulator.sendDocument(anna);
    const typed = emulator.sendText(anna, "Via Dante");
    emulator.editText(anna, typed, "Via Dante 1");
    await emulator.waitFor(() => seen.length === 7);

    expect(seen).toEqual([
      "location 45.4642,9.19",
      `contact +390200000000 ${anna.id}`,
      "sticker",
      "photo",
      "voice",
      "document",
      "edited Via Dante 1",
    ]);
  });

  it("supports groups, forum topics and replies", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    const forum = { id: -1001234, title: "Operatori WeMi", is_forum: true };
    bot.on("message:text", (ctx) =>
      ctx.reply(`ricevuto da ${ctx.from.first_name}`, {
        message_thread_id: ctx.message.message_thread_id,
        reply_parameters: { message_id: ctx.message.message_id },
      }),
    );
    poll(bot);

    const question = emulator.sendInGroup(forum, marco, "domanda");
    const first = await emulator.nextBotMessage(forum.id);
    expect(first.reply_to_message?.message_id).toBe(question.message_id);
    expect(first.message_thread_id).toBeUndefined();

    const topic = await bot.api.createForumTopic(forum.id, "Richieste");
    const inTopic = emulator.sendInGroup(forum, anna, "nel topic", {
      message_thread_id: topic.message_thread_id,
    });
    const second = await emulator.nextBotMessage(forum.id);
    expect(second).toMatchObject({
      text: "ricevuto da Anna",
      message_thread_id: topic.message_thread_id,
      is_topic_message: true,
      reply_to_message: { message_id: inTopic.message_id },
    });
    await bot.api.closeForumTopic(forum.id, topic.message_thread_id);
    expect(emulator.topicsOf(forum.id)).toEqual([{ ...topic, closed: true }]);
    expect(
      (await apiError(bot.api.sendMessage(forum.id, "x", { message_thread_id: 999 }))).description,
    ).toBe("Bad Request: message thread not found");

    await bot.api.leaveChat(forum.id);
    expect((await apiError(bot.api.sendMessage(forum.id, "ciao"))).error_code).toBe(403);
  });

  it("serves venues, contacts, copies, forwards, chat info, actions and menu buttons", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    emulator.addUser(marco);

    const venue = await bot.api.sendVenue(anna.id, 45.46, 9.18, "Spazio WeMi", "Via Esempio 1");
    expect(venue.venue).toMatchObject({ title: "Spazio WeMi", address: "Via Esempio 1" });
    await bot.api.sendLocation(anna.id, 45.46, 9.18);
    await bot.api.sendContact(anna.id, "+3902", "Sportello");
    await bot.api.sendChatAction(anna.id, "typing");
    const copy = await bot.api.copyMessage(marco.id, anna.id, venue.message_id);
    expect(emulator.messageById(marco.id, copy.message_id)?.venue?.title).toBe("Spazio WeMi");
    const forwarded = await bot.api.forwardMessage(marco.id, anna.id, venue.message_id);
    expect(forwarded.forward_origin?.type).toBe("user");
    expect(await bot.api.getChat(anna.id)).toMatchObject({
      id: anna.id,
      type: "private",
      first_name: "Anna",
    });
    await bot.api.setChatMenuButton({ chat_id: anna.id, menu_button: { type: "commands" } });

    expect(emulator.menuButtonOf(anna.id)).toEqual({ type: "commands" });
    expect(emulator.callsTo("sendChatAction")).toHaveLength(1);
    expect(emulator.sentMessages(anna.id)).toHaveLength(3);
    expect(emulator.sentMessages().map((m) => m.chat.id)).toEqual([
      anna.id,
      anna.id,
      anna.id,
      marco.id,
      marco.id,
    ]);
  });

  it("accepts a multipart upload", async () => {
    const emulator = await startEmulator();
    const bot = botFor(emulator);
    emulator.addUser(anna);
    const sent = await bot.api.sendDocument(
      anna.id,
      new InputFile(new TextEncoder().encode("ciao"), "orari.txt"),
      { caption: "<b>Orari</b>", parse_mode: "HTML" },
    );
    expect(sent.document?.file_name).toBe("orari.txt");
    expect(sent.caption).toBe("Orari");
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
