/**
 * Normalisation for chat text, before any model sees it: Italian and English first, and the
 * other languages' scripts (rules confined to their script).
 *
 * natural's tokenizers split on `\W` without the Unicode flag ("città" → "citt"), so the
 * text is lower-cased and stripped of accents here and split on Unicode letters/digits.
 */
import { lastAnswers } from "../util/last-answers.js";

/** Chat shorthand people type on phones, mapped to the word it stands for. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  nn: "non",
  x: "per",
  xk: "perche",
  xke: "perche",
  xche: "perche",
  pk: "perche",
  cmq: "comunque",
  ke: "che",
  k: "che",
  qlc: "qualche",
  qlcs: "qualcosa",
  qcs: "qualcosa",
  qlcn: "qualcuno",
  qlcu: "qualcuno",
  sn: "sono",
  tt: "tutto",
  dv: "dove",
  qnd: "quando",
  qndo: "quando",
  cm: "come",
  cn: "con",
  sl: "solo",
  anke: "anche",
  bn: "bene",
  tnt: "tanto",
  msg: "messaggio",
  tel: "telefono",
  cell: "cellulare",
  num: "numero",
  info: "informazioni",
  grz: "grazie",
  grazi: "grazie",
  pls: "please",
  plz: "please",
  thx: "thanks",
  u: "you",
  ur: "your",
  im: "i am",
  dont: "do not",
  cant: "can not",
};

/**
 * Italian names of services that Arabic speakers in Milan write in Arabic letters
 * («بادانتي», «باتروناتو»), as read after normalizeText (no hamza, ة as ه): the model of every
 * language knows them in Latin letters from every language's examples. Read also after the
 * article and the prepositions Arabic writes into the word («البادانتي», «كبادانتي»).
 */
const ARABIC_BORROWINGS: Readonly<Record<string, string>> = {
  بادانتي: "badante",
  بادانت: "badante",
  بادانته: "badante",
  كولف: "colf",
  بيبيسيتر: "babysitter",
  باتروناتو: "patronato",
  ايزي: "isee",
  بيرميسو: "permesso",
  برميسو: "permesso",
  سوجورنو: "soggiorno",
  كومونه: "comune",
  كويستورا: "questura",
  كوستورا: "questura",
};

const ARABIC_BORROWING = new RegExp(
  `^(?:و?(?:[بكفل]?ال|لل|[بكل]))?(${Object.keys(ARABIC_BORROWINGS).join("|")})$`,
  "u",
);

/** Emoji that carry meaning in this domain; every other pictograph is dropped. */
const EMOJI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[👋🖐✋]/gu, " ciao "],
  [/[🙏]/gu, " grazie "],
  [/[👵👴🧓]/gu, " anziano "],
  [/[👶🍼]/gu, " bambino "],
  [/[🍝🍲🍽🥘]/gu, " pasto "],
  [/[🛒]/gu, " spesa "],
  [/[♿🦽🦼]/gu, " disabile "],
  [/[📞☎📱]/gu, " telefono "],
  [/[🧹]/gu, " pulizie "],
];

const PICTOGRAPHS = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}/gu;
/**
 * Accents and other marks shared by many scripts (Inherited): Latin accents, the Cyrillic
 * breve, Arabic vowel signs. A script's own marks stay: Sinhala writes its vowels with them.
 */
const COMBINING_MARKS = /\p{Script=Inherited}+/gu;
/**
 * A Han character: Chinese writes no spaces, so its words are read inside one «word». The one
 * place this test is written (language identification, negations, the danger reader use it).
 */
export const HAN = /\p{Script=Han}/u;

/**
 * Chinese is written without spaces: its words are found by the runtime's segmenter, made on
 * the first Chinese word (ICU's segmentation data stays in the bot's memory once loaded).
 */
let chineseWords: Intl.Segmenter | undefined;
/**
 * Writing variants of other scripts, each rule confined to its own script so that no Latin
 * (Italian or English) token changes:
 * - Sinhala joins letters with a zero-width joiner (ශ්‍රී); phones type it or not, and the
 *   pictograph step below would otherwise cut the word in two;
 * - Ukrainian writes an apostrophe inside words (сім'ї, п’ять, сімʼї): three characters, one
 *   word;
 * - Arabic chat writes final ة as ه and ى as ي, and stretches words with tatweel (ـ); hamza
 *   and madda on alef (أ إ آ) and short vowels go with the other marks below; Persian
 *   keyboards type ی and ک for ي and ك; Arabic-Indic digits (٧٣٠) are the digits of «730».
 */
