import type { ReplyReader } from "../language/replies.js";
import { type DetectedLanguage, detectLanguage, spelledCyrillic } from "../nlu/language.js";
import type { ChatProfile } from "../storage/profiles.js";
import type { RecentTexts } from "../util/recent.js";
import { isLocale, type Locale, localeFromLanguageCode, type Texts } from "./texts.js";

/** Detections remembered: a few dialogues' worth. */
const RECENT_TEXTS = 256;

/**
 * The language a chat is answered in outside a new message: the one chosen with /lingua, else
 * the one the citizen last wrote a need in, else the Telegram client's.
 */
export function savedLocale(
  profile: ChatProfile | undefined,
  languageCode: string | undefined,
  texts: Texts,
): Locale {
  return profile?.locale ?? profile?.writes ?? localeFromLanguageCode(languageCode, texts);
}

export interface ReplyLanguage {
  readonly locale: Locale;
  /** The message's language (ISO 639-1), when its words say enough. */
  readonly language?: string;
  /** For a language the bot reads but does not speak: the line to send first. */
  readonly notice?: string;
  /**
   * The language to go on in, worth remembering for the chat's next replies: the one the
   * message is written in when the bot speaks it, else the one its notice answers in.
   */
  readonly written?: Locale;
}

/**
 * What the chat keeps of a message's language: the language the citizen writes in, for buttons
 * and commands, and the language whose one-line notice the chat got (`told`: sent now), so that
 * it is said once; a message plainly in a language the bot answers in lets it be said again.
 */
export function languageMemory(
  language: ReplyLanguage,
  profile: Pick<ChatProfile, "writes" | "noticed">,
  told: boolean,
): Pick<ChatProfile, "writes" | "noticed"> {
  const otherLanguage = language.written && language.language !== profile.noticed;
  return {
    writes: language.written ?? profile.writes,
    noticed: told ? language.language : otherLanguage ? undefined : profile.noticed,
  };
}

/**
 * The language to answer a citizen's message in (see replyLanguages). `asked`: the language
 * of the question the message may be a reply to; `withoutPlace`: the words of a text besides
 * the place it names, as the update's own place reader reads them.
 */
export type ReplyLanguageOf = (
  text: string,
  profile: ChatProfile | undefined,
  languageCode: string | undefined,
  texts: Texts,
  asked?: Locale,
  withoutPlace?: (text: string) => string,
) => ReplyLanguage;

/**
 * How sure the n-grams must be that a message of three words or more is in another language
 * than the question it follows, to answer in that language: «Hola, soy de Perú, busco
 * trabajo…» typed at an Italian question scores 0.78. Below it, the few Italian and English
 * development messages read as another language (Milanese dialect read as Romanian, 8 of
 * about 2,800); one or two words ("no", "ok", a name) never reach it.
 */
const CLEARLY_ANOTHER = 0.7;
/** Words a message needs, besides a place, to turn a dialogue to Italian or English. */
const CLEAR_WORDS = 3;
export const ITALIAN_OR_ENGLISH: ReadonlySet<string> = new Set(["it", "en"]);

/**
 * The language to answer a citizen's message in. The text decides when it says enough and no
 * language was chosen with /lingua: Spanish, Romanian or Ukrainian are answered in; a
 * language the bot only reads gets a one-line notice, then the answer in Italian or English;
 * Italian or English when the n-grams are sure (2,485 of 2,590 it/en development messages,
 * one of them wrong, with the other language as Telegram's). Otherwise (a short message, an
 * unsure one) the saved language answers. A reply to a question is answered in the
 * question's language unless it is clearly written in another one the bot speaks or reads
 * (not Italian or English: a reply keeps the dialogue's language between those two). A short
 * reply in the dialogue's own words keeps its language whatever the n-grams say (`read`).
 * The dialogue asks this for the citizen's first message at every replay: detections are
 * remembered in `recent`.
 */
