import type { Conversation } from "@grammyjs/conversations";
import type { Api, Context } from "grammy";
import { data, parseAction } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import type { Texts } from "../bot/texts.js";
import type { ReplyReader } from "../language/replies.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import type { ChatProfile } from "../storage/profiles.js";
import { type Choice, chatLocale, type Dialogue, keyboardOf, waitChoice } from "./replies.js";

export const WITHDRAW = "withdraw";

export interface WithdrawDependencies {
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly texts: Texts;
  readonly read: ReplyReader;
  /** The references of the citizen's open requests, oldest first. */
  readonly openRequests: (chatId: number) => Promise<readonly string[]>;
  /** Withdraws one and tells the operators; false when it was no longer open. */
  readonly withdraw: (api: Api, chatId: number, reference: string) => Promise<boolean>;
}

const MAX_ATTEMPTS = 2;
const REFERENCE = /\bWM-[A-Z0-9]{4,6}\b/i;

/**
 * /annulla_richiesta: which request to withdraw (its button, "sì" when there is one, or its
 * reference typed), or none ("no"); then the operators are told. Typed while a request is being
 * written (a contact step, the summary), it is that request that goes, as «annulla» there.
 */
export function createWithdrawConversation(deps: WithdrawDependencies) {
  return async function withdrawRequest(
    conversation: Conversation<BotContext, Context>,
    ctx: Context,
    /** Whether /annulla_richiesta stopped a request being written (nothing of it was kept). */
    requestStopped = false,
  ) {
    const chatId = ctx.chat?.id as number;
    const locale = await chatLocale(conversation, deps.profiles, ctx, deps.texts);
    const t = deps.texts.for(locale);
    if (requestStopped) {
      await ctx.reply(t("handoff-cancelled"), { reply_markup: { remove_keyboard: true } });
      return;
    }
    const dialogue: Dialogue = { conversation, ctx, locale, t, read: deps.read, texts: deps.texts };
    const open = await conversation.external(() => deps.openRequests(chatId));
    const [first] = open;
    if (first === undefined) {
      await ctx.reply(t("withdraw-none"));
      return;
    }
    const choices: Choice[] = [
      ...open.map((reference) => ({
        label: t("withdraw-button", { reference }),
        data: data.withdraw(reference),
        ...(open.length === 1 ? { means: ["yes"] as const } : {}),
      })),
      { label: t("withdraw-keep"), data: data.keepRequest, means: ["no", "cancel"] },
    ];
    const question = open.length === 1 ? "withdraw-confirm" : "withdraw-choose";
    await ctx.reply(t(question, { reference: first }), {
      reply_markup: keyboardOf(choices.map((choice) => [choice])),
    });
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const reply = await waitChoice(dialogue, choices);
      const typed =
        reply.kind === "text" ? REFERENCE.exec(reply.text)?.[0].toUpperCase() : undefined;
      const action = reply.kind === "action" ? parseAction(reply.data) : undefined;
      const reference =
        action?.kind === "withdraw" ? action.reference : open.find((r) => r === typed);
      if (reference !== undefined) {
        const done = await conversation.external(() => deps.withdraw(ctx.api, chatId, reference));
        await ctx.reply(done ? t("withdraw-done", { reference }) : t("withdraw-none"));
        return;
      }
      if (action?.kind === "keep-request") break;
      if (attempt < MAX_ATTEMPTS) await ctx.reply(t("withdraw-hint"));
    }
    await ctx.reply(t("withdraw-kept"));
  };
}
