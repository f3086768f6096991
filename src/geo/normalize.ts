/**
 * Text normalisation shared by the index builder and the resolver, so that the
 * keys written at build time are exactly the keys looked up at run time.
 */

/**
 * Milan's names written in Cyrillic by Ukrainian and Russian speakers («метро Лорето»,
 * «віа Падова»), spelt back in Latin letters the way Italian names are usually transcribed
 * (ц for z: «Венеція» is Venezia; ч for c: «Чертоза» is Certosa); the fuzzy matching absorbs
 * what a transcription leaves ("навільї" for Navigli).
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  е: "e",
  є: "e",
  ё: "e",
  ж: "g",
  з: "z",
  и: "i",
  і: "i",
  ї: "i",
  й: "i",
  к: "c",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "z",
  ч: "c",
  ш: "sc",
  щ: "sc",
  ъ: "",
  ы: "i",
  ь: "",
  э: "e",
  ю: "iu",
  я: "ia",
};
const CYRILLIC_TEXT = /[\u0400-\u04ff]/u;
/** Italian sounds written with two letters: «Оджаро» (Oggiaro), «Кварто», «Навільї», «Гратозольо». */
const DIGRAPH_LATIN: Readonly<Record<string, string>> = {
  дж: "gg",
  кв: "qu",
  льо: "glio",
  лья: "glia",
  лью: "gliu",
  льї: "gli",
  лї: "gli",
};
const DIGRAPHS = /дж|кв|ль[ояюї]|лї/gu;

function latinOf(lowered: string): string {
  if (!CYRILLIC_TEXT.test(lowered)) return lowered;
  let latin = "";
  for (const letter of lowered.replace(DIGRAPHS, (pair) => DIGRAPH_LATIN[pair] ?? pair)) {
    const spelt = CYRILLIC[letter] ?? letter;
    // «Венеція», «Пьяцца»: the i sound is written once (venezia, piazza).
    latin +=
      latin.endsWith("i") && spelt.startsWith("i") && spelt.length > 1 ? spelt.slice(1) : spelt;
  }
  return latin;
}

/**
 * What a word in another script (Sinhala, Arabic, Chinese…) is read as: a word no place has.
 * Dropped, it would leave its neighbours side by side: «අවුරුදු 3ක» (3 years old) read as the
 * bare «3» of a Municipio, «signora ට අවුරුදු 92» as via della Signora 92.
 */
export const OTHER_SCRIPT_WORD = "qq";

/**
 * Ukrainian and Russian words as the tokens spell them (normalizeText writes Cyrillic in Latin
 * letters: «живе» is «give»), listed in their own letters so that the word lists can be read.
 */
export const cyrillic = (words: string): string[] => words.split(" ").map(normalizeText);

/**
 * Anything but printable ASCII and the usual white space: text without it has no accent,
 * Cyrillic or other script to read.
 */
const NON_ASCII = /[^\t\n\r\x20-\x7E]/;

/** Lower-case, no accents, Cyrillic in Latin letters, punctuation turned into spaces. */
export function normalizeText(text: string): string {
  // Most texts the places are read in are plain ASCII (about 8 in 10 of the dev messages), which
  // the Unicode steps below leave as they are: only the punctuation is left to turn to spaces.
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return latinOf(text.toLowerCase())
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/(?:(?!\p{Script=Latin})[\p{L}\p{M}])+/gu, ` ${OTHER_SCRIPT_WORD} `)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized === "" ? [] : normalized.split(" ");
}

/**
 * Articles and prepositions inside names: people drop or change them
 * ("piazza Duomo" for Piazza del Duomo, "via Rudinì" for Via Antonio di Rudinì),
 * so matching ignores them.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  "a",
  "ai",
  "al",
  "alla",
  "alle",
  "agli",
  "d",
  "da",
  "dal",
  "dalla",
  "de",
  "dei",
  "del",
  "della",
  "delle",
  "degli",
  "dell",
  "di",
  "e",
  "ed",
  "il",
  "in",
  "l",
  "la",
  "le",
  "lo",
  "gli",
  "i",
]);

/** Tokens that carry the name, in order. */
export function coreTokens(text: string): string[] {
  return tokenize(text).filter((token) => !PARTICLES.has(token));
}

