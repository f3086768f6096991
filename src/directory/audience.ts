import type { Service } from "../catalogue/schema.js";
import type { ResolvedPlace } from "../geo/index.js";
import { type Recommendation, type RecommendationNeed, recommend } from "./recommend.js";
import type { Directory } from "./schema.js";

/**
 * Who a service is for, when the catalogue says so. Only what the seed article states: the
 * Italian courses in via Ornato are «per le donne straniere». No other audience is known.
 */
export type Audience = "women";

/** Who the citizen says the need is for, when the words say it: only a man matters so far. */
export type PersonSaid = "man";

// A word stands alone: the letters around it must not be letters (Cyrillic and accents too).
const word = (alternatives: string) => `(?<!\\p{L})(?:${alternatives})(?!\\p{L})`;

/**
 * Men the need may be for, in the bot's languages: a relative by a word that can only mean a
 * man (a possessive before «padre», «father», «tatăl»… so that «Padre Pio» or a street is no
 * one), or the writer saying they are a man.
 */
const MAN = new RegExp(
  word(
    [
      // it
      "marit[oi]",
      "(?:mio|mi[oe]i|del mio|al mio|per il mio|il mio) (?:padre|papà|papa|babbo|figlio|fratello|nonno|zio|suocero|cognato|compagno|fidanzato|ragazzo)",
      "sono un uomo",
      // en
      "husband",
      "(?:my|our) (?:father|dad|son|brother|grandfather|grandpa|uncle|father-in-law|brother-in-law|boyfriend)",
      "i am a man",
      "i'm a man",
      // es
      "(?:mi|su) (?:esposo|marido|padre|papá|hijo|hermano|abuelo|tío|suegro|novio)",
      "soy (?:un )?hombre",
      // ro
      "so[țţt]ul",
      "(?:tat[ăa]l|fiul|fratele|bunicul|unchiul|socrul) meu",
      "sunt (?:un )?b[ăa]rbat",
      // uk: «чоловік» is both «husband» and «man»; either is a man.
      "чолові(?:к|ка|кові|ку)",
      "(?:мій|мого|моєму|моїм) (?:батько|батька|батькові|тато|тата|син|сина|синові|брат|брата|братові|дідусь|дідуся|дядько|дядька)",
    ].join("|"),
  ),
  "iu",
);

/**
 * Women the message names: when a woman is named too («mia moglie e mio marito», «my mother,
 * my brother and I»), who the course is for is not clear, and nothing is left out.
 */
const WOMAN = new RegExp(
  word(
    [
      // it
      "moglie",
      "(?:mia|mie|della mia|alla mia|per la mia|la mia) (?:madre|mamma|figlia|sorella|nonna|zia|suocera|cognata|compagna|fidanzata|ragazza|vicina)",
      "donn[ae]",
      "sono una",
      // en
      "wife",
      "(?:my|our) (?:mother|mom|mum|daughter|sister|grandmother|grandma|aunt|mother-in-law|girlfriend)",
      "wom[ae]n",
      // es
      "(?:mi|su) (?:esposa|mujer|madre|mamá|hija|hermana|abuela|tía|suegra|novia)",
      "mujer(?:es)?",
      // ro
      "so[țţt]ia",
      "(?:mama|mam[ăa]|fiica|sora|bunica|m[ăa]tu[șşs]a|soacra) mea",
      "femei[ae]?",
      // uk
      "дружин[аиіу]",
      "жін(?:ка|ки|ці|ку|ок|кам)",
      "(?:моя|моєї|моїй|мою) (?:мати|матері|мама|мами|мамі|дочка|доньки|донька|сестра|сестри|бабуся|тітка)",
    ].join("|"),
  ),
  "iu",
);

/**
 * The writer may be the one the need is for: they count themselves in («per me e mio marito»,
 * «me and my brother»), tell their own trouble with the language («non capisco», «I can't
 * understand», «no entiendo», «не розумію»), say they are a woman («sono arrivata») or set
 * themselves against him («mio marito beve, ma io vorrei un corso»). Then a man named in the
 * story («I followed my husband here») is not who the course is for.
 */
const WRITER = new RegExp(
  word(
    [
      "(?:per )?me e",
      "io e",
      "me and",
      "(?:my|for) ?self",
      "yo y",
      "eu și",
      "я (?:і|та)",
      "(?:non |no )?capisco",
      "(?:non|no) (?:parlo|so parlare|riesco)",
      "i (?:don't|do not|can't|cannot) (?:speak|understand)",
      "i (?:\\p{L}+ )?(?:want|would like|need) to (?:\\p{L}+ )?learn",
      "(?:voglio|vorrei) imparare",
      "i only speak",
      "(?:no )?entiendo",
      "no hablo",
      "quiero aprender",
      "nu (?:[îi]n[țţt]eleg|vorbesc)",
      "vreau s[ăa] [îi]nv[ăa][țţt]",
      "не (?:розумію|говорю|розмовляю)",
      "sono (?:\\p{L}+ )?\\p{L}+ata",
      "arrivata",
      "а я",
      // The writer set against the man of the story: «…ma io volevo un corso», «but I…».
      "(?:ma|però|pero|but|dar|але) (?:io|yo|i|eu|я)",
    ].join("|"),
  ),
  "iu",
);

/** A man when the message names one, no woman, and not the writer among those it is for. */
export function personSaid(text: string): PersonSaid | null {
  return MAN.test(text) && !WOMAN.test(text) && !WRITER.test(text) ? "man" : null;
}

/** Whether a service's stated audience leaves out the person the need is for. */
export function fitsPerson(service: Service, person: PersonSaid | null): boolean {
  return !(person === "man" && service.audience === "women");
}

/**
 * The services of a need split by whether they fit the person it is for: the answer offers the
 * ones that fit and says plainly which one is for someone else.
 */
export function servicesForPerson(
  services: readonly string[],
  text: string,
  serviceOf: (id: string) => Service | undefined,
): { readonly fitting: readonly string[]; readonly notForThem: readonly Service[] } {
  const person = personSaid(text);
  const fitting: string[] = [];
  const notForThem: Service[] = [];
  for (const id of services) {
    const service = serviceOf(id);
    if (service === undefined || fitsPerson(service, person)) fitting.push(id);
    else notForThem.push(service);
  }
  return { fitting, notForThem };
}

/** The spaces recommended for the person a message names, and the services not for them. */
export interface RecommendationForPerson {
  readonly recommendation: Recommendation;
  readonly notForThem: readonly Service[];
}

/**
 * The spaces to recommend for a need as the person the message names may use them: every
 * answer, its details and the operators' card go through here, so that no path sends a man to
 * the course for women.
 */
export function recommendForPerson(
  need: RecommendationNeed & { readonly text: string },
  place: ResolvedPlace | null,
  directory: Directory,
  serviceOf: (id: string) => Service | undefined,
): RecommendationForPerson {
  const { fitting, notForThem } = servicesForPerson(need.services, need.text, serviceOf);
  const recommendation = recommend({ intent: need.intent, services: fitting }, place, directory);
  return { recommendation, notForThem };
}
