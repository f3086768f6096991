import type { MarkerLead } from "./language-words.js";

/**
 * Ukrainian and Russian typed in Latin letters («shukayu robotu doglyadalnytsi», «mame nuzhna
 * pomoshch»), on a phone with no Cyrillic keyboard or by habit. Character n-grams read them as
 * Slovak, Czech or Polish, and the model of every language knows these languages in Cyrillic
 * only, so such a message is told by words only Ukrainian or Russian chat spells this way and
 * written back in Cyrillic before it is read.
 *
 * The words are the ones people open with or need (seeking, work, help, the helpers, the family,
 * being ill) and the everyday words a short story is told with (school, a teacher, last week,
 * done, quickly, years old, where something is, who works, the family, what one can or cannot
 * do, who knows someone, a delivery, older people, thanks and good wishes, «or», «I can», a
 * woman), in the spellings chat uses («shukayu», «shukaju», «pracjuju», as Polish letters write й and ц) and in the
 * passport transliteration's («shukaiu», «italiiskoi», «rozumiie», «tyzhnia»). Left out: words
 * Romanian, Albanian, Italian, Spanish, Tagalog or Sinhala write too («ne», «de», «na», «vin»,
 * «sama», «ona», «mama», «nado», «moi»), and words both languages spell alike («khochu», «syn»,
 * «dlya», «nyanya»), which say Slavic but not which.
 */

const UKRAINIAN =
  "potribna potriben potribno potribni treba shukayu shukaiu shukaju shukaiemo shukayemo shukaye shukaie robotu robota roboty roboti pratsyuyu pratsiuiu pratsiuyu pratsyu pratsiu pratsyuvaty pratsiuvaty pratsyuye pratsiuie pratsiuye pracjuju pracjuvaty pracjuje pracjuvala pracjuvav znakhodytsia znahodytsia znakhodytsya znahodytsya simji simyi simii sim'yi dopomoga dopomoha dopomogu dopomohu dopomogy dopomohy dopomozhit dopomozhy dyakuyu diakuiu dyakuju laska doglyadalnytsya doglyadalnytsyu doglyadalnytsi doglyadalnytseyu dohliadalnytsia dohliadalnytsiu dohliadalnytsi doglyadaty dohliadaty doglyad dohliad prybyralnytsya prybyralnytsyu prybyralnytsi prybyralnytseyu prybyrannya prybyrannia babusya babusyu babusi babusia babusiu didus didusya didusyu didusia didusiu dytyna dytyny dytyni dytynu ditey ditei khvora khvoryi khvoryy khvoriy khvoriye meni mene vona yakyi shcho scho chy koly teper zaraz mozhna zhyve zhyvu rozumiie rozumiye rozumiiu rozumiyu kazhut shkoli vchytel vchytelka vchytelku vchytelky rokiv mynuloho mynulogo tyzhnia tyzhnya tyzhden zrobyla zrobyv zrobyly zrobyty bulo shvydko bilia bilya nemaye nemaie vzhe duzhe dobryi dobroho dobrogo pryvit vitayu italiysku italiisku italiyskoyi italiiskoi italiiskoyi italiyskoi italiiska italiyska italijsku italijskoi italijskoji italijska movu mova movy vechirni vechirnii vechirnij pochatkivciv pochatkivtsiv likar likarya likarni likarnia likarnja tilky tilki prybyraty vdoma vnochi vden nich zranku vvecheri pislya shkoly cholovik cholovika druzhyna donka donku ridni nashi moyi svoyu yiy yomu tsey tsya tse velyke velyki harnoho harnogo harnyi mozhu abo dobryj zhinka".split(
    " ",
  );

