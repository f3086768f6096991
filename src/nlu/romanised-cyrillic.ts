/**
 * Ukrainian and Russian typed in Latin letters («shukayu robotu doglyadalnytsi», «mame nuzhna
 * pomoshch»), on a phone with no Cyrillic keyboard or by habit. Character n-grams read them as
 * Slovak, Czech or Polish, and the model of every language knows these languages in Cyrillic
 * only, so such a message is told by words only Ukrainian or Russian chat spells this way and
 * written back in Cyrillic before it is read.
 *
 * The words are the ones people open with or need (seeking, work, help, the helpers, the family,
 * being ill), in the spellings chat uses («shukayu», «shukaiu», «shukaju»). Left out: words
 * Romanian, Albanian, Italian, Spanish, Tagalog or Sinhala write too («ne», «de», «na», «vin»,
 * «sama», «ona», «mama», «nado», «moi»), and words both languages spell alike («khochu», «syn»,
 * «dlya», «nyanya»), which say Slavic but not which.
 */

const UKRAINIAN =
  "potribna potriben potribno potribni treba shukayu shukaiu shukaju shukaiemo shukayemo shukaye shukaie robotu robota roboty roboti pratsyuyu pratsiuiu pratsyu pratsiu pratsyuvaty pratsiuvaty dopomoga dopomoha dopomogu dopomohu dopomogy dopomohy dopomozhit dopomozhy dyakuyu diakuiu dyakuju laska doglyadalnytsya doglyadalnytsyu doglyadalnytsi doglyadalnytseyu dohliadalnytsia dohliadalnytsiu dohliadalnytsi doglyadaty dohliadaty doglyad dohliad prybyralnytsya prybyralnytsyu prybyralnytsi prybyralnytseyu prybyrannya babusya babusyu babusi babusia babusiu didus didusya didusyu didusia didusiu dytyna dytyny dytyni dytynu ditey ditei khvora khvoryi khvoryy khvoriy khvoriye meni mene vona yakyi shcho scho chy koly teper zaraz mozhna zhyve zhyvu nemaye nemaie vzhe duzhe dobryi dobroho dobrogo pryvit vitayu italiysku italiisku italiyskoyi movu mova movy likar likarya vdoma vnochi vden nich zranku vvecheri pislya shkoly cholovik cholovika druzhyna donka donku ridni nashi moyi svoyu yiy yomu tsey tsya tse".split(
    " ",
  );

const RUSSIAN =
  "nuzhna nuzhen nuzhno nuzhny ishchu ischu ishu ishchem ishem rabotu rabota raboty rabotayu rabotaiu rabotat pomoshch pomosch pomosh pomogite pomoch spasibo pozhaluysta pozhalujsta pojaluysta sidelka sidelku sidelkoy sidelkoi uborka uborku uborki uborshchitsa babushka babushke babushku babushki dedushka dedushke rebenok rebenka rebenku detey detei deti bolna bolnaya bolen bolnoy mne menya moya moyu moey gde kogda chto shto ochen uzhe zdravstvuyte zdravstvuite privet yazyk italyanskiy italianskiy italyanskomu besplatno zhivet zhivyot zhivu ukhod ukhazhivat uhazhivat pozhiloy pozhilaya muzh muzha zhena doch dochka sejchas seychas posle shkoly dnem nochyu utrom vecherom".split(
    " ",
  );

const LANGUAGE_OF_WORD = new Map<string, "uk" | "ru">([
  ...UKRAINIAN.map((word) => [word, "uk"] as const),
  ...RUSSIAN.map((word) => [word, "ru"] as const),
]);

const LATIN_WORD = /\p{Script=Latin}+(?:['’]\p{Script=Latin}+)?/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Fewer of these words is a borrowed word or a name, not a language. */
const MIN_WORDS = 2;

/**
 * Ukrainian or Russian, when two of the message's words or more are theirs and the message has
 * no Cyrillic letter: the language with more of its own words, Ukrainian when as many (the
 * language the bot speaks). `others` is how many words of any other language's chat alphabet
 * the message has (language-words.ts): they must be fewer.
 */
export function romanisedCyrillic(text: string, others = 0): "uk" | "ru" | undefined {
  if (CYRILLIC.test(text)) return undefined;
  let ukrainian = 0;
  let russian = 0;
  for (const word of text.toLowerCase().match(LATIN_WORD) ?? []) {
    const language = LANGUAGE_OF_WORD.get(word.replace(/['’]/g, ""));
    if (language === "uk") ukrainian++;
    else if (language === "ru") russian++;
  }
  if (ukrainian + russian < MIN_WORDS || ukrainian + russian <= others) return undefined;
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
