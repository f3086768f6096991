/**
 * The words around a place in a longer message that say whether it is where the citizen (or the
 * person they write for) lives, all on normalised tokens (lower case, no accents).
 */

import { PARTICLES } from "./normalize.js";

/** Prepositions the normaliser leaves whole ("all'Isola" → "all isola"), skipped like particles. */
const CONNECTIVES: ReadonlySet<string> = new Set([
  "all",
  "allo",
  "nel",
  "nell",
  "nella",
  "nello",
  "nei",
  "negli",
  "nelle",
  "sul",
  "sull",
  "sulla",
  "dall",
  "dallo",
  "per",
  "un",
  "una",
  "the",
  "at",
  "on",
  "of",
  "to",
  // Ukrainian and Russian «в», «у», «на» (in, at), spelt in Latin: «живу в Нігуарді».
  "v",
  "u",
  "na",
  // «In», «at» of the other languages the bot reads: Spanish «en», Portuguese «em», «no»,
  // Albanian «në», Tagalog «sa» («vive en Lotto», «mora em Lotto», «jeton në Lotto»).
  "en",
  "em",
  "no",
  "ne",
  "sa",
]);

/** The nearest word before `at` that is not an article or preposition ("" at the start). */
export function wordBefore(tokens: readonly string[], at: number): string {
  for (let i = at - 1; i >= 0; i -= 1) {
    const token = tokens[i] ?? "";
    if (!PARTICLES.has(token) && !CONNECTIVES.has(token)) return token;
  }
  return "";
}

/** Where the word before `at` that is not an article or preposition is. */
export function metroWordAt(tokens: readonly string[], at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) {
    const token = tokens[i] ?? "";
    if (!PARTICLES.has(token) && !CONNECTIVES.has(token)) return i;
  }
  return at;
}

/** Verbs in the first person: the place after them is the writer's own. */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  "abito",
  "abitiamo",
  "vivo",
  "viviamo",
  "sto",
  "stiamo",
  // «siamo a Bollate», «siamo in via Gozzoli»: where a family is, told as where it lives.
  "siamo",
  "risiedo",
  "risiediamo",
  "live",
  "living",
  "abitare",
  "stare",
  // Ukrainian and Russian «живу», «живемо», «мешкаю», «проживаю» as normalizeText spells Cyrillic.
  "givu",
  "givemo",
  "mesccaiu",
  "progivaiu",
  // Romanian «locuiesc», «locuim»; Spanish «vivimos»; Portuguese «moro», «moramos»; Albanian
  // «banoj», «jetoj», «banojmë», «jetojmë». Not Romanian «stau», «stăm»: «eu stau la Torino»
  // would be the writer's home outside Milan, told the area of a father in Milan.
  "locuiesc",
  "locuim",
  "vivimos",
  "moro",
  "moramos",
  "banoj",
  "jetoj",
  "banojme",
  "jetojme",
]);

/**
 * «Near» and «lives» in the other languages the bot reads, before a Milan place: Romanian
 * «lângă», «aproape de», «locuiește»; Spanish «junto a» (not «cerca», Italian «looks for»); French «habite», «près de»,
 * «à côté de»; Portuguese «perto de», «mora»; Tagalog «nakatira», «malapit sa»; Albanian
 * «banon», «jeton», «afër», «pranë»; Ukrainian and Russian «поруч», «возле», «около», «рядом», «живёт»,
 * «живём», as normalizeText spells them. The person is left to owner.ts where the form does not
 * tell it (French «habite» is «I» and «she», Tagalog does not say).
 */
const NEAR_AND_LIVES: ReadonlySet<string> = new Set([
  "langa",
  "aproape",
  "locuieste",
  "junto",
  "habite",
  "habitons",
  "habitent",
  "pres",
  "cote",
  "perto",
  "mora",
  "nakatira",
  "malapit",
  "banon",
  "jeton",
  "afer",
  "prane",
  "poruc",
  "vozle",
  "ocolo",
  "riadom",
  "givet",
  "givem",
]);

/**
 * Nouns for a neighbourhood in the other languages, as «zona», «quartiere»: Romanian
 * «cartierul», Spanish «barrio», French «quartier», Portuguese «bairro», Albanian «lagjja»,
 * «lagjen», Ukrainian and Russian «район», «районі», «району».
 */
const NEIGHBOURHOOD_NOUNS: ReadonlySet<string> = new Set([
  "cartier",
  "cartierul",
  "barrio",
  "quartier",
  "bairro",
  "lagje",
  "lagjja",
  "lagjen",
  "raion",
  "raioni",
  "raionu",
]);

/**
 * Words that make the town of a name shared with a part of Milan («città di Lodi», «comune di
 * Magenta», «the town of Lodi», «ciudad de Lodi», «orașul Lodi», «місто Lodi»).
 */