const SCRIPT_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=\p{Script=Sinhala})\u200D(?=\p{Script=Sinhala})/gu, ""],
  [/(?<=\p{Script=Cyrillic})['’ʼ`](?=\p{Script=Cyrillic})/gu, ""],
  [/\u0640/gu, ""],
  [/\u0629/gu, "\u0647"],
  [/\u0649/gu, "\u064A"],
  [/\u06CC/gu, "\u064A"],
  [/\u06A9/gu, "\u0643"],
];
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/gu;
const arabicDigit = (digit: string) => String((digit.codePointAt(0) as number) & 0xf);
/** Three or more of the same letter are chat emphasis ("ciaooo", "grazieee"), never Italian. */
const REPEATED_LETTERS = /(\p{L})\1{2,}/gu;
/** Letters with their own marks (Sinhala vowel signs are marks) and digits make words. */
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * «psico motricità», «psico motoria»: a compound a dictating phone or a hesitant writer splits
 * in two, whose halves alone («psico», «motoria») name no need. Joined as the catalogue writes it.
 */
const SPLIT_COMPOUND = /\bpsico (?=motri|motor)/gu;
/**
 * «il vi mi», «questo we mi», «the we mi»: WeMi as a phone dictating it or a writer who heard
 * it spells it, after a word that names a thing (so «vi mi rivolgo» stays two words).
 */
const SPLIT_WEMI =
  /\b(il|lo|questo|quel|del|dello|al|allo|dal|nel|sul|the|this) (?:we|vi|ui|wi|ue|vu) mi\b/gu;

/**
 * The readers of a message normalise it, its sentences and its pieces, one after another:
 * about 9.7 calls a message on the dev sets, 15.9 for the messages of 150 characters or more
 * (the slowest 1% are those: `npm run bench -- slowest`). Their last sixteen answers are kept
 * (the message's own texts, gone with the next messages), so the readers need not pass the
 * normalised text around: eight left a long message's pieces normalised again by the next
 * reader (4.27 times its characters normalised anew, 3.70 with sixteen, 3.69 with 32).
 */
const KEPT_ANSWERS = 16;

const keptNormalized = lastAnswers(KEPT_ANSWERS, normalizedAnew);

/** Lower-case, accent-free, emoji-mapped text with chat emphasis removed. */
export function normalizeText(text: string): string {
  return keptNormalized(text);
}

function normalizedAnew(text: string): string {
  // Every reader of a message normalises it, or its pieces, again: the patterns most texts
  // cannot match are skipped when none of the characters they need is there. Plain ASCII
  // (about 6 in 10 of what the readers normalise) has no accent, pictograph, Arabic digit or
  // compatibility form: the Unicode steps leave it as it is.
  const ascii = !NON_ASCII.test(text);
  let result = ascii ? text.toLowerCase() : text.normalize("NFKC").toLowerCase();
  if (MAY_BE_EMOJI.test(result))
    for (const [pattern, word] of EMOJI_WORDS) result = result.replace(pattern, word);
  if (MAY_BE_SCRIPT_VARIANT.test(result))
    for (const [pattern, variant] of SCRIPT_VARIANTS) result = result.replace(pattern, variant);
  if (!ascii)
    result = result
      .replace(ARABIC_DIGITS, arabicDigit)
      .replace(PICTOGRAPHS, " ")
      .normalize("NFD")
      .replace(COMBINING_MARKS, "");
  if (mayRepeatLetters(result)) result = result.replace(REPEATED_LETTERS, "$1");
  if (result.includes("psico ")) result = result.replace(SPLIT_COMPOUND, "psico");
  if (result.includes(" mi")) result = result.replace(SPLIT_WEMI, "$1 wemi");
  return result.trim();
}

/** Anything but printable ASCII and the usual white space: the whole normalising. */
const NON_ASCII = /[^\t\n\r\x20-\x7E]/;

/** Every emoji of EMOJI_WORDS is a surrogate pair or in the symbols' and dingbats' blocks. */
const MAY_BE_EMOJI = /[\u2600-\u27BF\uD800-\uDFFF]/;
/** The characters SCRIPT_VARIANTS change: without one of them none applies. */
const MAY_BE_SCRIPT_VARIANT = /[\u200D'’ʼ`\u0640\u0629\u0649\u06CC\u06A9]/;

/**
 * Whether REPEATED_LETTERS may match: three equal UTF-16 units in a row, or a surrogate
 * (three equal letters outside the BMP are not three equal units). A scan of character
 * codes instead of the pattern's try at every letter, most of normalizeText's time.
 */
function mayRepeatLetters(text: string): boolean {
  let previous = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    run = code === previous ? run + 1 : 1;
    if (run === 3) return true;
    previous = code;
  }
  return false;
}

/**
 * Normalised word tokens, with chat abbreviations expanded ("nn" → "non"). A pure function:
 * what is read again at every replay is remembered by its reader (ReplyReader.words).
 */
export function tokenize(text: string): string[] {
  return wordsOf(normalizeText(text));
}

/**
 * Each shorthand's words, in a Map: a plain object would also answer words of its prototype
 * ("constructor"), which made any message with one fail to be read.
 */
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({ ...ABBREVIATIONS, ...ARABIC_BORROWINGS }).map(([shorthand, words]) => [
    shorthand,
    words.split(" "),
  ]),
);

/** The word tokens of text already normalised by normalizeText, abbreviations expanded. */
export function wordsOf(normalized: string): string[] {
  const tokens: string[] = [];
  // Word by word, with no array per word: every reader of a message tokenizes it.
  for (const raw of normalized.split(NON_WORD)) {
    if (HAN.test(raw)) for (const word of chineseWordsOf(raw)) addWord(tokens, word);
    else addWord(tokens, raw);
  }
  return tokens;
}

function addWord(tokens: string[], raw: string): void {
  if (raw === "") return;
  const word = isArabic(raw) ? (ARABIC_BORROWING.exec(raw)?.[1] ?? raw) : raw;
  const expanded = EXPANSIONS.get(word);
  if (expanded === undefined) tokens.push(word);
  else for (const token of expanded) tokens.push(token);
}

const isArabic = (word: string) => {
  const first = word.charCodeAt(0);
  return first >= 0x0621 && first <= 0x064a;
};

function chineseWordsOf(token: string): string[] {
  chineseWords ??= new Intl.Segmenter("zh", { granularity: "word" });
  return [...chineseWords.segment(token)].filter(isWordLike).map(segmentText);
}

// Made once, not per call: see read-words.ts.
const isWordLike = (s: Intl.SegmentData) => s.isWordLike;
const segmentText = (s: Intl.SegmentData) => s.segment;
