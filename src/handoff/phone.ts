import {
  type CountryCode,
  getCountryCallingCode,
  parsePhoneNumberFromString,
} from "libphonenumber-js/max";
import { withSpokenDigits } from "../language/spoken-numbers.js";

/**
 * Countries whose mobiles citizens of a dialogue's language may keep and type as at home: a
 * Romanian «0721 234 567» is a mobile there and a landline in Pesaro here, a Ukrainian «067…»
 * a mobile there and a Rome landline here, an Ecuadorian «099…» one in Taranto. Which one the
 * citizen means is asked, never guessed from the language.
 */
const HOME_COUNTRIES: Readonly<Record<string, readonly CountryCode[]>> = {
  ro: ["RO", "MD"],
  uk: ["UA"],
  es: ["EC"],
};

/** A number typed without its country code that is one number in Italy and another abroad. */
export interface EitherCountry {
  /** As the citizen typed it. */
  readonly typed: string;
  /** Written with each country's code, as the citizen may type it back («+40 721 234 567»). */
  readonly italian: string;
  readonly abroad: string;
}

/**
 * The number in a text when, typed without its country code in a dialogue in this language,
 * Italy reads it as a landline and a country of the language's citizens as a mobile: stored
 * as either, a call may reach a stranger, so the citizen is asked which (undefined otherwise).
 */
export function eitherCountry(text: string, language: string): EitherCountry | undefined {
  const countries = HOME_COUNTRIES[language] ?? [];
  for (const [run] of withLatinDigits(text).matchAll(NUMBER_RUN)) {
    const cleaned = run.replace(/[^\d+]/g, "");
    if (cleaned.startsWith("+") || cleaned.startsWith("00")) continue;
    const italian = parsePhoneNumberFromString(cleaned, "IT");
    if (!italian?.isValid() || italian.getType() === "MOBILE") continue;
    for (const country of countries) {
      const abroad = parsePhoneNumberFromString(cleaned, country);
      if (abroad?.isValid() && abroad.getType() === "MOBILE")
        return {
          typed: run,
          italian: italian.formatInternational(),
          abroad: abroad.formatInternational(),
        };
    }
  }
  return undefined;
}

/**
 * The number asked about, in the form whose country code the citizen typed alone after the
 * question («+40», «0040», «+39») or whose country they named («din România», «italiano»), as
 * a reply to «Italian or another country?» reads; null when the reply is no such code or
 * country, or that of neither form.
 */
export function withCountryCode(either: EitherCountry, text: string): string | null {
  const code = /^\s*(?:\+|00)\s*(\d{1,3})\s*$/u.exec(text)?.[1] ?? codeOfCountryNamed(text);
  if (code === undefined) return null;
  const form = [either.abroad, either.italian].find((f) => f.startsWith(`+${code} `));
  return form === undefined ? null : normalizePhone(form);
}

/**
 * The countries a reply to «Italian or another country?» names, by the stems of their names and
 * adjectives in the dialogue's languages, accents gone: «din România», «cu prefix Romania», «è
 * italiano», «український», «es de Ecuador».
 */
const COUNTRY_STEMS: readonly (readonly [RegExp, CountryCode])[] = [
  [/^(?:itali|italy|італ|итал)/u, "IT"],
  [/^(?:roman|rumani|rumun|румун|румын)/u, "RO"],
  [/^(?:moldov|молдов)/u, "MD"],
  // «ї» and «й» lose their marks with the accents: «український» is read «украінськии».
  [/^(?:ucrain|ucrani|ukrain|украін|украин)/u, "UA"],
  [/^(?:ecuador|ecuatori)/u, "EC"],
];

/** Words at most in such a reply: a longer message is about something else. */
const COUNTRY_REPLY_WORDS = 6;

/** The calling code of the one country a short reply names, if it names exactly one. */
function codeOfCountryNamed(text: string): string | undefined {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.length > COUNTRY_REPLY_WORDS) return undefined;
  const named = new Set(
    words.flatMap((word) => COUNTRY_STEMS.filter(([stem]) => stem.test(word)).map(([, c]) => c)),
  );
  const [country] = named;
  return named.size === 1 && country !== undefined ? getCountryCallingCode(country) : undefined;
}

/**
 * The number of a contact shared with Telegram's button: always international, though
 * Telegram often gives it without its «+» («40721234567»), which would read as Italian.
 */
export const sharedPhone = (phone: string): string | null =>
  normalizePhone(phone.trim().startsWith("+") ? phone : `+${phone}`);

/**
 * An Italian (or international) phone number in E.164 form, or null when it is not a
 * valid number. libphonenumber knows the Italian numbering plan (mobile 3xx, landlines
 * with their leading 0), which a hand-written pattern would get wrong, so an Italian number
 * must be one it knows. A number typed with another country's code must only have that
 * country's length: its ranges the bot cannot vouch for (libphonenumber's validity refuses,
 * for one, the UK's 07700 900xxx mobiles), and refusing a real number leaves the citizen
 * with no way to be called, while a wrong one costs the operator one call.
 */
export function normalizePhone(text: string): string | null {
  const cleaned = text.replace(/[^\d+]/g, "").replace(/^00/, "+");
  const parsed = parsePhoneNumberFromString(cleaned, "IT");
  if (!parsed) return null;
  const foreign = cleaned.startsWith("+") && parsed.countryCallingCode !== "39";
  return parsed.isValid() || (foreign && parsed.isPossible()) ? parsed.number : null;
}

/** A run of digits with the separators people type inside a number («333 123-4567», «02.1234»). */
const NUMBER_RUN = /\+?\d[\d\s./()-]*\d/gu;

const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const ANY_DIGIT = /\p{Nd}/u;

/**
 * The text with every script's digits written 0–9: an Arabic keyboard types «٣٣٣ ١٢٣ ٤٥٦٧», a
 * Persian one «۳۳۳», a Chinese one full-width «３３３». Unicode puts each script's digits in
 * runs of ten from its zero, so a digit's value is its place in its run.
 */
function withLatinDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (digit) => {
    let code = digit.codePointAt(0) as number;
    let place = 0;
    while (ANY_DIGIT.test(String.fromCodePoint(code - 1))) {
      code--;
      place++;
    }
    return String(place % 10);
  });
}

/**
 * The first valid phone number in a message («il mio numero è 333 1234567 ma chiamatemi
 * dopo le 18»), each run of digits read on its own: the message's digits read together
 * would glue the 18 onto the number. A number dictated by voice comes as words («tre tre tre
 * uno due…»): read as digits when the digits typed give none.
 */
/** The text with the phone numbers in it taken out: what is said beside them («dopo le 17»). */
export const besidesPhone = (text: string): string =>
  withLatinDigits(text).replace(NUMBER_RUN, (run) => (normalizePhone(run) === null ? run : " "));

export function phoneInText(text: string): string | null {
  const digits = withLatinDigits(text);
  return numberIn(digits) ?? numberIn(withSpokenDigits(digits));
}

function numberIn(text: string): string | null {
  for (const [run] of text.matchAll(NUMBER_RUN)) {
    const phone = normalizePhone(run);
    if (phone !== null) return phone;
  }
  return null;
}
