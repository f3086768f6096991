import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
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
 * Bundles are chosen once per locale, not negotiated on every text: a citizen's locale is
 * one of two, and each answer formats several texts. A text missing in English is shown
 * in Italian, as the Italian files are complete.
 */
export function loadTexts(directory: string = join(PROJECT_ROOT, "locales")): Texts {
  const italian = loadBundle(directory, "it");
  const translators = new Map<Locale, Translate>(
    LOCALES.map((locale) => {
      const bundles = locale === "it" ? [italian] : [loadBundle(directory, locale), italian];
      const translate: Translate = (key, variables) => {
        for (const bundle of bundles) {
          const pattern = bundle.getMessage(key)?.value;
          if (pattern) return bundle.formatPattern(pattern, variables);
        }
        return `{${key}}`;
      };
      return [locale, translate];
    }),
  );
  return { for: (locale) => translators.get(locale) as Translate };
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
