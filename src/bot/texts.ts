import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { z } from "zod";
import { parseYaml } from "../cache/yaml.js";
import {
  isLocale,
  LANGUAGE_TAGS,
  LOCALES,
  type Locale,
  READ_LANGUAGES,
} from "../config/locales.js";
import { PROJECT_ROOT } from "../config/paths.js";

export { isLocale, LANGUAGE_TAGS, LOCALES, type Locale };

export type TextVariables = Record<string, string | number>;
export type Translate = (key: string, variables?: TextVariables) => string;

/** What a message in a language the bot reads but does not speak is answered with first. */
export interface LanguageNotice {
  /** One line in that language: which languages the bot speaks, and that a person can help. */
  readonly text: string;
  /** The language the answer follows in, unless the citizen chose one. */
  readonly answerIn: Locale;
}

/** The citizen-facing texts, read from Fluent files under locales/. */
export interface Texts {
  for(locale: Locale): Translate;
  /** The notice for a language (ISO 639-1) the bot reads but does not speak. */
  notice(language: string): LanguageNotice | undefined;
}

/** Every language the bot only reads has its notice. */
const noticesSchema = z.record(
  z.enum(READ_LANGUAGES),
  z.strictObject({ answerIn: z.enum(LOCALES), notice: z.string().trim().min(1) }),
);

/**
 * The Telegram client's language when the bot speaks it; for a language it only reads, the
 * one its notice answers in (a phone set to Tagalog gets /start in English); else Italian.
 */
export function localeFromLanguageCode(languageCode: string | undefined, texts: Texts): Locale {
  const code = languageCode?.toLowerCase().split(/[-_]/)[0];
  if (isLocale(code)) return code;
  return (code === undefined ? undefined : texts.notice(code)?.answerIn) ?? "it";
}

/** The Fluent files of one locale, locales/<locale>/*.ftl, as one bundle. */
function loadBundle(directory: string, locale: Locale): FluentBundle {
  // useIsolating would wrap variables in invisible marks that break links and copy-paste.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const folder = join(directory, locale);
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith(".ftl"))
    .sort()) {
    const errors = bundle.addResource(new FluentResource(readFileSync(join(folder, name), "utf8")));
    if (errors.length > 0) throw new Error(`${join(folder, name)}: ${errors[0]?.message}`);
  }
  return bundle;
}

/**
 * Bundles are chosen once per locale, not negotiated on every text: each answer formats
 * several texts. A text missing in another language is shown in Italian, as the Italian
 * files are complete.
 */
export function loadTexts(directory: string = join(PROJECT_ROOT, "locales")): Texts {
  const italian = loadBundle(directory, "it");
  const translators = new Map<Locale, Translate>(
    LOCALES.map((locale) => {
      const bundles = locale === "it" ? [italian] : [loadBundle(directory, locale), italian];
      const format = (key: string, variables?: TextVariables) => {
        for (const bundle of bundles) {
          const pattern = bundle.getMessage(key)?.value;
          if (pattern) return bundle.formatPattern(pattern, variables);
        }
        return `{${key}}`;
      };
      // A text without variables reads the same every time: formatted once (button labels,
      // questions), not at every answer. At most one entry per message of the files.
      const fixed = new Map<string, string>();
      const translate: Translate = (key, variables) => {
        if (variables !== undefined) return format(key, variables);
        let text = fixed.get(key);
        if (text === undefined) {
          text = format(key);
          if (text !== `{${key}}`) fixed.set(key, text);
        }
        return text;
      };
      return [locale, translate];
    }),
  );
  const notices = noticesSchema.parse(
    parseYaml(readFileSync(join(directory, "other-languages.yaml"), "utf8")),
  );
  return {
    for: (locale) => translators.get(locale) as Translate,
    notice: (language) => {
      const entry = notices[language as (typeof READ_LANGUAGES)[number]];
      return entry && { text: entry.notice, answerIn: entry.answerIn };
    },
  };
}

/**
 * A text of the catalogue in the citizen's language. A missing translation falls back to
 * English, read by more of Milan's newcomers than Italian, then to Italian.
 */
export function localized(
  text: { it: string } & Partial<Record<Locale, string | undefined>>,
  locale: Locale,
): string {
  return text[locale] ?? (locale === "it" ? undefined : text.en) ?? text.it;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** Escapes text for Telegram's HTML parse mode. Every user- or data-provided string goes through it. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] as string);
}
