/**
 * How the languages the bot reads besides Italian and English refuse a need and tell what has
 * become hard, for negation.ts and difficulty.ts: the same reading, with each language's words
 * («Nu are nevoie de o îngrijitoare, dar nu mai poate găti» is read like «non le serve una
 * badante, ma non riesce più a cucinare»). Content, one entry per language: a language is added
 * here, never as a branch in the reading. Written as read (normalizeText: lower case, no
 * accents); no word that is an Italian or English word of another meaning. Not reviewed by
 * native speakers.
 */
import { normalizeText } from "./normalize.js";

export interface NegationWords {
  /** Words that negate what follows: «nu», «no», «не». */
  readonly negations: readonly string[];
  /** Negations that qualify the noun after them: «sin cuidadora», «fără», «без». */
  readonly determiners?: readonly string[];
  /** Words that may sit between a negation and its verb: «no le hace falta», «nu mai». */
  readonly between?: readonly string[];
  /** Stems of wanting and needing: negated, the need is refused («necesit», «nevoi», «потріб»). */
  readonly wanting: readonly string[];
  /** Being able, said now, whole words: negated, a need is told («puede», «poate», «може»). */
  readonly ableNow: readonly string[];
  /** Where a message turns: a need may end there («pero», «dar», «але»). */
  readonly but?: readonly string[];
  /** «Y», «și», «і»: a list of what is hard may go on there, a need may end there. */
  readonly and?: readonly string[];
  /**
   * «Y también», «și de asemenea», «і також»: a second need said outright, as Italian «e
   * anche» (plain «and» joins the pieces of a story too often to say so).
   */
  readonly also?: readonly string[];
  /**
   * «Ni», «nici», «ні»: a list goes on, refused when what came before refused («no necesito ni
   * cuidadora ni limpiadora»), hard when it was hard («no puede hacer la compra ni cocinar»).
   */
  readonly nor?: readonly string[];
}

export const NEGATION_LANGUAGES: Readonly<Record<string, NegationWords>> = {
  es: {
    negations: ["no", "ni", "nunca", "sin", "ningún", "ninguna", "nada"],
    determiners: ["sin", "ningún", "ninguna"],
    between: ["le", "les", "me", "nos", "se", "te", "lo", "los", "las", "hace", "hacen", "ya"],
    wanting: ["necesit", "quier", "quer", "busc", "falta", "interes", "solicit"],
    ableNow: ["puede", "pueden", "puedo", "podemos", "consigue", "logra", "aguanta"],
    // Not «sino»: Italian «sino a» (until).
    but: ["aunque"],
    and: ["y"],
    also: [
      "y también",
      "y tambien",
      "y además",
      "y ademas",
      "también",
      "tambien",
      "además",
      "ademas",
    ],
    nor: ["ni"],
  },
  ro: {
    negations: ["nu", "niciun", "nicio", "fără", "nimic"],
    determiners: ["niciun", "nicio", "fără"],
    between: ["îi", "mi", "ne", "vă", "le", "își", "îmi", "mai", "are", "au", "avem", "o", "îl"],
    wanting: ["nevoi", "vrea", "vrem", "vreau", "vor", "caut", "trebui", "dorește", "dorim"],
    ableNow: ["poate", "pot", "putem", "reușește", "reușesc", "reușim", "descurcă"],
    but: ["dar", "însă", "totuși"],
    and: ["și"],
    also: ["și de asemenea", "si de asemenea", "de asemenea", "precum și", "precum si"],
    nor: ["nici"],
  },
  uk: {
    negations: ["не", "ні", "без", "ніякої", "ніякого"],
    determiners: ["без", "ніякої", "ніякого"],
    between: ["їй", "їм", "мені", "нам", "вам", "йому", "вже", "ще", "дуже", "зовсім"],
    wanting: ["потріб", "потреб", "треба", "шука", "хоч", "хоче", "хочемо"],
    ableNow: ["може", "можу", "можемо", "можуть", "вдається", "справляється", "встигає"],
    but: ["але", "проте", "однак"],
    also: ["і також", "а також", "та також", "також", "а ще", "і ще"],
    nor: ["ні", "ані"],
  },
  ru: {
    negations: ["не", "нет", "без", "никакой"],
    determiners: ["без", "никакой"],
    between: ["ей", "ему", "мне", "нам", "вам", "им", "уже", "совсем", "очень"],
    wanting: ["нужн", "нужен", "надо", "ищ", "хоч", "хоти", "хочет"],
    ableNow: ["может", "могу", "можем", "могут", "справляется", "успевает"],
    but: ["но", "однако"],
    also: ["и также", "а также", "также", "а ещё", "а еще"],
    nor: ["ни"],
  },
  pt: {
    negations: ["não", "nem", "sem", "nenhum", "nenhuma", "nunca"],
    determiners: ["sem", "nenhum", "nenhuma"],
    between: ["lhe", "me", "nos", "se", "te", "já", "mais"],
    wanting: ["precis", "quer", "procur", "necessit"],
    ableNow: ["pode", "podem", "posso", "podemos", "consegue", "conseguem", "consigo"],
    but: ["mas", "porem"],
    also: ["e também", "e tambem", "também", "tambem"],
    nor: ["nem"],
  },
  fr: {
    // «n'» before a vowel: «je n'ai pas besoin».
    negations: ["ne", "n", "pas", "sans", "aucun", "aucune", "jamais"],
    determiners: ["sans", "aucun", "aucune"],
    between: ["lui", "leur", "me", "nous", "vous", "se", "pas", "plus", "a", "ai", "avons"],
    wanting: ["cherch", "veut", "veux", "voul", "besoin", "faut"],
    ableNow: ["peut", "peux", "peuvent", "pouvons", "arrive", "arrivent", "reussit"],
    but: ["mais"],
    also: ["et aussi", "ainsi que", "aussi"],
  },
  sq: {
    negations: ["nuk", "pa", "asnjë"],
    determiners: ["pa", "asnjë"],
    between: ["i", "me", "na", "ju", "u", "ka", "kemi", "kanë", "dot"],
    // Not «do» (she wants): a stem of «dove», «domani».
    wanting: ["nevoj", "duh", "kërk", "dua", "duam"],
    ableNow: ["mund", "mundet", "arrin"],
    // Not «por» (but): Spanish «por» is «for».
    but: ["mirëpo"],
    also: ["dhe gjithashtu", "gjithashtu"],
  },
  tl: {
    negations: ["hindi", "ayaw", "wala"],
    between: ["na", "po", "ko", "niya", "namin", "nila", "pa"],
    wanting: ["kailangan", "gusto", "hanap", "naghahanap"],
    ableNow: ["kaya", "makaluto", "makalabas", "makapaglinis"],
    but: ["pero", "kaso"],
    also: ["pati", "tsaka", "saka"],
  },
};

