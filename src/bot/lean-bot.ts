import { Bot, BotError, Context } from "grammy";
import type { Update } from "grammy/types";

type WebhookReply = Parameters<Bot["handleUpdate"]>[1];

const leaf = () => Promise.resolve();

/**
 * grammY's Bot, with the bot's own Api for every update that has no webhook reply to make.
 * grammY gives each update an Api of its own (a client with its options, a proxy, and every
 * transformer chained anew), so that a webhook update may answer inside its reply; long
 * polling never does, and nothing here configures an update's Api (the dialogues' Apis are
 * the conversations plugin's own). The same transformers, the same calls. Updates with a
 * webhook reply, and any before the bot knows itself, go as grammY handles them.
 */
export class LeanBot<C extends Context> extends Bot<C> {
  override async handleUpdate(update: Update, webhookReply?: WebhookReply): Promise<void> {
    if (webhookReply !== undefined || !this.isInited()) {
      return super.handleUpdate(update, webhookReply);
    }
    // Bot's default context: the bot is made without a ContextConstructor (create-bot.ts).
    const ctx = new Context(update, this.api, this.botInfo) as C;
    try {
      await this.middleware()(ctx, leaf);
    } catch (error) {
      throw new BotError(error, ctx);
    }
  }
}
