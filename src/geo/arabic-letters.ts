import type { ResolvedPlace } from "./place.js";

/**
 * Milan's names written in Arabic letters by Arabic speakers («لوريتو», «نولو», «شارع بادوفا
 * 120»), spelt in Latin letters the way Italian names are: long vowels as written (و o, ي i,
 * ا a), the short ones Arabic leaves out left to the fuzzy matching («lorito» is Loreto), and the
 * few words said around a place in Italian («شارع» via, «في» dropped). Arabic has no p or v and
 * one letter for i and e: ب, ف and ي are each tried both ways («بادوفا» is Padova, «كورفيتو»
 * Corvetto). Used where the bot asked for a place only: elsewhere an Arabic sentence spelt so
 * would be Latin gibberish that a street name might match.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ا: "a",
  أ: "a",
  إ: "i",
  آ: "a",
  ب: "b",
  پ: "p",
  ت: "t",
  ث: "t",
  ج: "g",
  چ: "c",
  ح: "h",
  خ: "k",
  د: "d",
  ذ: "d",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sc",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "",
  غ: "g",
  ف: "f",
  ڤ: "v",
  ق: "c",
  ك: "c",
  گ: "g",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "",
  ة: "a",
  و: "o",
  ي: "i",
  // Not Arabic: the e that ي stands for too (latinSpellingsOfArabic).
  ې: "e",
  ى: "a",
  ء: "",
  ئ: "i",
  ؤ: "o",
};

/** Words around a place, in the Italian the place reader knows; `""` drops one. */
const WORDS: Readonly<Record<string, string>> = {
  في: "",
  فى: "",
  انا: "",
  أنا: "",
  اسكن: "",
  أسكن: "",
  نسكن: "",
  ساكن: "",
  ساكنة: "",
  اعيش: "",
  أعيش: "",
  نعيش: "",
  ميلانو: "milano",
  شارع: "via",
  ساحة: "piazza",
  ميدان: "piazza",
  منطقة: "zona",
  حي: "quartiere",
  قرب: "vicino",
  مترو: "metro",
  محطة: "stazione",
  بلدية: "municipio",
  البلدية: "municipio",
  // «بلدية رقم ٨»: the Municipio number 8.
  رقم: "numero",
};

/** Words at most, besides those around a place, in a place told alone («شارع بادوفا ١٢٠»). */
const PLACE_ALONE_WORDS = 4;

/** «كوارتو» is Quarto: k, o, a as Italian writes that sound. */
const QUA = /[كق]وا/gu;
/** Vowel marks, the elongation stroke: no sound of their own here. */
const MARKS = /[\u064b-\u065f\u0670\u0640]/gu;
const ARABIC = /[\u0600-\u06ff]/u;

/** Arabic-Indic and Persian digits as 0–9, for house numbers. */
const digit = (c: string) => {
  const code = c.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
};

function latinWord(word: string): string {
  // «الـ» (the) before a name; a word-initial alif before a long vowel only carries it («أوجارو»).
  const bare = word
    .replace(/^ال(?=..)/u, "")
    .replace(/^[اأإآ](?=[وي])/u, "")
    .replace(QUA, "qua")
    // «جو», «جا»: Italian writes that soft g with an i («Oggiaro», «Giovanni»).
    .replace(/ج(?=[وا])/gu, "gi");
  return [...bare].map((c) => LETTERS[c] ?? c).join("");
}

/** The letters Italian sounds share in Arabic, and the second way each is tried. */
const SHARED: readonly (readonly [string, string])[] = [
  ["ب", "پ"],
  ["ف", "ڤ"],
  ["ي", "ې"],
];

/**
 * The ways the text's Arabic words may be spelt in Latin letters, the likeliest first; none for
 * a text with no Arabic letter.
 */
function latinSpellingsOfArabic(text: string): string[] {
  if (!ARABIC.test(text)) return [];
  const words = text
    .replace(MARKS, "")
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, digit)
    .replace(/[،؛؟]/gu, " ")
    .split(/\s+/u)
    .map((word) => WORDS[word] ?? word)
    .filter((word) => word !== "");
  // A place told alone is this short; a longer sentence, spelt so, matches streets by chance
  // («قاعدة», sitting, beside a number read as «via Ovada»).
  if (words.length > PLACE_ALONE_WORDS) return [];
  let spellings = [words.join(" ")];
  for (const [letter, other] of SHARED)
    if (spellings[0]?.includes(letter))
      spellings = spellings.flatMap((t) => [t, t.replaceAll(letter, other)]);
  return spellings.map((spelling) =>
    spelling
      .split(" ")
      .map((word) => (ARABIC.test(word) ? latinWord(word) : word))
      .join(" "),
  );
}

