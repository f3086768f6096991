import { InlineKeyboard, Keyboard } from "grammy";
import type { Intent } from "../catalogue/schema.js";
import type { Knowledge } from "../knowledge/index.js";
import { data } from "./callback-data.js";
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

const label = (intent: Intent, locale: Locale) => localized(intent.label, locale);

export function needsKeyboard(knowledge: Knowledge, locale: Locale, t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const featured = FEATURED_NEEDS.map((id) => knowledge.intent(id)).filter(
    (i): i is Intent => i !== undefined,
  );
  featured.forEach((intent, i) => {
    keyboard.text(label(intent, locale), data.need(intent.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard
    .row()
    .text(t("button-operator"), data.operator)
    .row()
    .text(t("button-all-spaces"), data.menu("spaces"));
}

export function didYouMeanKeyboard(
  intents: readonly Intent[],
  locale: Locale,
  t: Translate,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const intent of intents) keyboard.text(label(intent, locale), data.pick(intent.id)).row();
  return keyboard
    .text(t("button-other"), data.pickOther)
    .row()
    .text(t("button-operator"), data.operator);
}

export function afterAnswerKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("button-contact-me"), data.operator)
    .row()
    .text(t("button-new-need"), data.menu("new"))
    .row()
    .text(t("button-all-spaces"), data.menu("spaces"));
}

export function placeKeyboard(t: Translate): Keyboard {
  return new Keyboard()
    .requestLocation(t("button-send-location"))
    .row()
    .text(t("button-skip-place"))
    .resized()
    .oneTime();
}

/** Each language named in itself, so that anyone finds their own. */
const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
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
