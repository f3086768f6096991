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
const FIRST_PERSON: ReadonlySet<string> = new Set([
  "abito",
  "abitiamo",
  "vivo",
  "viviamo",
  "sto",
  "stiamo",
  "risiedo",
  "risiediamo",
  "live",
  "living",
  "abitare",
  "stare",
  // Ukrainian and Russian «живу», «живемо» as normalizeText spells Cyrillic.
  "givu",
  "givemo",
]);

/** Words around a place that are never part of its name, so never typo-corrected into one. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  ...FIRST_PERSON,
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
  "abito",
  "abitiamo",
  "abita",
  "abitano",
  "abitare",
  "abitazione",
  "vivo",
  "viviamo",
  "vive",
  "vivono",
  "sto",
  "stiamo",
  "sta",
  "stanno",
  "stare",
  "risiedo",
  "risiediamo",
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
  "live",
  "lives",
  "living",
  "near",
  "area",
  "around",
  "by",
  "close",
  "next",
  "behind",
  "opposite",
  // Ukrainian «живе», «живуть», «біля» (near), «районі» (in the district), spelt in Latin.
  "give",
  "givut",
  "bilia",
  "raioni",
]);

/** Words that make a part of Milan of a name shared with a town ("zona Lodi"). */
export const AREA_WORDS: ReadonlySet<string> = new Set(["zona", "quartiere", "area"]);

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

/** Verbs in the third person: whose place depends on who the subject is. */
const THIRD_PERSON: ReadonlySet<string> = new Set([
  "abita",
  "abitano",
  "vive",
  "vivono",
  "sta",
  "stanno",
  "risiede",
  "lives",
  // es, ro (as normalizeText spells «locuiește»); «vive», «sta» are Spanish and Romanian too.
  "viven",
  "locuieste",
]);

/**
 * People whose home is not the one the bot is asked about: the writer's sibling or friend
 * usually lives elsewhere, while a parent, grandparent or spouse is the person in need.
 */
const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  "fratello",
  "fratelli",
  "sorella",
  "sorelle",
  "cugino",
  "cugina",
  "cugini",
  "amico",
  "amica",
  "amici",
  "collega",
  "cognato",
  "cognata",
  "fidanzato",
  "fidanzata",
  "ex",
  "figli",
  "brother",
  "sister",
  "friend",
  "cousin",
  "children",
  "hermano",
  "hermana",
  "hermanos",
  "amigo",
  "amiga",
  "amigos",
  "fratele",
  "sora",
  "prieten",
  "prietenul",
  "prietena",
]);

/**
 * A son or daughter may be the one in need («mia figlia vive a Baggio e ha bisogno…») or only
 * told of («il figlio vive a Londra»): their home in Milan counts like an area with no owner,
 * one outside Milan is no reason to say WeMi does not serve the citizen.
 */
const CHILDREN: ReadonlySet<string> = new Set([
  "figlio",
  "figlia",
  "son",
  "daughter",
  "hijo",
  "hija",
  "fiul",
  "fiica",
]);

/** Words saying a place is not a home: where one comes from, works, studies or is treated. */
const ELSEWHERE: ReadonlySet<string> = new Set([
  "vengo",
  "viene",
  "veniamo",
  "venuto",
  "venuta",
  "nato",
  "nata",
  "nati",
  "arrivato",
  "arrivata",
  "arrivati",
  "originario",
  "originaria",
  "lavoro",
  "lavora",
  "lavoriamo",
  "lavorato",
  "lavoravo",
  "lavorava",
  "studio",
  "studia",
  "ricoverato",
  "ricoverata",
  "ricovero",
  "dimesso",
  "dimessa",
  "operato",
  "operata",
  "vado",
  "va",
  "andare",
  "andiamo",
  "porto",
  "portare",
  "accompagnare",
  "trasferito",
  "trasferita",
  "work",
  "works",
  "from",
  "born",
  "study",
]);

/** Words ending a clause: the owner of a place is looked for only in its own clause. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  "ma",
  "e",
  "invece",
  "mentre",
  "perche",
  "but",
  "and",
  "while",
]);

/** Whose place a mention is, from the words before it in its clause. */
export type PlaceOwner =
  | "self"
  | "person-in-need"
  | "a-child"
  | "unstated"
  | "someone-else"
  | "not-a-home";

const LOOK_BACK = 6;

/** Words denying what follows: "non a Gratosoglio", "non abito più a…", "I don't live in…". */
const NEGATIONS: ReadonlySet<string> = new Set(["non", "not", "neanche", "nemmeno"]);

/** Whether the word at `at` denies: a negation, or the "t" of "don't", "doesn't". */
const denies = (tokens: readonly string[], at: number) =>
  NEGATIONS.has(tokens[at] ?? "") || (tokens[at] === "t" && /n$/u.test(tokens[at - 1] ?? ""));

/** A home verb denied just before it: "non abito", "non ci abito", "I don't live". */
const deniedVerb = (tokens: readonly string[], at: number) =>
  denies(tokens, at - 1) || denies(tokens, at - 2);

export function ownerOf(tokens: readonly string[], from: number): PlaceOwner {
  for (let at = from - 1; at >= 0 && at >= from - LOOK_BACK; at -= 1) {
    const token = tokens[at] ?? "";
    if (ELSEWHERE.has(token) || denies(tokens, at)) return "not-a-home";
    if ((FIRST_PERSON.has(token) || THIRD_PERSON.has(token)) && deniedVerb(tokens, at))
      return "not-a-home";
    if (FIRST_PERSON.has(token)) return "self";
    if (THIRD_PERSON.has(token)) {
      for (let back = at - 1; back >= 0 && back >= at - 3; back -= 1) {
        const word = tokens[back] ?? "";
        if (OTHER_PEOPLE.has(word)) return "someone-else";
        if (CHILDREN.has(word)) return "a-child";
        if (CLAUSE_BREAKS.has(word)) break;
      }
      return "person-in-need";
    }
    if (CLAUSE_BREAKS.has(token)) break;
  }
  return "unstated";
}

/**
 * How much a mention's owner makes it the area asked for; 0: not theirs. The person in need's
 * home beats the writer's own: a citizen names both («mia madre abita a Loreto, io invece a
 * Baggio») when the help is for that person, and the help goes to their home.
 */
export function ownerWeight(owner: PlaceOwner): number {
  switch (owner) {
    case "person-in-need":
      return 3;
    case "self":
      return 2;
    case "unstated":
    case "a-child":
      return 1;
    default:
      return 0;
  }
}