/**
 * The place a text in Arabic letters names, by the spelling that names one most surely; its
 * text stays the citizen's, so the spelling, not theirs, is never said back as their words.
 */
export function placeInArabicLetters(
  text: string,
  resolve: (text: string) => ResolvedPlace,
  isPlace: (place: ResolvedPlace) => boolean,
): ResolvedPlace | undefined {
  return latinSpellingsOfArabic(text)
    .map(resolve)
    .filter(isPlace)
    .sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0))
    .map((place) => ({ ...place, text }))[0];
}

/** Words that say a place follows in an Arabic sentence, but may say other things: near, at, in. */
const NEAR = ["قرب", "بقرب", "قريب", "من", "جنب", "بجانب", "عند", "في", "فى"];
/** Nouns of a place: street, square, area, neighbourhood, station, metro, Municipio. */
const PLACE_NOUNS = ["شارع", "ساحة", "ميدان", "منطقة", "حي", "محطة", "مترو", "بلدية", "البلدية"];
/** Living somewhere: «ساكنة», «نعيش», «عايش». */
const DWELLING = [
  ...["ساكن", "ساكنة", "ساكنين", "نسكن", "أسكن", "اسكن", "يسكن", "تسكن"],
  ...["أعيش", "اعيش", "نعيش", "تعيش", "يعيش", "عايش", "عايشة"],
];
const BEFORE_PLACE = new Set([...NEAR, ...PLACE_NOUNS, ...DWELLING]);
/** What makes the words before a name say it is a place: «في» alone also says «at work». */
const SAYS_PLACE = new Set([...PLACE_NOUNS, ...DWELLING]);
/** Words a place's name has after them, at most («كوارتو أوجارو», «سان سيرو»). */
const NAME_WORDS = 2;

/**
 * The Milan place an Arabic sentence names in Arabic letters after a noun of place or a verb
 * of living («ساكنة قرب محطة مترو لوريتو»: Loreto; «تعيش في منطقة نولو»), read as at the
 * place question; none after «في» alone («خدام في مطعم في روما» is a brother's work in
 * Rome, «في إيطاليا 15 سنة» years in Italy), none when two readings name different places,
 * and none when the name is not read whole.
 */
export function placeInArabicSentence(
  text: string,
  resolve: (text: string) => ResolvedPlace,
  isPlace: (place: ResolvedPlace) => boolean,
): ResolvedPlace | undefined {
  const words = text
    .replace(/[،؛؟.,!?:;«»"()]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
  const inMilan = (place: ResolvedPlace) => isPlace(place) && !place.outsideMilan;
  const found = new Map<string, ResolvedPlace>();
  for (let i = 0; i < words.length; i++) {
    if (!BEFORE_PLACE.has(words[i] as string)) continue;
    let last = i;
    while (BEFORE_PLACE.has(words[last + 1] ?? "")) last++;
    const run = words.slice(i, last + 1);
    if (!run.some((word) => SAYS_PLACE.has(word))) continue;
    // The longest name read: «شارع بادوفا ١٢٠» is via Padova 120, not via Padova.
    let longest: ResolvedPlace | undefined;
    for (let n = 1; n <= NAME_WORDS && last + n < words.length; n++) {
      const name = words.slice(last + 1, last + 1 + n);
      if (!name.every((word) => ARABIC.test(word) || /^\d+$/u.test(word))) break;
      const place = placeInArabicLetters([...run, ...name].join(" "), resolve, inMilan);
      // The name must be read whole: a place found in the words before it alone is none.
      if (place && (place.span?.split(" ").length ?? 0) >= n) longest = place;
    }
    if (longest) found.set(longest.matched ?? "", longest);
    i = last;
  }
  const places = [...found.values()];
  return places.length === 1 ? { ...(places[0] as ResolvedPlace), text } : undefined;
}
