import type { KnowledgeHolder } from "../../knowledge/index.js";
import { tokenize } from "../../nlu/normalize.js";
import type { KeyValueStore } from "../../storage/json-directory-store.js";
import type { ChatProfile } from "../../storage/profiles.js";
import type { AskedInWords } from "../asked-in-words.js";
import { answerPress, parseAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { languageKeyboard, needsKeyboard, showMenu } from "../keyboards.js";
import { LeanComposer } from "../lean-composer.js";
import { renderHowServicesWork, renderSpaces } from "../render.js";
import { escapeHtml, type Locale, type Texts } from "../texts.js";
import { asksLanguageChoice, languageNamed } from "./typed-language.js";

export interface CommandsDependencies {
  readonly knowledge: KnowledgeHolder;
  readonly profiles: KeyValueStore<ChatProfile>;
  readonly texts: Texts;
  /** How long closed requests keep their personal fields: /privacy says it. */
  readonly retentionDays: number;
  /** Days misunderstood messages are kept for review (0: not kept): /privacy says it. */
  readonly reviewRetentionDays?: number;
  /**
   * Forgets a question asked outside any conversation («Intendevi…?», the place question);
   * true if one waited.
   */
  readonly forgetQuestion: (chatKey: string) => Promise<boolean>;
  /** The command a typed message asks for in words («come funziona?», «menu»), if any. */
  readonly asked: AskedInWords;
}

/** Remembers the citizen's language and answers in it from now on. */
export async function setLanguage(
  ctx: BotContext,
  deps: { readonly profiles: KeyValueStore<ChatProfile>; readonly texts: Texts },
  locale: Locale,
): Promise<void> {
  const key = String(ctx.chat?.id);
  const profile = (await deps.profiles.get(key)) ?? {};
  // A question still waiting is answered in the language chosen since, not in the one it was
  // asked in: the citizen said which they read.
  const waiting = profile.waiting && { ...profile.waiting, locale };
  await deps.profiles.set(key, { ...profile, locale, ...(waiting ? { waiting } : {}) });
  ctx.locale = locale;
  ctx.t = deps.texts.for(locale);
  await ctx.reply(ctx.t("language-set"));
}

/** The choice of language (/lingua, or asked for in words: «cambia lingua»). */
export const chooseLanguage = (ctx: BotContext) =>
  ctx.reply(ctx.t("choose-language"), { reply_markup: languageKeyboard() });

/**
 * Commands and menu buttons that work at any moment, also in the middle of a question.
 * Installed before the conversations so that a waiting question never swallows them.
 */
export function commandsFeature({
  knowledge,
  profiles,
  texts,
  retentionDays,
  reviewRetentionDays = 0,
  forgetQuestion,
  asked,
}: CommandsDependencies) {
  const composer = new LeanComposer<BotContext>();
  const feature = composer.chatType("private");

  const welcome = (ctx: BotContext) => {
    const name = ctx.from?.first_name ? escapeHtml(ctx.from.first_name) : "none";
    return ctx.reply(ctx.t("welcome", { name }), {
      parse_mode: "HTML",
      reply_markup: needsKeyboard(knowledge.current, ctx.locale, ctx.t),
    });
  };
  const spaces = (ctx: BotContext) =>
    ctx.reply(renderSpaces(knowledge.current, ctx.locale, ctx.t), { parse_mode: "HTML" });

  feature.command("start", async (ctx) => {
    await forgetQuestion(String(ctx.chat.id));
    await ctx.conversation.exitAll();
    await welcome(ctx);
  });
  const help = (ctx: BotContext) => ctx.reply(ctx.t("help"), { parse_mode: "HTML" });
  feature.command(["aiuto", "help"], help);
  // Right after an answer (its offer of a person still waits), «come funziona?» asks how that
  // need's services work: the catalogue's words; otherwise, or with no service, the bot's help.
  const howItWorks = async (ctx: BotContext) => {
    const profile = await profiles.get(String(ctx.chat?.id));
    const last = profile?.waiting?.kind === "contact-offer" ? profile.lastNeed : undefined;
    const intent = last && knowledge.current.intent(last.intent);
    const text = intent && renderHowServicesWork(intent, knowledge.current, ctx.locale, ctx.t);
    await (text ? ctx.reply(text, { parse_mode: "HTML" }) : help(ctx));
  };
  feature.command(["annulla", "cancel"], async (ctx) => {
    const waiting = await forgetQuestion(String(ctx.chat.id));
    const active = waiting || Object.keys(ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(active ? "cancelled" : "nothing-to-cancel"), {
      reply_markup: { remove_keyboard: true },
    });
  });
  feature.command(["spazi", "spaces"], spaces);
  feature.command("privacy", (ctx) => {
    const review =
      reviewRetentionDays > 0 ? `\n${ctx.t("privacy-review", { days: reviewRetentionDays })}` : "";
    return ctx.reply(ctx.t("privacy", { days: retentionDays }) + review, { parse_mode: "HTML" });
  });
  feature.command(["lingua", "language"], chooseLanguage);
  // Typed instead of /lingua or its buttons («cambiar idioma», «english please»): never the
  // answer to the question waiting (the phone, the name), which still waits after the choice.
  feature.on("message:text", async (ctx, next) => {
    const words = ctx.message.text.startsWith("/") ? [] : tokenize(ctx.message.text);
    const language = languageNamed(words);
    const command = words.length > 0 ? asked(ctx) : undefined;
    if (language) await setLanguage(ctx, { profiles, texts }, language);
    else if (asksLanguageChoice(words)) await chooseLanguage(ctx);
    else if (command === "help") await howItWorks(ctx);
    else if (command === "menu") {
      // As the «another need» button: the question in progress closes.
      await ctx.conversation.exitAll();
      await showMenu({ ctx, locale: ctx.locale, t: ctx.t }, knowledge.current, "new");
    } else await next();
  });

  feature.callbackQuery(/^(m|l):/, async (ctx) => {
    const action = parseAction(ctx.callbackQuery.data);
    if (action.kind === "menu") {
      await answerPress(ctx);
      // A new need closes the question in progress; the lists leave it open.
      if (action.item === "new") await ctx.conversation.exitAll();
      await showMenu({ ctx, locale: ctx.locale, t: ctx.t }, knowledge.current, action.item);
    } else if (action.kind === "language") {
      await answerPress(ctx);
      await setLanguage(ctx, { profiles, texts }, action.locale);
    } else {
      await answerPress(ctx, ctx.t("stale-button"));
    }
  });
  return composer;
}
