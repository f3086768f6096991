/**
 * Whose place a mention in a longer message is (the writer's, the person in need's, a relative's
 * told only in passing, or no home at all), from the words before it in its clause, on normalised
 * tokens (lower case, no accents). Kept apart from cues.ts, the words that find a place.
 */

import { CLAUSE_BREAKS } from "./clause.js";
import { FIRST_PERSON } from "./cues.js";
import { saysElsewhere } from "./elsewhere.js";
import { employersPlace } from "./employer.js";
import { cameFrom, moverAt } from "./moving.js";
import { cyrillic } from "./normalize.js";

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
  // pt, fr (also «I»: see SPEAKERS), sq, tl (no person: see SPEAKERS)
  "mora",
  "moram",
  "vivem",
  "reside",
  "habite",
  "habitent",
  "vit",
  "vivent",
  "jeton",
  "jetojne",
  "banon",
  "banojne",
  "nakatira",
  "tumitira",
  // uk, ru
  ...cyrillic("живе живуть мешкає мешкають проживає проживають живёт живут проживает проживают"),
]);

/**
 * «I» and «we» right beside a verb that does not say its person: French «j'habite» (tokens «j
 * habite»), Tagalog «nakatira ako», «ako ay nakatira», «kami ay nakatira».
 */
const SPEAKERS: ReadonlySet<string> = new Set(["j", "je", "ako", "kami", "tayo"]);

/** Whether the verb at `at` is said by the writer: «I» just before (past Tagalog «ay») or after. */
const saidBySpeaker = (tokens: readonly string[], at: number) =>
  [at - 1, at + 1, tokens[at - 1] === "ay" ? at - 2 : -1].some((i) =>
    SPEAKERS.has(tokens[i] ?? ""),
  );

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
  // pt (not «irmã»: spelt «irma», a name), fr (not «sœur»: normalizeText breaks the «œ»;
  // «soeur» as typed), sq, tl
  "irmao",
  "irmaos",
  "irmas",
  "frere",
  "freres",
  "soeur",
  "soeurs",
  "ami",
  "amie",
  "amis",
  "cousine",
  "vella",
  "vellai",
  "motra",
  "moter",
  "shoku",
  "shoqja",
  "miku",
  "mikja",
  "kapatid",
  "kaibigan",
  "pinsan",
  // uk, ru: «двоюрідний брат», «двоюродная сестра» end in «брат», «сестра».
  ...cyrillic(
    "брат брати сестра сестри друг подруга друзі колега брат братья сёстры друзья коллега",
  ),
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
  "filho",
  "filha",
  "fils",
  "fille",
  "djali",
  "vajza",
  "biri",
  "bija",
  "anak",
  ...cyrillic("син донька дочка сын дочь"),
]);

/** Whose place a mention is, from the words before it in its clause. */
export type PlaceOwner =
  | "self"
  | "person-in-need"
  | "a-child"
  | "unstated"
  | "someone-else"
  | "an-employer"
  | "not-a-home";

const LOOK_BACK = 6;

/** Words denying what follows: "non a Gratosoglio", "non abito più a…", "I don't live in…". */
const NEGATIONS: ReadonlySet<string> = new Set(["non", "not", "neanche", "nemmeno"]);

/**
 * Knowing, after a negation: «non sappiamo dove trovarle in Municipio 3», «I don't know where
 * to go in Lambrate» deny knowing, not the place.
 */
const KNOWING: ReadonlySet<string> = new Set(["so", "sa", "sappiamo", "sanno", "know", "knows"]);

/** Whether the word at `at` denies: a negation, or the "t" of "don't", "doesn't". */
const denies = (tokens: readonly string[], at: number) =>
  (NEGATIONS.has(tokens[at] ?? "") || (tokens[at] === "t" && /n$/u.test(tokens[at - 1] ?? ""))) &&
  !KNOWING.has(tokens[at + 1] ?? "");

