import type { Update, UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LeanBot } from "../../src/bot/lean-bot.js";

/**
 * Long polling's updates are handled with the bot's own Api, its transformers included;
 * a webhook update keeps grammY's Api of its own, which may answer in the webhook's reply.
 */
const me = { id: 1, is_bot: true, first_name: "WeMi", username: "wemi_bot" } as UserFromGetMe;
const update = (id: number): Update => ({
  update_id: id,
  message: {
    message_id: id,
    date: 0,
    chat: { id: 7, type: "private", first_name: "Ada" },
    from: { id: 7, is_bot: false, first_name: "Ada" },
    text: "ciao",
  },
});

function bot() {
  const bot = new LeanBot("1:T", { botInfo: me });
  const sent: string[] = [];
  bot.api.config.use(async (_prev, method, payload) => {
    sent.push(`${method} ${(payload as { text?: string }).text}`);
    return { ok: true, result: true as never };
  });
  const apis: unknown[] = [];
  bot.on("message:text", async (ctx) => {
    apis.push(ctx.api);
    await ctx.reply(`echo ${ctx.message.text}`);
  });
  return { bot, sent, apis };
}

describe("a lean bot", () => {
  it("answers long polling's updates through the bot's own Api and its transformers", async () => {
    const { bot: lean, sent, apis } = bot();
    await lean.handleUpdate(update(1));
    await lean.handleUpdate(update(2));
    expect(sent).toEqual(["sendMessage echo ciao", "sendMessage echo ciao"]);
    expect(apis).toEqual([lean.api, lean.api]);
  });

  it("gives a webhook update an Api of its own, as grammY does", async () => {
    const { bot: lean, sent, apis } = bot();
    await lean.handleUpdate(update(3), { send: async () => {} });
    expect(sent).toEqual(["sendMessage echo ciao"]);
    expect(apis[0]).not.toBe(lean.api);
  });

  it("reports a handler's error as grammY does, with its context", async () => {
    const lean = new LeanBot("1:T", { botInfo: me });
    lean.on("message", () => {
      throw new Error("broken");
    });
    await expect(lean.handleUpdate(update(4))).rejects.toMatchObject({
      name: "BotError",
      ctx: { update: { update_id: 4 } },
    });
  });
});
