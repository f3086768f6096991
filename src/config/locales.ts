/**
 * The languages the bot holds whole conversations in. The citizen-facing texts are in
 * locales/<locale>/; Italian is the default and the fallback.
 */
export const LOCALES = ["it", "en", "es", "ro", "uk"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
