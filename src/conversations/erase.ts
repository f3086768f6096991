import type { Conversation } from "@grammyjs/conversations";
import type { Api, Context } from "grammy";
import { data, parseAction } from "../bot/callback-data.js";
import type { BotContext } from "../bot/context.js";
import type { Texts } from "../bot/texts.js";
import type { ReplyReader } from "../language/replies.js";
import type { KeyValueStore } from "../storage/json-directory-store.js";
import type { ChatProfile } from "../storage/profiles.js";
import {
  type Choice,
  chatLocale,
  type Dialogue,
  keyboardOf,
  saysNoFirst,
  waitChoice,
} from "./replies.js";

export const ERASE = "erase";

export interface EraseDependencies {
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly texts: Texts;
  readonly read: ReplyReader;
  /** Erases everything stored about the chat. */
  readonly eraseEverything: (api: Api, chatId: number) => Promise<void>;
}

const MAX_ATTEMPTS = 2;

/** /cancella_dati: asks for confirmation, typed or tapped, then erases everything. */
export function createEraseConversation(deps: EraseDependencies) {
  return async function eraseData(
    conversation: Conversation<BotContext, Context>,
    ctx: Context,
    /** Whether /cancella_dati stopped a request being made (its name or phone question). */
    requestStopped = false,
  ) {
    const chatId = ctx.chat?.id as number;
    const locale = await chatLocale(conversation, deps.profiles, ctx, deps.texts);
    const t = deps.texts.for(locale);
    const dialogue: Dialogue = { conversation, ctx, locale, t, read: deps.read, texts: deps.texts };
    const choices: Choice[] = [
      { label: t("erase-yes"), data: data.erase(true), means: ["yes"] },
      { label: t("erase-no"), data: data.erase(false), means: ["no", "cancel"] },
    ];
    await ctx.reply(t("erase-confirm"), { reply_markup: keyboardOf([choices]) });
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const reply = await waitChoice(dialogue, choices);
      const action =
        reply.kind === "action"
          ? parseAction(reply.data)
          : reply.kind === "text" && saysNoFirst(dialogue, reply.text)
            ? parseAction(data.erase(false))
            : undefined;
      if (action?.kind === "erase" && action.yes) {
        await conversation.external(() => deps.eraseEverything(ctx.api, chatId));
        await ctx.reply(t("erase-done"), { reply_markup: { remove_keyboard: true } });
        return;
      }
      if (action?.kind === "erase") break;
      if (attempt < MAX_ATTEMPTS) await ctx.reply(t("erase-hint"));
    }
    if (!requestStopped) {
      await ctx.reply(t("erase-kept"));
      return;
    }
    // She changed her mind: the request she was making is one tap away, not lost unsaid.
    await ctx.reply(t("erase-kept-request"), {
      reply_markup: keyboardOf([[{ label: t("button-contact-me"), data: data.operator }]]),
    });
  };
}