/** A home verb denied just before it: "non abito", "non ci abito", "I don't live". */
const deniedVerb = (tokens: readonly string[], at: number) =>
  denies(tokens, at - 1) || denies(tokens, at - 2);

/**
 * Whose place a mention is. An employer's home is no home of the writer's, and like a town named
 * in passing it is not read at all when outside Milan (what redaction finds stays as it was).
 */
export function ownerOf(tokens: readonly string[], from: number, to = from): PlaceOwner {
  const owner = ownerSaidAfter(tokens, to) ?? ownerSaidBefore(tokens, from);
  const aHome = owner !== "not-a-home" && owner !== "someone-else";
  return aHome && employersPlace(tokens, from) ? "an-employer" : owner;
}

/**
 * The owner Italian says right after a place it puts first, with «ci»: «in via Padova ci abito
 * io», «a Baggio ci vive mia madre». It outweighs the words before, which may be another
 * clause's: «mio padre sta a Baggio, in via Padova ci abito io».
 */
function ownerSaidAfter(tokens: readonly string[], to: number): PlaceOwner | undefined {
  if (tokens[to] !== "ci") return undefined;
  const verb = tokens[to + 1] ?? "";
  if (LIVE_AFTER_CI.self.has(verb)) return "self";
  return LIVE_AFTER_CI.other.has(verb) ? "person-in-need" : undefined;
}
/**
 * Verbs of living only: «ci siamo fatti una risata» after a market's square, «ci sta bene», «ci
 * sto pensando» say no home.
 */
const LIVE_AFTER_CI = {
  self: new Set(["abito", "abitiamo", "vivo", "viviamo"]),
  other: new Set(["abita", "abitano", "vive", "vivono"]),
};

/** A home, named as one's own just before the place: «la casa in via Cilea», «our flat in NoLo». */
const HOMES: ReadonlySet<string> = new Set(["casa", "appartamento", "home", "flat", "apartment"]);
/** Words making a home one's own: «la casa», «casa mia», «my flat»; not «una casa» (a job's). */
const OWN: ReadonlySet<string> = new Set(["la", "mia", "nostra", "my", "our"]);
const BEFORE_A_PLACE: ReadonlySet<string> = new Set(["in", "a", "al", "nel", "on", "at"]);
/**
 * One's own home named right before the place: what the words further back say (a job told
 * first, «un lavoro part time, la casa in via Cilea…») is another clause's.
 */
const ownHomeBefore = (tokens: readonly string[], from: number) =>
  BEFORE_A_PLACE.has(tokens[from - 1] ?? "") &&
  ((HOMES.has(tokens[from - 2] ?? "") && OWN.has(tokens[from - 3] ?? "")) ||
    (OWN.has(tokens[from - 2] ?? "") && HOMES.has(tokens[from - 3] ?? "")));

/** The owner the words before a place say, looking back through its clause. */
function ownerSaidBefore(tokens: readonly string[], from: number): PlaceOwner {
  if (ownHomeBefore(tokens, from)) return "self";
  for (let at = from - 1; at >= 0 && at >= from - LOOK_BACK; at -= 1) {
    const token = tokens[at] ?? "";
    if (saysElsewhere(tokens, at) || denies(tokens, at)) return "not-a-home";
    if (at === from - 1 && cameFrom(tokens, at)) return "not-a-home";
    // Moved house: «mi sono trasferita a Baggio» as «abito a Baggio»; another's move is news.
    const mover = moverAt(tokens, at);
    if (mover !== undefined) return deniedVerb(tokens, at) ? "not-a-home" : mover;
    if ((FIRST_PERSON.has(token) || THIRD_PERSON.has(token)) && deniedVerb(tokens, at))
      return "not-a-home";
    if (FIRST_PERSON.has(token)) return "self";
    if (THIRD_PERSON.has(token) && saidBySpeaker(tokens, at)) return "self";
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
