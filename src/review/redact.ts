import type { LocationResolver, PlaceKind } from "../geo/index.js";
import { hideTypedNames, NAME_PLACEHOLDER } from "./typed-names.js";

/**
 * Removes what could identify a citizen from a message kept for review: e-mail addresses,
 * phone numbers (and any long run of digits), tax codes, streets, squares and addresses,
 * house numbers, and the names the citizen is known by. What is left teaches the classifier
 * just as well.
 */

export const PLACEHOLDERS = {
  email: "[email]",
  phone: "[telefono]",
  taxCode: "[codice fiscale]",
  houseNumber: "[civico]",
  name: NAME_PLACEHOLDER,
  place: "[luogo]",
} as const;

/** Where the places a message names are read. */
export type PlaceReader = Pick<LocationResolver, "placesIn">;

/**
 * A street or square narrows a home down to a few hundred people, an address or a shared point
 * to one door. A neighbourhood (NIL), Municipio or CAP has thousands of residents, and a
 * landmark, hospital or metro station is a public place: they stay, as they tell the admin
 * what the message is about without telling who wrote it.
 */
const IDENTIFYING: ReadonlySet<PlaceKind> = new Set(["address", "point"]);

// JS \b is ASCII-only: letters with accents need Unicode-aware edges.
const WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const WORD_AFTER = "(?![\\p{L}\\p{N}])";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;
const TAX_CODE = /(?<![\p{L}\p{N}])[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z](?![\p{L}\p{N}])/giu;
/** Digits with the separators people type inside phone numbers; six digits or more is a number to hide. */
const DIGIT_RUN = /(?:\+|00)?\d[\d\s./()-]*\d/g;
const MIN_HIDDEN_DIGITS = 6;
/** What a house number's reading leaves after a hidden address: "[luogo]/b", "[luogo] bis". */
const NUMBER_SUFFIX = new RegExp(
  `(${PLACEHOLDERS.place.replace(/[[\]]/g, "\\$&")})(?:\\s?\\/\\s?[a-z]|\\s?bis)(?![\\p{L}\\p{N}])`,
  "giu",
);

/** Street words in Italian and English, abbreviations included. */
const STREET_WORDS = [
  "via",
  "v\\.",
  "viale",
  "v\\.le",
  "piazza",
  "p\\.za",
  "p\\.zza",
  "piazzale",
  "p\\.le",
  "corso",
  "c\\.so",
  "largo",
  "vicolo",
  "strada",
  "alzaia",
  "ripa",
  "bastioni",
  "galleria",
  "passaggio",
  "street",
  "st\\.",
  "road",
  "avenue",
  "square",
].join("|");
/** A street word, up to five words of name, then the house number (12, 12a, 12/b, 12 bis). */
const HOUSE_NUMBER = new RegExp(
  `(${WORD_BEFORE}(?:${STREET_WORDS})${WORD_AFTER}(?:[\\s,]+[\\p{L}'’.]+){1,5}?[\\s,]+(?:n\\.?\\s*|numero\\s+|civico\\s+)?)(\\d{1,4}(?:\\s?\\/?\\s?[a-z]${WORD_AFTER}|\\s?bis${WORD_AFTER})?)`,
  "giu",
);
/** English order: "12 Baker Street", "4b Abbey Road". */
const NUMBER_FIRST = new RegExp(
  `${WORD_BEFORE}\\d{1,4}[a-z]?(?=(?:\\s+[\\p{L}'’.]+){1,3}?\\s+(?:street|road|avenue|lane|square|st\\.)${WORD_AFTER})`,
  "giu",
);
/** "civico 12", "n. 12", "numero 12" on their own. */
const NUMBERED = new RegExp(
  `(${WORD_BEFORE}(?:civico|n\\.|numero|number|no\\.)\\s*)(\\d{1,4}[a-z]?${WORD_AFTER})`,
  "giu",
);
/** Lower case without accents, so that "Nicolò" is found as "nicolo" and the other way round. */
const plain = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function hideNames(text: string, names: readonly string[]): string {
  const words = new Set(
    names
      .flatMap((name) => name.replace(/^@/, "").split(/[\s_.-]+/))
      .map(plain)
      .filter((word) => word.length >= 2),
  );
  if (words.size === 0) return text;
  return text.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) =>
    words.has(plain(word)) ? PLACEHOLDERS.name : word,
  );
}

function hidePlaces(text: string, places: PlaceReader): string {
  const spans = places
    .placesIn(text)
    .filter((place) => IDENTIFYING.has(place.kind))
    .flatMap((place) => (place.span ? [place.span] : []))
    .sort((a, b) => b.length - a.length);
  const hidden = spans.reduce((result, span) => result.replaceAll(span, PLACEHOLDERS.place), text);
  return hidden.replace(NUMBER_SUFFIX, "$1");
}

export function redact(text: string, names: readonly string[] = [], places?: PlaceReader): string {
  let result = text.replace(EMAIL, PLACEHOLDERS.email);
  result = result.replace(TAX_CODE, PLACEHOLDERS.taxCode);
  // Places before house numbers: the reader finds "Sarpi 10" by its number.
  if (places) result = hidePlaces(result, places);
  // House numbers first: a number and the CAP after it would otherwise read as one long run.
  result = result.replace(HOUSE_NUMBER, (_m, street: string) => street + PLACEHOLDERS.houseNumber);
  result = result.replace(NUMBER_FIRST, PLACEHOLDERS.houseNumber);
  result = result.replace(NUMBERED, (_m, word: string) => word + PLACEHOLDERS.houseNumber);
  result = result.replace(DIGIT_RUN, (run) =>
    run.replace(/\D/g, "").length >= MIN_HIDDEN_DIGITS ? PLACEHOLDERS.phone : run,
  );
  result = hideTypedNames(result, (whole) => (places?.placesIn(whole).length ?? 0) > 0);
  return hideNames(result, names);
}