export const TOWN_WORDS: ReadonlySet<string> = new Set([
  "citta",
  "comune",
  "provincia",
  "paese",
  "town",
  "city",
  "province",
  "ciudad",
  "pueblo",
  "oras",
  "orasul",
  // Ukrainian and Russian «місто», «міста», «город», spelt in Latin.
  "misto",
  "mista",
  "gorod",
]);

/** Words around a place that are never part of its name, so never typo-corrected into one. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  ...FIRST_PERSON,
  ...NEAR_AND_LIVES,
  ...TOWN_WORDS,
  "sono",
  "siamo",
  "residente",
  "zona",
  "quartiere",
  "vicino",
  "presso",
  "casa",
  "mia",
  "mio",
  "milano",
  "citta",
  "comune",
  "parti",
  "dalle",
  "dove",
  "abitazione",
  "numero",
  "civico",
  "scala",
  "interno",
  "piano",
  "near",
  "area",
]);

/** Words that announce where someone lives or is: a place right after them is anchored. */
export const RESIDENCE_CUES: ReadonlySet<string> = new Set([
  ...FIRST_PERSON,
  ...NEAR_AND_LIVES,
  ...NEIGHBOURHOOD_NOUNS,
  "abita",
  "abitano",
  "abitazione",
  "vive",
  "vivono",
  "sta",
  "stanno",
  "risiede",
  "residente",
  "residenti",
  "domiciliato",
  "domiciliata",
  "zona",
  "quartiere",
  "vicino",
  "vicini",
  "vicinanze",
  "pressi",
  "accanto",
  "dietro",
  "davanti",
  "fronte",
  "dalle",
  "parti",
  "presso",
  "passi",
  "lives",
  // Moving house: «we moved to Città Studi», «ci siamo trasferiti a…» (whose move it is,
  // owner.ts reads: «mio figlio si è trasferito a Londra» is not the citizen's area).
  "moved",
  "trasferiti",
  "trasferite",
  "near",
  "area",
  "around",
  "by",
  "close",
  "next",
  "behind",
  "opposite",
  // Ukrainian «живе», «живуть», «біля» (near), spelt in Latin.
  "give",
  "givut",
  "bilia",
]);

/** Words that make a part of Milan of a name shared with a town ("zona Lodi", "Lodi area"). */
export const AREA_WORDS: ReadonlySet<string> = new Set([
  "zona",
  "quartiere",
  "area",
  ...NEIGHBOURHOOD_NOUNS,
]);

/** Words that make a metro station of a name shared with a neighbourhood ("metro Loreto"). */
export const METRO_WORDS: ReadonlySet<string> = new Set([
  "metro",
  "metropolitana",
  "fermata",
  "mm",
  "m1",
  "m2",
  "m3",
  "m4",
  "m5",
  "mm1",
  "mm2",
  "mm3",
  "mm4",
  "mm5",
  // Romanian «metrou», «metroul», «metroului»; Albanian «metroja», «metrosë».
  "metrou",
  "metroul",
  "metroului",
  "metroja",
  "metrose",
  "lilla",
  "gialla",
  "rossa",
  "verde",
  "blu",
]);

/** Words that name the kind of a landmark or station, anchoring the name after them. */
export const PLACE_TYPE_WORDS: ReadonlySet<string> = new Set([
  ...METRO_WORDS,
  "ospedale",
  "clinica",
  "istituto",
  "universita",
  "university",
  "stazione",
  "station",
  // «Station» and «stop» in the other languages, as «stazione»: Romanian «stația», Spanish
  // «estación», «parada», Portuguese «estação», «paragem», French «arrêt», Tagalog «istasyon»,
  // Albanian «stacioni», Ukrainian and Russian «станція», «станції», «станция» as spelt.
  "statia",
  "statie",
  "statiei",
  "estacion",
  "parada",
  "estacao",
  "paragem",
  "arret",
  "istasyon",
  "stacion",
  "stacioni",
  "stacionit",
  "stanzia",
  "stanzii",
  "linea",
  "parco",
  "giardini",
  "cimitero",
  "basilica",
  "chiesa",
  "museo",
  "piazza",
  "policlinico",
  "hospital",
  "park",
]);

/** A number followed by one of these counts something: "91 anni" is no house number. */
export const COUNTED_UNITS: ReadonlySet<string> = new Set([
  "anni",
  "anno",
  "mesi",
  "mese",
  "giorni",
  "giorno",
  "settimane",
  "settimana",
  "ore",
  "ora",
  "minuti",
  "volte",
  "euro",
  "figli",
  "bambini",
  "persone",
  "km",
  "kg",
  "piano",
  "years",
  "year",
  "months",
  "days",
  "hours",
  "times",
  "euros",
  "kids",
  "children",
  "floor",
]);
