import { join } from "node:path";
import { I18n } from "@grammyjs/i18n";
import { PROJECT_ROOT } from "../config/paths.js";

export const LOCALES = ["it", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export type TextVariables = Record<string, string | number>;
export type Translate = (key: string, variables?: TextVariables) => string;

/** The citizen-facing texts, read from Fluent files under locales/. */
export interface Texts {
  for(locale: Locale): Translate;
}

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** English for English-speaking Telegram clients, Italian for everyone else. */
export function localeFromLanguageCode(languageCode: string | undefined): Locale {
  return languageCode?.toLowerCase().startsWith("en") ? "en" : "it";
}

export function loadTexts(directory: string = join(PROJECT_ROOT, "locales")): Texts {
  // useIsolating would wrap variables in invisible marks that break links and copy-paste.
  const i18n = new I18n({ defaultLocale: "it", fluentBundleOptions: { useIsolating: false } });
  i18n.loadLocalesDirSync(directory);
  return { for: (locale) => (key, variables) => i18n.t(locale, key, variables) };
}

/** A text of the catalogue in the citizen's language; Italian when no English was written. */
export function localized(text: { it: string; en?: string | undefined }, locale: Locale): string {
  return locale === "en" ? (text.en ?? text.it) : text.it;
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
