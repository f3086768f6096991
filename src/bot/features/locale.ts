import type { MiddlewareFn } from "grammy";
import type { KeyValueStore } from "../../storage/json-directory-store.js";
import type { ChatProfile } from "../../storage/profiles.js";
import type { BotContext } from "../context.js";
import { savedLocale } from "../reply-language.js";
import type { Texts } from "../texts.js";

/**
 * Sets ctx.locale and ctx.t: the citizen's choice (/lingua), else the language they write
 * in, else their Telegram language.
 */
export function localeMiddleware(
  texts: Texts,
  profiles: KeyValueStore<ChatProfile>,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const profile =
      ctx.chat?.type === "private" ? await profiles.get(String(ctx.chat.id)) : undefined;
    ctx.locale = savedLocale(profile, ctx.from?.language_code, texts);
    ctx.t = texts.for(ctx.locale);
    await next();
  };
}
