import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Locale, Translate } from "./texts.js";

/** What every handler outside conversations can rely on. */
export interface LocaleFlavor {
  locale: Locale;
  t: Translate;
}

export type BotContext = ConversationFlavor<Context & LocaleFlavor>;
