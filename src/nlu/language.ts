import { join } from "node:path";
import { LANGUAGES } from "../config/locales.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { loadNgramDetector, type NgramDetection } from "./language-ngrams.js";
import {
  languageOfFewWords,
  leadingMarker,
  type MarkerLead,
  romanisedLanguage,
} from "./language-words.js";
import { HAN } from "./normalize.js";
import { romanisedCyrillic } from "./romanised-cyrillic.js";

/**
 * Which language a chat message is written in (ISO 639-1).
 *
 * eld was chosen by measurement on short chat messages in the thirteen languages of Milan's
 * families and carers (data/nlu/README.md): its small database was as accurate as the large
 * one and loads in a third of the time. Its database is read from a compact copy
 * (language-ngrams.ts), on the first message that needs it. eld has no Sinhala, and Chinese
 * messages of a few characters can look Japanese to it, so scripts used by one language only
 * decide first, even with Italian words in them («ما عنديش permesso di soggiorno», «我想学
 * italiano»): the citizen writes in her own script and borrows the names of services and
 * places. Words only Tagalog or Albanian writes settle what the n-grams leave unsure; Arabic and
 * Sinhala typed in Latin letters are told by their chat alphabets' words, which n-grams never saw,
 * and so are Ukrainian and Russian (romanised-cyrillic.ts), which they take for Slovak or Czech.
 */

export interface DetectedLanguage {
  /** ISO 639-1 code. */
  readonly language: string;
  /** 0 when the text was too short or unclear and the hint (or Italian) was used. */
  readonly confidence: number;
  /**
   * How the language was told: by the script only it writes (Arabic, Chinese, Sinhala, even
   * beside borrowed Italian words), by words only it writes (a few words, a chat alphabet,
   * Tagalog's or Albanian's own words), by the n-grams alone, or not at all (the hint).
   */
  readonly told: "script" | "words" | "ngrams" | "hint";
  /**
   * Arabic, Sinhala, Ukrainian or Russian typed in Latin letters, told by their chat alphabets'
   * words: the reader of every language writes Ukrainian and Russian back in Cyrillic.
   */
  readonly typedInLatin?: true;
}

/** Fewer words than this say too little for n-grams: "ok", "grazie mille", "Loreto 5". */
const MIN_WORDS = 3;
/** A language told by its words alone ("busco trabajo"): surer than none, less than n-grams'. */
const FEW_WORDS_CONFIDENCE = 0.5;
/** One Han character may be Japanese or a symbol; «谢谢», «你好» are Chinese. */
const MIN_HAN_CHARACTERS = 2;
const FALLBACK = "it";

const SINHALA = /\p{Script=Sinhala}/gu;
const SINHALA_WORD = /\p{Script=Sinhala}+/gu;
/** Every Han character, counted. */
const HAN_CHARACTERS = new RegExp(HAN, "gu");
const ARABIC_WORD = /\p{Script=Arabic}{2,}/gu;
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTERS = /\p{L}/gu;

/** The languages of Milan's families and carers: preferred when eld finds them about as likely. */
const MILAN_LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES);
const NEAR_TOP = 0.03;
/** Letters one of the two Cyrillic languages has and the other lacks. */
const UKRAINIAN_ONLY = /[іїєґ]/iu;
const RUSSIAN_ONLY = /[ыэъё]/iu;

/** eld's small database in typed arrays (scripts/build-language-ngrams.ts). */
const NGRAMS_FILE = join(PROJECT_ROOT, "data", "nlu", "language-ngrams.bin");
let eld: ((text: string) => NgramDetection) | undefined;

/**
 * How many times a global `pattern` (one that never matches nothing) matches in `text`,
 * without an array of the matches: every message is counted letter by letter, a string per
 * letter in an array a few hundred long for a story.
 */
function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let matches = 0;
  while (pattern.test(text)) matches++;
  return matches;
}

