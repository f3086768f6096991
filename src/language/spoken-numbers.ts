/**
 * Italian numbers said aloud and written by a phone's dictation as words («via padova
 * centoventi», «ottantadue anni»), as digits, so that a house number dictated reads as one typed.
 * Whole words only, from «due» to «novemilanovecentonovantanove»; «un», «uno», «una» stay
 * words (articles far more often than numbers), and so does «sei» alone («you are»).
 */

/** «uno» to «nove» (also Municipio numbers said in words: geo/municipio.ts). */
export const UNITS: Readonly<Record<string, number>> = Object.fromEntries(
  "uno due tre quattro cinque sei sette otto nove".split(" ").map((word, i) => [word, i + 1]),
);
const TEENS: Readonly<Record<string, number>> = {
  dieci: 10,
  undici: 11,
  dodici: 12,
  tredici: 13,
  quattordici: 14,
  quindici: 15,
  sedici: 16,
  diciassette: 17,
  diciotto: 18,
  diciannove: 19,
};
/** Tens, without their last vowel: it falls before «uno» and «otto» («ventuno», «trentotto»). */
const TENS: Readonly<Record<string, number>> = {
  vent: 20,
  trent: 30,
  quarant: 40,
  cinquant: 50,
  sessant: 60,
  settant: 70,
  ottant: 80,
  novant: 90,
};

const TENS_STEMS = Object.entries(TENS);

/**
 * How every number word begins (a unit, a teen, a ten, «cento», «mille»), any case, a last «e»
 * also written «é»: a text with none of these has no number to write as digits, and most
 * messages are not read word by word.
 */
const NUMBER_START =
  /(?<!\p{L})(?:uno|du[eé]|tr[eé]|quatt|cinqu|sei|sett|ott|nov|dieci|dici|undici|dodici|quindici|sedici|vent|trent|quarant|sessant|cent|mill)/iu;

/** 1–99 spelt as one word, or undefined. */
function belowHundred(word: string): number | undefined {
  if (word === "") return 0;
  const unit = UNITS[word] ?? TEENS[word];
  if (unit !== undefined) return unit;
  for (const [stem, value] of TENS_STEMS) {
    if (!word.startsWith(stem)) continue;
    const rest = word.slice(stem.length).replace(/^[ia](?=$|[^ou])/u, "");
    if (rest === "") return value;
    // «ventitré» is written «ventitre» as often.
    const more = UNITS[rest.replace(/é$/u, "e")];
    if (more !== undefined) return value + more;
  }
  return undefined;
}

/** 1–999 spelt as one word («centoventi», «duecentotré»), or undefined. */
function belowThousand(word: string): number | undefined {
  const at = word.indexOf("cent");
  if (at < 0) return belowHundred(word);
  const hundreds = at === 0 ? 1 : UNITS[word.slice(0, at)];
  if (hundreds === undefined || (hundreds === 1 && at > 0)) return undefined;
  const rest = belowHundred(word.slice(at + 4).replace(/^o(?!tt)/u, ""));
  return rest === undefined ? undefined : hundreds * 100 + rest;
}

const NOT_NUMBERS = new Set(["", "un", "uno", "una", "sei"]);

/** A number spelt as one word, or undefined. */
export function spokenNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/é$/u, "e");
  if (NOT_NUMBERS.has(lower)) return undefined;
  const thousands = /^(.*?)(mille|mila)(.*)$/u.exec(lower);
  if (!thousands) return belowThousand(lower);
  const [, before, kind, after] = thousands as unknown as [string, string, string, string];
  const count = kind === "mille" ? (before === "" ? 1 : undefined) : belowThousand(before);
  const rest = after === "" ? 0 : belowThousand(after);
  return count === undefined || count === 0 || rest === undefined ? undefined : count * 1000 + rest;
}

/**
 * «via dei Cinquecento», «via dei Mille»: a number written as a name (capitalised, after «dei»,
 * «degli», «delle») is a street's name; dictation writes the numbers it hears in lower case.
 */
const NAMED_AFTER = /\bde(?:i|gli|lle)\s+$/iu;
const isName = (word: string, text: string, at: number) =>
  /^\p{Lu}/u.test(word) && NAMED_AFTER.test(text.slice(Math.max(0, at - 8), at));

/** The text with each number said as a word written as digits. */
export const withSpokenNumbers = (text: string): string =>
  NUMBER_START.test(text)
    ? text.replace(/\p{L}+/gu, (word, at: number) => {
        const value = isName(word, text, at) ? undefined : spokenNumber(word);
        return value === undefined ? word : String(value);
      })
    : text;

/**
 * The text with a phone number dictated digit by digit written as digits: here «zero», «uno»
 * and «sei» are digits («tre tre tre uno due…», «zero due…»), which in a sentence they are not.
 */
export const withSpokenDigits = (text: string): string =>
  text.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    const digit = lower === "zero" ? 0 : (UNITS[lower] ?? spokenNumber(lower));
    return digit === undefined ? word : String(digit);
  });
