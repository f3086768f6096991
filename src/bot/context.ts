import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { DangerReading } from "../safety/danger.js";
import type { Locale, Translate } from "./texts.js";

/** What every handler outside conversations can rely on. */
export interface LocaleFlavor {
  locale: Locale;
  t: Translate;
}

/**
 * The safety feature's reading of a citizen's typed message, made once per update and taken
 * along by the orientation (which would read it again, and again for the classifier's
 * emergenza); absent on other updates (buttons, commands, groups).
 */
export interface DangerFlavor {
  danger?: DangerReading;
}

export type BotContext = ConversationFlavor<Context & LocaleFlavor & DangerFlavor>;