/** Street type words as written in vie.json names (first word of the name). */
export const STREET_TYPES: ReadonlySet<string> = new Set([
  "via",
  "viale",
  "piazza",
  "piazzale",
  "piazzetta",
  "corso",
  "largo",
  "vicolo",
  "galleria",
  "passaggio",
  "bastioni",
  "cavalcavia",
  "strada",
  "alzaia",
  "parco",
  "sito",
  "foro",
  "giardino",
  "ripa",
  "sottopasso",
]);

/** The register's AREA codes, in the words of vie.json. */
export const REGISTER_AREA_TYPES: Readonly<Record<string, string>> = {
  VIA: "via",
  VLE: "viale",
  PZA: "piazza",
  CSO: "corso",
  PLE: "piazzale",
  LGO: "largo",
  ALZ: "alzaia",
  RIP: "ripa",
  VLO: "vicolo",
  GLL: "galleria",
  PTA: "piazzetta",
  BNI: "bastioni",
  BST: "bastioni",
  STO: "sito",
  STR: "strada",
  SDA: "strada",
  PAS: "passaggio",
  PCO: "parco",
  GNO: "giardino",
};

/**
 * Abbreviations citizens type for street types ("v.le", "p.za", "c.so"),
 * expanded on the lower-cased raw text before punctuation is lost.
 */
const STREET_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|[^a-z])v\.?\s?le(?=[^a-z]|$)/g, "$1viale "],
  [/(^|[^a-z])p\.?\s?z?za(?=[^a-z]|$)/g, "$1piazza "],
  [/(^|[^a-z])p\.\s?le(?=[^a-z]|$)/g, "$1piazzale "],
  [/(^|[^a-z])(?:p\.?zle|ple)(?=[^a-z]|$)/g, "$1piazzale "],
  [/(^|[^a-z])c\.?\s?so(?=[^a-z]|$)/g, "$1corso "],
  [/(^|[^a-z])l\.?\s?go(?=[^a-z]|$)/g, "$1largo "],
  [/(^|[^a-z])vic\.(?=[^a-z]|$)/g, "$1vicolo "],
  [/(^|[^a-z])gall?\.(?=[^a-z]|$)/g, "$1galleria "],
  // A bare «v» is a via only before a name and its house number («v Padova 12»): Ukrainian and
  // Russian typed in Latin letters write «in» so («sestra v Milani», «zhyve sama v Baggio»).
  [/(^|[^a-z])(?:v\.|v(?=\s+[a-z]{3,}(?:\s+[a-z]+){0,3}\s+\d))/g, "$1via "],
  [/(^|[^a-z])p\.ta(?=[^a-z]|$)/g, "$1porta "],
  [/(^|[^a-z])pta(?=\s)/g, "$1porta "],
  [/(^|[^a-z])mun\.?(?=[^a-z]|$)/g, "$1municipio "],
  [/(^|[^a-z])q\.?\s?re(?=[^a-z]|$)/g, "$1quartiere "],
  [/(^|[^a-z])s\.(?=\s?[a-z])/g, "$1san "],
  // Street words of the other languages the bot speaks or reads, before a Milan street's name:
  // «calle Padova 120», Portuguese «rua», French «rue», Albanian «rruga», «rrugën», Tagalog
  // «kalye», «avenida Monza», «plaza Loreto», «str. Padova», «bulevardul Monza»; and
  // Ukrainian and Russian «вулиці Падова», «улица Падова», «площа Лорето», as Cyrillic is spelt.
  [/(^|[^a-z])(?:calle|rua|rue|rrug(?:a|en|es)|kalye)(?=\s+[a-z])/g, "$1via "],
  // Matched before Cyrillic is spelt in Latin letters, where «в Мілані» would be «v milani»,
  // the «v.» of a via.
  [/(^|[^\p{L}])(?:вулиц|улиц)\p{L}*(?=\s+\p{L})/gu, "$1via "],
  [/(^|[^\p{L}])площ\p{L}*(?=\s+\p{L})/gu, "$1piazza "],
  [/(^|[^a-z])(?:avenida|bulevardul|bd\.)(?=\s*[a-z])/g, "$1viale "],
  [/(^|[^a-z])(?:plaza|piata)(?=\s+[a-z])/g, "$1piazza "],
  [/(^|[^a-z])str\.(?=\s*[a-z])/g, "$1strada "],
];

/**
 * Whether any abbreviation is written at all: one scan of the text, where most messages name
 * no street and the seventeen replacements scanned it seventeen times. When none matches the
 * text, none matches after another either (nothing was replaced).
 */