/** Telegram's language_code ("pt-br", "uk") reduced to ISO 639-1, or undefined. */
function hintLanguage(hint: string | undefined): string | undefined {
  const code = hint?.toLowerCase().split(/[-_]/)[0];
  return code && /^[a-z]{2}$/.test(code) ? code : undefined;
}

/**
 * One-letter words Italian writes too («a», «e», «è» typed «é», «o», «x» for «per»; English «I»,
 * «a»): «ciao a te», «wemi e gratuito?» say too little for n-grams all the same.
 */
const ITALIAN_ONE_LETTER = /^[aeioxèé]$/iu;

/**
 * The words of a message: two letters or more, and the one-letter words of other languages
 * («Bonjour à vous», «il y a», «я в небезпеці»), which say as much of their language as longer
 * ones; not a letter an apostrophe elides («j'», «l'»).
 */
const saysItsLanguage = (word: string) => word.length > 1 || !ITALIAN_ONE_LETTER.test(word);
const wordCount = (text: string) =>
  (text.match(/\p{L}+(?!['’])/gu) ?? []).filter(saysItsLanguage).length;

/**
 * The language of `text`. A Telegram language_code is only a hint: the text decides when it
 * says enough; a short or unclear text falls back to the hint, else to Italian.
 */
export function detectLanguage(text: string, hint?: string): DetectedLanguage {
  const fallback: DetectedLanguage = {
    language: hintLanguage(hint) ?? FALLBACK,
    confidence: 0,
    told: "hint",
  };
  const letters = count(text, LETTERS);
  if (letters === 0) return fallback;
  const sinhala = count(text, SINHALA);
  if (sinhala * 2 >= letters)
    return { language: "si", confidence: sinhala / letters, told: "script" };
  // Borrowed Italian words are counted against the script's: «"badante"用中文怎么说？»,
  // «أمي تحتاج aiuto a casa» and «permesso di soggiorno renew කරන්න ඕනේ» are Chinese, Arabic and
  // Sinhala, though the Italian words have more letters; «ciao, come si dice grazie? شكرا» is not.
  const latinWords = count(text, LATIN_WORD);
  const sinhalaWords = sinhala > 0 ? count(text, SINHALA_WORD) : 0;
  if (sinhalaWords > 0 && sinhalaWords * 2 >= latinWords)
    return {
      language: "si",
      confidence: sinhalaWords / (sinhalaWords + latinWords),
      told: "script",
    };
  const han = count(text, HAN_CHARACTERS);
  if (han > 0 && han >= latinWords && !KANA.test(text)) {
    return han >= MIN_HAN_CHARACTERS
      ? { language: "zh", confidence: han / letters, told: "script" }
      : fallback;
  }
  const arabicWords = count(text, ARABIC_WORD);
  if (arabicWords > 0 && arabicWords * 2 >= latinWords)
    return {
      language: "ar",
      confidence: arabicWords / (arabicWords + latinWords),
      told: "script",
    };
  // Counted once: the Latin-letter Arabic and Sinhala below, the n-grams' unsure guess after.
  const lead = leadingMarker(text);
  const romanised = romanisedLanguage(lead);
  const slavic = romanised ?? romanisedCyrillic(text, lead);
  if (slavic !== undefined)
    return {
      language: slavic,
      confidence: FEW_WORDS_CONFIDENCE,
      told: "words",
      typedInLatin: true,
    };
  if (wordCount(text) < MIN_WORDS) {
    // "hola", "busco trabajo", "шукаю роботу": a few words of a language the bot speaks.
    const language = languageOfFewWords(text);
    return language === undefined
      ? fallback
      : { language, confidence: FEW_WORDS_CONFIDENCE, told: "words" };
  }
  eld ??= loadNgramDetector(NGRAMS_FILE);
  const result = eld(text);
  if (result.language === "") return fallback;
  const marked = markedLanguage(lead, result);
  if (marked !== undefined)
    return { language: marked, confidence: result.score(marked) ?? 0, told: "words" };
  if (!result.reliable()) return fallback;
  const language = spelledCyrillic(text) ?? preferMilan(result);
  const confidence = result.score(language) ?? result.score(result.language) ?? 0;
  return { language, confidence, told: "ngrams" };
}

/**
 * Tagalog or Albanian told by words only they write (language-words.ts): one confirms the
 * n-grams' own unsure guess («kerkoj pune urgjent») or breaks a near tie («sa kushton
 * bileta…», Romanian and Albanian alike), one turns English, or what is nearly as English as
 * anything, into Taglish («looking for work po as housekeeper», «hello po, I need a
 * babysitter»); two are needed against any other language («se po fa quaicoss» stays Milanese).
 */
function markedLanguage(
  lead: MarkerLead | undefined,
  { language: top, score }: NgramDetection,
): string | undefined {
  if (lead === undefined) return undefined;
  const { language, words } = lead;
  if (language === top) return words >= 1 ? language : undefined;
  const near = (other: number | undefined) => (score(top) ?? 0) - (other ?? 0) <= NEAR_TOP;
  const taglish = language === "tl" && near(score("en"));
  return words >= (near(score(language)) || taglish ? 1 : 2) ? language : undefined;
}

/**
 * Common words the two Cyrillic languages spell differently: «шукаю роботу» / «ищу работу»,
 * for a message with no letter of its own («Доброго дня, шукаю роботу доглядальницею»).
 */
const UKRAINIAN_WORDS: ReadonlySet<string> = new Set(
  "шукаю шукає шукаємо потрібна потрібен потрібно треба мені мене дякую будь ласка що як де коли роботу робота роботи роботою працювати працюю доглядальниця доглядальницею доглядальницю доглядати бабуся дідусь дитина або але чи це цей ця щоб вже теж також дуже хочу".split(
    " ",
  ),
);
const RUSSIAN_WORDS: ReadonlySet<string> = new Set(
  "ищу ищет ищем нужна нужен нужно надо мне меня спасибо пожалуйста что как где когда работу работа работы работой работать работаю сиделка сиделкой сиделку ухаживать бабушка дедушка ребенок или но это этот эта чтобы уже тоже также очень хочу".split(
    " ",
  ),
);
const CYRILLIC_WORD = /[\p{Script=Cyrillic}]+/gu;

/**
 * Ukrainian and Russian told apart by the letters only one of them writes, else by words. A
 * message with the letters of both is counted word by word, a word with one's letters or one of
 * its common words for that one: a Ukrainian who writes some Russian words («Скажіть будь
 * ласка, где можно найти курсы итальянского») is still a Ukrainian citizen, whom the n-grams
 * alone sent the Russian notice and an English answer, in a language the bot speaks.
 */
export function spelledCyrillic(text: string): string | undefined {
  const ukrainian = UKRAINIAN_ONLY.test(text);
  const russian = RUSSIAN_ONLY.test(text);
  if (ukrainian !== russian) return ukrainian ? "uk" : "ru";
  const words = text.toLowerCase().match(CYRILLIC_WORD) ?? [];
  const ukrainianWords = words.filter(
    (word) => UKRAINIAN_WORDS.has(word) || (ukrainian && UKRAINIAN_ONLY.test(word)),
  ).length;
  const russianWords = words.filter(
    (word) => RUSSIAN_WORDS.has(word) || (russian && RUSSIAN_ONLY.test(word)),
  ).length;
  if (ukrainianWords === russianWords) return undefined;
  return ukrainianWords > russianWords ? "uk" : "ru";
}

/** A close neighbour ("ищу работу" read as Bulgarian) gives way to a language of Milan. */
function preferMilan({ language: top, score, ranked }: NgramDetection): string {
  if (MILAN_LANGUAGES.has(top)) return top;
  const floor = (score(top) ?? 0) - NEAR_TOP;
  const near = ranked()
    .filter(([language, score]) => MILAN_LANGUAGES.has(language) && score >= floor)
    .sort((a, b) => b[1] - a[1]);
  return near[0]?.[0] ?? top;
}
