import { tokenize } from "../../nlu/normalize.js";
import { LANGUAGE_NAMES } from "../keyboards.js";
import { LOCALES, type Locale } from "../texts.js";

// A language named or asked for in words, the typed twins of /lingua and its buttons: read
// with the commands, at any moment, also at a question that waits for something else.

/**
 * A language named alone ("English", "🇮🇹 Italiano", "inglese", "Español"): the typed twin of
 * /lingua's buttons, whose labels count too.
 */
const LANGUAGE_WORDS: Readonly<Record<string, Locale>> = {
  ...Object.fromEntries(
    LOCALES.map((locale) => [tokenize(LANGUAGE_NAMES[locale]).join(" "), locale]),
  ),
  italian: "it",
  inglese: "en",
  spanish: "es",
  spagnolo: "es",
  romanian: "ro",
  rumeno: "ro",
  ukrainian: "uk",
  ucraino: "uk",
};
/** Words around a language's name that change nothing: «english please», «in italiano». */
const AROUND_A_LANGUAGE: ReadonlySet<string> = new Set([
  "in",
  "per",
  "favore",
  "please",
  "por",
  "favor",
  "en",
]);
export const languageNamed = (words: readonly string[]): Locale | undefined => {
  return (
    LANGUAGE_WORDS[words.join(" ")] ??
    LANGUAGE_WORDS[words.filter((word) => !AROUND_A_LANGUAGE.has(word)).join(" ")]
  );
};

/** Asking for the choice of language in words, in the languages the bot speaks. */
const LANGUAGE_CHOICE: ReadonlySet<string> = new Set(
  [
    "lingua",
    "cambia lingua",
    "cambiare lingua",
    "language",
    "change language",
    "change the language",
    "idioma",
    "cambiar idioma",
    "cambiar el idioma",
    "limba",
    "schimba limba",
    "мова",
    "змінити мову",
  ].map((words) => tokenize(words).join(" ")),
);
export const asksLanguageChoice = (words: readonly string[]) =>
  LANGUAGE_CHOICE.has(words.join(" "));
