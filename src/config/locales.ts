/** Besides Italian and English, the languages the bot holds whole conversations in. */
export const OTHER_LOCALES = ["es", "ro", "uk"] as const;

/**
 * The languages the bot holds whole conversations in. The citizen-facing texts are in
 * locales/<locale>/; Italian is the default and the fallback.
 */
export const LOCALES = ["it", "en", ...OTHER_LOCALES] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Languages the bot reads but does not speak: a need written in them is understood and
 * answered with one line in that language (locales/other-languages.yaml), then Italian or
 * English.
 */
export const READ_LANGUAGES = ["ru", "tl", "ar", "fr", "pt", "sq", "zh", "si"] as const;

/** The languages intents have examples in besides Italian and English. */
export const EXAMPLE_LANGUAGES = [...OTHER_LOCALES, ...READ_LANGUAGES] as const;
export type ExampleLanguage = (typeof EXAMPLE_LANGUAGES)[number];

/** Every language of Milan's families and carers that the bot understands. */
export const LANGUAGES: readonly string[] = [...LOCALES, ...READ_LANGUAGES];

/** How dates and numbers are written in each locale. */
export const LANGUAGE_TAGS: Readonly<Record<Locale, string>> = {
  it: "it-IT",
  en: "en-GB",
  es: "es-ES",
  ro: "ro-RO",
  uk: "uk-UA",
};

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