export function replyLanguages(recent: RecentTexts, read: ReplyWords): ReplyLanguageOf {
  const detect = recent.remember(
    RECENT_TEXTS,
    (text, languageCode): DetectedLanguage => detectLanguage(text, languageCode || undefined),
  );
  /**
   * Whether the words of a message besides the place it names still read plainly as the
   * language found, `words` of them at least. Milan's street and neighbourhood names sway the
   * n-grams («via Giovanni Pascoli 12», «Quarto Oggiaro» read as Italian at 0.79, «Largo Rio
   * de Janeiro 12» as Portuguese), and a place is no change of language.
   */
  const besidesPlace = (
    withoutPlace: (text: string) => string,
    text: string,
    found: DetectedLanguage,
    dialogue: Locale,
    languageCode: string | undefined,
    words = 0,
  ) => {
    const rest = withoutPlace(text);
    if (rest === text && words === 0) return true;
    if (rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < words) return false;
    const again = rest === text ? found : inCyrillic(rest, detect(rest, languageCode), dialogue);
    return again.language === found.language && plainly(again);
  };
  return (text, profile, languageCode, texts, asked, withoutPlace = (words) => words) => {
    const saved = savedLocale(profile, languageCode, texts);
    const dialogue = asked ?? saved;
    const detected = inCyrillic(text, detect(text, languageCode), dialogue);
    const { language } = detected;
    const italianOrEnglish = language === "it" || language === "en";
    // Italian or English in a dialogue held in neither, plainly: the citizen changed language.
    const turned =
      italianOrEnglish &&
      detected.confidence >= CLEARLY_ANOTHER &&
      !ITALIAN_OR_ENGLISH.has(dialogue) &&
      besidesPlace(withoutPlace, text, detected, dialogue, languageCode, CLEAR_WORDS);
    const another =
      asked !== undefined &&
      clearlyAnother(detected, asked) &&
      besidesPlace(withoutPlace, text, detected, dialogue, languageCode);
    // «نعم», «oo» in a dialogue going on: a short reply in a language the bot only reads, whose
    // notice the dialogue began with; its language goes on, and the notice is not said again.
    const readOnlyReply =
      (asked !== undefined || profile?.writes !== undefined) &&
      !isLocale(language) &&
      read.wholeReplyIn(text, language);
    if (asked !== undefined && !turned && (!another || readOnlyReply)) return { locale: asked };
    if (detected.told === "hint" || readOnlyReply || ownReply(read, text, dialogue, language))
      return { locale: dialogue };
    // Between Italian and English the citizen's choice or Telegram client still decides: many
    // write the one while reading the other. Another language the bot speaks is answered in.
    // Between Italian and English a message that plainly says which (three words or more) is
    // answered in it unless /lingua chose; a short one keeps the saved language, and so does
    // a place name in a dialogue held in another language.
    if (italianOrEnglish) {
      const plain = ITALIAN_OR_ENGLISH.has(dialogue)
        ? detected.confidence >= CLEARLY_ANOTHER
        : turned;
      return profile?.locale === undefined && plain
        ? { locale: language, language, written: language }
        : { locale: saved, language };
    }
    if (isLocale(language))
      return profile?.writes !== undefined && language !== saved && onlyGuessed(detected)
        ? { locale: saved }
        : { locale: profile?.locale ?? language, language, written: language };
    const notice = texts.notice(language);
    if (!notice) return { locale: saved, language };
    // The answer follows in English or Italian: the replies after it ("yes") go on in it.
    // A chat told already (the area typed in Arabic after an Arabic need) is not told again.
    return {
      locale: profile?.locale ?? notice.answerIn,
      language,
      ...(profile?.noticed !== language && { notice: notice.text }),
      written: notice.answerIn,
    };
  };
}

/**
 * Whether the text is a short reply in the dialogue's language's own words, and not in the
 * language the n-grams found: three words shared or mistyped sway them («ok grazei mille» is
 * French to them, «так, без проблем» Russian), the words of a reply do not. So does a reply
 * that opens with the dialogue's own yes or no and says at most two words more: typed without
 * its accents, «da, as vrea» is Portuguese to them at 0.78 and «si, me interesa» Albanian at
 * 0.80, and a Romanian or Spanish dialogue went on in Italian after a Portuguese or Albanian
 * notice.
 */
function ownReply(read: ReplyWords, text: string, dialogue: Locale, detected: string): boolean {
  if (detected === dialogue || read.wholeReplyIn(text, detected)) return false;
  if (read.wholeReplyIn(text, dialogue)) return true;
  const said = read.words(text);
  if (said.length > OPENING_WORDS + WORDS_AFTER_A_REPLY) return false;
  for (let opening = 1; opening <= Math.min(OPENING_WORDS, said.length); opening++) {
    const rest = said.length - opening;
    if (
      rest <= WORDS_AFTER_A_REPLY &&
      read.wholeReplyIn(said.slice(0, opening).join(" "), dialogue)
    )
      return true;
  }
  return false;
}