const ANY_ABBREVIATION = new RegExp(
  STREET_ABBREVIATIONS.map(([pattern]) => `(?:${pattern.source})`).join("|"),
  "u",
);

/**
 * A name in Cyrillic after «в», «у», «на» takes the locative, which turns an Italian name's
 * final -a into -і (Ukrainian) or -е (Russian): «в Ізолі», «в Изоле» are Isola. A capitalised
 * word so ended after them is read as its -a form when that names a place and the word as
 * written names none (`isPlace`): «в Ламбрате», «в Аффорі» are names as written.
 */
const LOCATIVE_NAME =
  /(^|[^\p{L}])([вВуУ]|[нН]а|[вВ]о)(\s+)(\p{Lu}\p{Ll}*[бвгґджзклмнпрстфхцчшщ])([іїе])(?=$|[^\p{L}])/gu;

/**
 * Ukrainian softens a stem's last consonant before the locative's -і (к → ц, г → з, х → с,
 * doubled as written): «Бікокка» is «в Бікоцці», as «Прага» is «у Празі».
 */
const SOFTENED: Readonly<Record<string, string>> = { ц: "к", з: "г", с: "х" };
const unsoftened = (stem: string) =>
  stem.replace(/([цзс])\1?$/u, (run, last: string) => (SOFTENED[last] ?? last).repeat(run.length));

/** The text with its Cyrillic names in the locative read as their -a form («в Ізолі» → «в Ізола»). */
export function nominativeOfNames(text: string, isPlace: (word: string) => boolean): string {
  if (!CYRILLIC_TEXT.test(text)) return text;
  return text.replace(LOCATIVE_NAME, (written, before, preposition, space, stem, ending) => {
    if (isPlace(stem + ending)) return written;
    const stems = ending === "і" ? [stem, unsoftened(stem)] : [stem];
    const name = stems.map((s) => `${s}а`).find(isPlace);
    return name === undefined ? written : `${before}${preposition}${space}${name}`;
  });
}

/** Normalised text with street-type and other common abbreviations spelled out. */
export function expandAbbreviations(text: string): string {
  let lowered = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’`´]/g, "'");
  if (ANY_ABBREVIATION.test(lowered)) {
    for (const [pattern, replacement] of STREET_ABBREVIATIONS) {
      lowered = lowered.replace(pattern, replacement);
    }
  }
  return normalizeText(lowered);
}

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    "uno",
    "due",
    "tre",
    "quattro",
    "cinque",
    "sei",
    "sette",
    "otto",
    "nove",
    "dieci",
    "undici",
    "dodici",
    "tredici",
    "quattordici",
    "quindici",
    "sedici",
    "diciassette",
    "diciotto",
    "diciannove",
    "venti",
    "ventuno",
    "ventidue",
    "ventitre",
    "ventiquattro",
    "venticinque",
    "ventisei",
    "ventisette",
    "ventotto",
    "ventinove",
    "trenta",
    "trentuno",
  ].map((word, i) => [word, i + 1]),
);

const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    "primo",
    "secondo",
    "terzo",
    "quarto",
    "quinto",
    "sesto",
    "settimo",
    "ottavo",
    "nono",
    "decimo",
    "undicesimo",
    "dodicesimo",
    "tredicesimo",
    "quattordicesimo",
    "quindicesimo",
  ].map((word, i) => [word, i + 1]),
);

const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

function romanValue(token: string): number | null {
  if (!/^x{0,3}(?:ix|iv|v?i{0,3})$/.test(token)) return null;
  let total = 0;
  for (let i = 0; i < token.length; i += 1) {
    const value = ROMAN_VALUES[token[i] ?? ""] ?? 0;
    const next = ROMAN_VALUES[token[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * Numbers inside street names are written as words, digits or Roman numerals
 * ("Corso Ventidue Marzo", "corso 22 marzo", "Corso XXII Marzo"): all become digits.
 * Ordinals only in street names, where "Pio Secondo" is "Pio II"; single letters
 * stay initials.
 */
export function canonicalNameToken(token: string): string {
  if (/^\d+$/.test(token)) return String(Number(token));
  const number = NUMBER_WORDS[token] ?? ORDINAL_WORDS[token];
  if (number !== undefined) return String(number);
  if (token.length >= 2) {
    const roman = romanValue(token);
    if (roman) return String(roman);
  }
  return token;
}
