/**
 * A name written in Cyrillic («Олена Шевченко»), in Latin letters for the operators who call
 * the citizen back: they read Italian, and cannot say a name they cannot read. Not the letters
 * of src/geo/normalize.ts, which spell Cyrillic as Italian spells its places («ш» as «sc»): a
 * person's name is written as their passport writes it.
 */

/**
 * Ukraine's official transliteration (Cabinet of Ministers resolution 55 of 2010, the one of
 * its passports): a letter's spelling at a word's start, and elsewhere when it differs.
 */
const UKRAINIAN: Readonly<Record<string, string | readonly [string, string]>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: ["ye", "ie"],
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: ["yi", "i"],
  й: ["y", "i"],
  к: "k",
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
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: ["yu", "iu"],
  я: ["ya", "ia"],
};

/** Russian's own letters and readings (a Russian speaker's dialogue is held in English). */
const RUSSIAN: Readonly<Record<string, string | readonly [string, string]>> = {
  ...UKRAINIAN,
  г: "g",
  е: "e",
  ё: "yo",
  и: "i",
  й: "y",
  ъ: "",
  ы: "y",
  э: "e",
  ю: "yu",
  я: "ya",
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const APOSTROPHES = /['’ʼ]/gu;

/**
 * The name in Latin letters, by Ukraine's table when the dialogue is Ukrainian and by
 * Russian's otherwise; undefined when the name has no Cyrillic letter.
 */
export function nameInLatin(name: string, locale: string): string | undefined {
  if (!CYRILLIC.test(name)) return undefined;
  const table = locale === "uk" ? UKRAINIAN : RUSSIAN;
  let previous = "";
  let latin = "";
  for (const letter of name.replace(APOSTROPHES, "")) {
    const lower = letter.toLowerCase();
    const spelling = table[lower];
    // «Згурський» is Zghurskyi: the table's own rule, so that «зг» is never read as «ж».
    const afterZ = table === UKRAINIAN && lower === "г" && previous.toLowerCase() === "з";
    const atStart = !/\p{L}/u.test(previous);
    const written = afterZ
      ? "gh"
      : spelling === undefined
        ? letter
        : typeof spelling === "string"
          ? spelling
          : spelling[atStart ? 0 : 1];
    latin +=
      lower === letter || spelling === undefined
        ? written
        : written.charAt(0).toUpperCase() + written.slice(1);
    previous = letter;
  }
  return latin;
}
