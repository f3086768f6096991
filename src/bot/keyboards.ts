import { type Context, InlineKeyboard } from "grammy";
import type { Intent } from "../catalogue/schema.js";
import type { Choice } from "../conversations/replies.js";
import type { Knowledge } from "../knowledge/index.js";
import { GREETING_INTENT, OPERATOR_INTENT } from "../nlu/need.js";
import { DANGER_INTENT } from "../safety/danger.js";
import { data, type MenuItem } from "./callback-data.js";
import { renderSpaces } from "./render.js";
import { LOCALES, type Locale, localized, type Translate } from "./texts.js";

/** The needs offered as buttons on the welcome message: the most requested ones first. */
export const FEATURED_NEEDS = [
  "badante",
  "colf",
  "babysitter",
  "pasti_domicilio",
  "caregiver",
  "dsa",
] as const;

/** Intents that are not needs to pick from a menu. */
const NOT_IN_MENUS = new Set([GREETING_INTENT, OPERATOR_INTENT, DANGER_INTENT]);

const label = (intent: Intent, locale: Locale) => localized(intent.label, locale);

/** Need buttons two by two. */
function needButtons(keyboard: InlineKeyboard, intents: readonly Intent[], locale: Locale) {
  intents.forEach((intent, i) => {
    keyboard.text(label(intent, locale), data.need(intent.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row();
}

export function needsKeyboard(knowledge: Knowledge, locale: Locale, t: Translate): InlineKeyboard {
  const featured = FEATURED_NEEDS.map((id) => knowledge.intent(id)).filter(
    (i): i is Intent => i !== undefined,
  );
  return needButtons(new InlineKeyboard(), featured, locale)
    .text(t("button-other-needs"), data.menu("needs"))
    .row()
    .text(t("button-operator"), data.operator)
    .row()
    .text(t("button-all-spaces"), data.menu("spaces"));
}

/** Every need of the catalogue ("Altri bisogni"): none is out of reach of a tap. */
export function allNeedsKeyboard(
  knowledge: Knowledge,
  locale: Locale,
  t: Translate,
): InlineKeyboard {
  const needs = knowledge.catalogue.intents.filter((intent) => !NOT_IN_MENUS.has(intent.id));
  return needButtons(new InlineKeyboard(), needs, locale).text(t("button-operator"), data.operator);
}

/** The buttons of "Intendevi…?": the suggestions, "something else", a person. */
export function didYouMeanChoices(
  intents: readonly Intent[],
  locale: Locale,
  t: Translate,
): Choice[] {
  return [
    // With a single guess, "sì" means it; with several, "sì" alone says none of them.
    ...intents.map((intent) => ({
      label: label(intent, locale),
      data: data.pick(intent.id),
      ...(intents.length === 1 ? { means: ["yes" as const] } : {}),
    })),
    { label: t("button-other"), data: data.pickOther, means: ["no"] },
    { label: t("button-operator"), data: data.operator, means: ["contact_here"] },
  ];
}

/**
 * The buttons of the menus valid at any time (needs, other needs, a person, all spaces, a
 * new need), as choices, so that typing one of their labels does what tapping does.
 */
export function menuChoices(knowledge: Knowledge, locale: Locale, t: Translate): Choice[] {
  return [
    ...knowledge.catalogue.intents
      .filter((intent) => !NOT_IN_MENUS.has(intent.id))
      .map((intent) => ({ label: label(intent, locale), data: data.need(intent.id) })),
    { label: t("button-other-needs"), data: data.menu("needs") },
    { label: t("button-operator"), data: data.operator },
    { label: t("button-all-spaces"), data: data.menu("spaces") },
    { label: t("button-new-need"), data: data.menu("new") },
    { label: t("button-details"), data: data.details },
    { label: t("button-danger-person"), data: data.operator },
  ];
}

/** What a menu button shows: all spaces, every need, or the need question again. */
export async function showMenu(
  dialogue: { readonly ctx: Context; readonly locale: Locale; readonly t: Translate },
  knowledge: Knowledge,
  item: MenuItem,
): Promise<void> {
  const { ctx, locale, t } = dialogue;
  if (item === "spaces")
    await ctx.reply(renderSpaces(knowledge, locale, t), { parse_mode: "HTML" });
  else if (item === "needs")
    await ctx.reply(t("all-needs"), { reply_markup: allNeedsKeyboard(knowledge, locale, t) });
  else
    await ctx.reply(t("ask-need"), {
      parse_mode: "HTML",
      reply_markup: needsKeyboard(knowledge, locale, t),
    });
}

/** Each language named in itself, so that anyone finds their own. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  it: "🇮🇹 Italiano",
  en: "🇬🇧 English",
  es: "🇪🇸 Español",
  ro: "🇷🇴 Română",
  uk: "🇺🇦 Українська",
};

export function languageKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  LOCALES.forEach((locale, i) => {
    keyboard.text(LANGUAGE_NAMES[locale], data.language(locale));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}
