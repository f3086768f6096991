import type { MiddlewareFn } from "grammy";
import type { KeyValueStore } from "../../storage/json-directory-store.js";
import type { ChatProfile } from "../../storage/profiles.js";
import type { BotContext } from "../context.js";
import { localeFromLanguageCode, type Texts } from "../texts.js";

/** Sets ctx.locale and ctx.t: the citizen's choice (/lingua), else their Telegram language. */
export function localeMiddleware(
  texts: Texts,
  profiles: KeyValueStore<ChatProfile>,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const stored =
      ctx.chat?.type === "private" ? (await profiles.get(String(ctx.chat.id)))?.locale : undefined;
    ctx.locale = stored ?? localeFromLanguageCode(ctx.from?.language_code);
    ctx.t = texts.for(ctx.locale);
    await next();
  };
}
