import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import { answerPress } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";

/** A citizen's reply while a question waits, reduced to what the dialogues use. */
export type Reply =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "location"; readonly lat: number; readonly lon: number }
  | { readonly kind: "contact"; readonly phone: string; readonly own: boolean }
  | { readonly kind: "action"; readonly data: string | undefined };

/**
 * Waits for the next text, location, contact or button press. Anything else (stickers,
 * photos…) is answered by the guidance feature before it reaches a conversation.
 */
export async function waitReply(conversation: Conversation<BotContext, Context>): Promise<Reply> {
  const ctx = await conversation.waitFor([
    "message:text",
    "message:location",
    "message:contact",
    "callback_query:data",
  ]);
  if (ctx.callbackQuery) {
    await answerPress(ctx);
    return { kind: "action", data: ctx.callbackQuery.data };
  }
  const { location, contact } = ctx.message ?? {};
  if (location) return { kind: "location", lat: location.latitude, lon: location.longitude };
  // A contact card is the citizen's own only when Telegram ties it to the sender.
  if (contact)
    return { kind: "contact", phone: contact.phone_number, own: contact.user_id === ctx.from?.id };
  return { kind: "text", text: (ctx.message?.text ?? "").trim() };
}