const RUSSIAN =
  "nuzhna nuzhen nuzhno nuzhny ishchu ischu ishu ishchem ishem rabotu rabota raboty rabotayu rabotaiu rabotat rabotaet nakhoditsya nakhoditsia nahoditsya semye semie pomoshch pomosch pomosh pomogite pomoch spasibo pozhaluysta pozhalujsta pojaluysta sidelka sidelku sidelkoy sidelkoi uborka uborku uborki uborshchitsa babushka babushke babushku babushki dedushka dedushke rebenok rebenka rebenku detey detei deti bolna bolnaya bolen bolnoy mne menya moya moyu moey gde kogda chto shto ochen uzhe zdravstvuyte zdravstvuite privet yazyk italyanskiy italianskiy italyanskomu besplatno zhivet zhivyot zhivu ponimaet ponimayu ponimaiu uchitelnitsa uchitelnitsu uchitelya proshloy proshlom nedele sdelala sdelal ukhod ukhazhivat uhazhivat pozhiloy pozhilaya muzh muzha zhena doch dochka sejchas seychas posle shkoly dnem nochyu utrom vecherom mozhet mozhno znaet znayu znaete chtoby chtob govoril govorila govorit russki russkom khoroshego horoshego khoroshiy horoshiy bolshoe vsego dostavka dostavku gotovit pozhilykh pozhilyh pozhilym pomozhet".split(
    " ",
  );

/** The words above letter by letter (a to z), each path ending where a word ends with its language. */
interface WordTrie {
  readonly next: Map<number, WordTrie>;
  language?: "uk" | "ru";
}

const WORDS: WordTrie = { next: new Map() };
for (const [words, language] of [
  [UKRAINIAN, "uk"],
  [RUSSIAN, "ru"],
] as const) {
  for (const word of words) {
    let node = WORDS;
    for (let i = 0; i < word.length; i++) {
      const letter = word.charCodeAt(i);
      const next = node.next.get(letter) ?? { next: new Map() };
      node.next.set(letter, next);
      node = next;
    }
    node.language = language;
  }
}

const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)?/gu;

/** Fewer of these words is a borrowed word or a name, not a language. */
const MIN_WORDS = 2;

const LATIN = 1;
const CYRILLIC = 2;
const OTHER = 3;

/**
 * The script of each character met so far, by code point (0: not met yet): every message is
 * scanned letter by letter, so a character's script is asked of a regular expression once per
 * process, not once per letter. Beyond 0x1FFFF no character is Latin or Cyrillic.
 */
const SCRIPT = new Uint8Array(0x20000);

function scriptOf(codePoint: number): number {
  if (codePoint >= SCRIPT.length) return OTHER;
  if (SCRIPT[codePoint] === 0) {
    const character = String.fromCodePoint(codePoint);
    SCRIPT[codePoint] = /\p{Script=Latin}/u.test(character)
      ? LATIN
      : /\p{Script=Cyrillic}/u.test(character)
        ? CYRILLIC
        : OTHER;
  }
  return SCRIPT[codePoint] as number;
}

const isApostrophe = (unit: number) => unit === 0x27 || unit === 0x2019;

/**
 * Ukrainian or Russian, when two of the message's words or more are theirs and the message has
 * no Cyrillic letter: the language with more of its own words, Ukrainian when as many (the
 * language the bot speaks). Words of any other language's chat alphabet must be fewer: `lead`,
 * counted once by the language detector (language-words.ts), the only caller.
 *
 * Every message the n-grams would read passes here, so the words are cut as LATIN_WORD cuts
 * them (Latin letters, one apostrophe and more letters) and looked up letter by letter in
 * WORDS while they are read: nothing is allocated for a message with none of these words.
 */