/**
 * The words the reading adds to Italian and English, by kind. The model of Italian and English
 * reads without them (NO_OTHER_WORDS), so that «pas», «dar» or «o» in an Italian message change
 * nothing there; the model of every language reads with them (OTHER_WORDS).
 */
export interface OtherWords {
  readonly negations: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly between: ReadonlySet<string>;
  readonly ableNow: ReadonlySet<string>;
  readonly wanting: (word: string) => boolean;
  /** Where a message turns, as typed and as read: cut before accents are stripped. */
  readonly but: readonly string[];
  /**
   * Where a second need or a list goes on, as listed: stripped of accents, Romanian «și» would
   * be Spanish «si» (if).
   */
  readonly and: readonly string[];
  /** Where a second need is said outright. */
  readonly also: readonly string[];
  /** Where a list goes on, refused or hard as what came before. */
  readonly nor: readonly string[];
}

const all = (pick: (words: NegationWords) => readonly string[] | undefined): string[] =>
  Object.values(NEGATION_LANGUAGES).flatMap((words) => (pick(words) ?? []).map(normalizeText));

/** A kind of words as listed, each once. */
const listed = (pick: (words: NegationWords) => readonly string[] | undefined): string[] => [
  ...new Set(Object.values(NEGATION_LANGUAGES).flatMap((w) => pick(w) ?? [])),
];

const wanting = new RegExp(`^(?:${all((w) => w.wanting).join("|")})`, "u");

export const OTHER_WORDS: OtherWords = {
  negations: new Set(all((w) => w.negations)),
  determiners: new Set(all((w) => w.determiners)),
  between: new Set(all((w) => w.between)),
  ableNow: new Set(all((w) => w.ableNow)),
  wanting: (word) => wanting.test(word),
  but: [...new Set([...listed((w) => w.but), ...all((w) => w.but)])],
  and: listed((w) => w.and),
  also: listed((w) => w.also),
  nor: listed((w) => w.nor),
};

export const NO_OTHER_WORDS: OtherWords = {
  negations: new Set(),
  determiners: new Set(),
  between: new Set(),
  ableNow: new Set(),
  wanting: () => false,
  but: [],
  and: [],
  also: [],
  nor: [],
};
