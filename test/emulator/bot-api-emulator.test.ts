import { InlineKeyboard, InputFile } from "grammy";
import { describe, expect, it } from "vitest";
import { anna, apiError, botFor, marco, poll, startEmulator } from "./harness.js";

describe("BotApiEmulator with a real grammY bot", () => {
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
});
