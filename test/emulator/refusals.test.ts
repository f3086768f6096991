import { InlineKeyboard } from "grammy";
import { describe, expect, it } from "vitest";
import { anna, apiError, botFor, startEmulator } from "./harness.js";

describe("the emulator refuses what Telegram refuses", () => {
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
});