/** What ownReply reads with: whole replies by language, and a text's words. */
type ReplyWords = Pick<ReplyReader, "wholeReplyIn" | "words">;
/** The words a reply opening a message may take («sí», «de acuerdo», «nu, mulțumesc»). */
const OPENING_WORDS = 3;
/** The words after a reply's opening that still leave it a reply, as the lexicons count them. */
const WORDS_AFTER_A_REPLY = 2;

/**
 * Whether the n-grams only guess the language (three words or more, below 0.7): in a dialogue
 * going on, such a guess of another language the bot speaks is no change of language. Milanese
 * is their usual case («no, mi voeri parlà cont vun de persona» Spanish at 0.69): of the
 * development lines labelled Italian or English that n-grams read as Spanish, Romanian or
 * Ukrainian, 17 below 0.7 in 15 files by different writers (15 in dialect), against 2 of 2,816
 * lines of those three languages read right (few words and romanised Cyrillic, told by their
 * words, are no guess).
 */
const onlyGuessed = ({ told, confidence }: DetectedLanguage) =>
  told === "ngrams" && confidence < CLEARLY_ANOTHER;

/**
 * Whether the language is plainly the one found: its own script says so whatever the Italian
 * words borrowed beside it («أمي تحتاج aiuto a casa», Arabic at 0.4 by words counted), and
 * otherwise words or n-grams sure at 0.7.
 */
const plainly = ({ told, confidence }: DetectedLanguage) =>
  told === "script" || confidence >= CLEARLY_ANOTHER;

/**
 * Whether a reply is plainly written in another language than its question's, not Italian
 * or English (those are told apart from a place by turnsTo).
 */
function clearlyAnother(detected: DetectedLanguage, asked: Locale): boolean {
  const { language } = detected;
  return plainly(detected) && language !== asked && !ITALIAN_OR_ENGLISH.has(language);
}

const LETTERS = /\p{L}/gu;
const CYRILLIC_LETTERS = /\p{Script=Cyrillic}/gu;
/** Letters one of the two Cyrillic languages writes and the other lacks. */
const UKRAINIAN_ONLY = /[іїєґ]/iu;
const RUSSIAN_ONLY = /[ыэъё]/iu;
const CYRILLIC_LANGUAGES: ReadonlySet<string> = new Set(["uk", "ru"]);

/**
 * A message written mostly in Cyrillic letters is plainly in neither language of a dialogue
 * held in Latin letters, however short («допоможіть», «мене б'є чоловік», which the n-grams
 * leave unread): its language is the Cyrillic one the detector found, else the one whose own
 * letters it writes. So a call for help typed in Cyrillic in a Spanish dialogue gets 112 and
 * 1522 in Ukrainian. Unmarked Cyrillic («да») keeps an Italian or English dialogue, where the
 * bot answers the Russian it reads; in Spanish or Romanian it is read as Ukrainian, the
 * Cyrillic language the bot speaks. In a Ukrainian dialogue, Russian is read only from its own
 * letters or words: the n-grams alone read «живу на Лорето» (words both languages write) as
 * Russian, and the citizen got a Russian notice and an English answer.
 */
function inCyrillic(text: string, detected: DetectedLanguage, dialogue: Locale): DetectedLanguage {
  if (dialogue === "uk")
    return detected.language === "ru" && spelledCyrillic(text) !== "ru"
      ? { ...detected, language: "uk" }
      : detected;
  const letters = text.match(LETTERS)?.length ?? 0;
  const cyrillic = text.match(CYRILLIC_LETTERS)?.length ?? 0;
  if (letters === 0 || cyrillic * 2 < letters) return detected;
  const found = detected.confidence > 0 && CYRILLIC_LANGUAGES.has(detected.language);
  const language = found ? detected.language : spelledIn(text, dialogue);
  if (language === undefined) return detected;
  // The script says it as plainly as three words the n-grams are sure of.
  return { language, confidence: Math.max(detected.confidence, CLEARLY_ANOTHER), told: "script" };
}

function spelledIn(text: string, dialogue: Locale): string | undefined {
  if (UKRAINIAN_ONLY.test(text)) return "uk";
  if (RUSSIAN_ONLY.test(text)) return "ru";
  return dialogue === "it" || dialogue === "en" ? undefined : "uk";
}