export function romanisedCyrillic(
  text: string,
  lead: MarkerLead | undefined,
): "uk" | "ru" | undefined {
  let ukrainian = 0;
  let russian = 0;
  let i = 0;
  while (i < text.length) {
    const codePoint = text.codePointAt(i) as number;
    const script = scriptOf(codePoint);
    if (script === CYRILLIC) return undefined;
    if (script !== LATIN) {
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    let node: WordTrie | undefined = WORDS;
    for (let part = 0; part < 2; part++) {
      while (i < text.length) {
        const letter = text.codePointAt(i) as number;
        if (scriptOf(letter) !== LATIN) break;
        // Upper-case ASCII to lower case; a letter beyond ASCII is in no word.
        node = node?.next.get(letter >= 0x41 && letter <= 0x5a ? letter + 0x20 : letter);
        i += letter > 0xffff ? 2 : 1;
      }
      const after = text.codePointAt(i + 1);
      const apostrophe = part === 0 && isApostrophe(text.charCodeAt(i));
      if (!apostrophe || after === undefined || scriptOf(after) !== LATIN) break;
      i++;
    }
    if (node?.language === "uk") ukrainian++;
    else if (node?.language === "ru") russian++;
  }
  if (ukrainian + russian < MIN_WORDS || ukrainian + russian <= (lead?.words ?? 0))
    return undefined;
  return russian > ukrainian ? "ru" : "uk";
}

type Letters = readonly (readonly [string, readonly string[]])[];

/**
 * Latin spellings and the Cyrillic letters they stand for, longest first; several letters where
 * chat spells them alike (Ukrainian «y» is и or й, «h» is г or х), the first the likelier.
 */
const COMMON: Letters = [
  ["shch", ["щ"]],
  ["sch", ["щ", "сх"]],
  ["tsya", ["ться", "тся", "ця"]],
  ["zh", ["ж"]],
  ["kh", ["х"]],
  ["ch", ["ч"]],
  ["sh", ["ш"]],
  ["ts", ["ц", "тс"]],
  ["ya", ["я"]],
  ["ia", ["я", "іа", "иа"]],
  ["yu", ["ю"]],
  ["iu", ["ю"]],
  ["ju", ["ю"]],
  ["ja", ["я"]],
  ["a", ["а"]],
  ["b", ["б"]],
  ["v", ["в"]],
  ["w", ["в"]],
  ["d", ["д"]],
  ["z", ["з"]],
  ["k", ["к"]],
  // Chat leaves out the soft sign inside a word too («doglyadalnytsya», «italyanskiy»).
  ["l", ["л", "ль"]],
  ["m", ["м"]],
  ["n", ["н"]],
  ["o", ["о"]],
  ["p", ["п"]],
  ["r", ["р"]],
  ["s", ["с"]],
  ["t", ["т"]],
  ["u", ["у"]],
  ["f", ["ф"]],
  ["c", ["ц", "к"]],
  ["j", ["й"]],
  ["x", ["кс"]],
  ["q", ["к"]],
];

const LETTERS: Readonly<Record<"uk" | "ru", Letters>> = {
  uk: [
    ["ye", ["є", "е"]],
    ["ie", ["є", "іе"]],
    ["yi", ["ї", "ий"]],
    ["yo", ["йо", "ьо"]],
    ...COMMON,
    ["sk", ["ськ", "ск"]],
    ["y", ["и", "й"]],
    ["i", ["і", "и"]],
    ["e", ["е", "є"]],
    ["h", ["г", "х"]],
    ["g", ["г", "ґ"]],
    ["'", ["ь", ""]],
    ["’", ["ь", ""]],
  ],
  ru: [
    ["ye", ["е", "ье"]],
    ["yo", ["ё", "ьо"]],
    ...COMMON,
    ["y", ["ы", "й", "и"]],
    ["i", ["и", "й"]],
    ["e", ["е", "э"]],
    ["h", ["х", "г"]],
    ["g", ["г"]],
    ["'", ["ь", ""]],
    ["’", ["ь", ""]],
  ],
};

/** Spellings tried per word before the likeliest one is kept: a long word has many. */
const MAX_SPELLINGS = 256;

/** The Cyrillic spellings a Latin word may stand for, the likeliest first. */
function spellings(word: string, letters: Letters): string[] {
  let partial = [""];
  let i = 0;
  while (i < word.length) {
    const [latin, cyrillic] = letters.find(([l]) => word.startsWith(l, i)) ?? [
      word[i] as string,
      [word[i] as string],
    ];
    partial = partial.flatMap((start) => cyrillic.map((c) => start + c)).slice(0, MAX_SPELLINGS);
    i += latin.length;
  }
  // Chat leaves out the soft sign at a word's end («pomoshch», «robyt»).
  return [...partial, ...partial.map((spelling) => `${spelling}ь`)];
}

/**
 * The message written in Cyrillic for `language`, word by word: the first spelling of a word
 * that the model knows (`known`, normalised as the model reads: й as и, ї as і), else the Latin
 * word when the model knows it (a place, «badante», «colf»), else the likeliest spelling.
 */
export function toCyrillic(
  text: string,
  language: "uk" | "ru",
  known: (word: string) => boolean,
): string {
  return text.replace(LATIN_WORD, (word) => {
    const lower = word.toLowerCase();
    const options = spellings(lower, LETTERS[language]);
    return (
      options.find((spelling) => known(spelling.normalize("NFD").replace(/\p{M}/gu, ""))) ??
      (known(lower) ? word : (options[0] as string))
    );
  });
}
