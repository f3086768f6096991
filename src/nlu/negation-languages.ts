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
  },
  ro: {
    negations: ["nu", "niciun", "nicio", "fără", "nimic"],
    determiners: ["niciun", "nicio", "fără"],
    between: ["îi", "mi", "ne", "vă", "le", "își", "îmi", "mai", "are", "au", "avem", "o", "îl"],
    wanting: ["nevoi", "vrea", "vrem", "vreau", "vor", "caut", "trebui", "dorește", "dorim"],
    ableNow: ["poate", "pot", "putem", "reușește", "reușesc", "reușim", "descurcă"],
    but: ["dar", "însă", "totuși"],
  },
  uk: {
    negations: ["не", "ні", "без", "ніякої", "ніякого"],
    determiners: ["без", "ніякої", "ніякого"],
    between: ["їй", "їм", "мені", "нам", "вам", "йому", "вже", "ще", "дуже", "зовсім"],
    wanting: ["потріб", "потреб", "треба", "шука", "хоч", "хоче", "хочемо"],
    ableNow: ["може", "можу", "можемо", "можуть", "вдається", "справляється", "встигає"],
    but: ["але", "проте", "однак"],
  },
  ru: {
    negations: ["не", "нет", "без", "никакой"],
    determiners: ["без", "никакой"],
    between: ["ей", "ему", "мне", "нам", "вам", "им", "уже", "совсем", "очень"],
    wanting: ["нужн", "нужен", "надо", "ищ", "хоч", "хоти", "хочет"],
    ableNow: ["может", "могу", "можем", "могут", "справляется", "успевает"],
    but: ["но", "однако"],
  },
  pt: {
    negations: ["não", "nem", "sem", "nenhum", "nenhuma", "nunca"],
    determiners: ["sem", "nenhum", "nenhuma"],
    between: ["lhe", "me", "nos", "se", "te", "já", "mais"],
    wanting: ["precis", "quer", "procur", "necessit"],
    ableNow: ["pode", "podem", "posso", "podemos", "consegue", "conseguem", "consigo"],
    but: ["mas", "porem"],
  },
  fr: {
    // «n'» before a vowel: «je n'ai pas besoin».
    negations: ["ne", "n", "pas", "sans", "aucun", "aucune", "jamais"],
    determiners: ["sans", "aucun", "aucune"],
    between: ["lui", "leur", "me", "nous", "vous", "se", "pas", "plus", "a", "ai", "avons"],
    wanting: ["cherch", "veut", "veux", "voul", "besoin", "faut"],
    ableNow: ["peut", "peux", "peuvent", "pouvons", "arrive", "arrivent", "reussit"],
    but: ["mais"],
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
  },
  tl: {
    negations: ["hindi", "ayaw", "wala"],
    between: ["na", "po", "ko", "niya", "namin", "nila", "pa"],
    wanting: ["kailangan", "gusto", "hanap", "naghahanap"],
    ableNow: ["kaya", "makaluto", "makalabas", "makapaglinis"],
    but: ["pero", "kaso"],
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
}

const all = (pick: (words: NegationWords) => readonly string[] | undefined): string[] =>
  Object.values(NEGATION_LANGUAGES).flatMap((words) => (pick(words) ?? []).map(normalizeText));

const wanting = new RegExp(`^(?:${all((w) => w.wanting).join("|")})`, "u");

export const OTHER_WORDS: OtherWords = {
  negations: new Set(all((w) => w.negations)),
  determiners: new Set(all((w) => w.determiners)),
  between: new Set(all((w) => w.between)),
  ableNow: new Set(all((w) => w.ableNow)),
  wanting: (word) => wanting.test(word),
  but: [
    ...new Set([
      ...Object.values(NEGATION_LANGUAGES).flatMap((w) => w.but ?? []),
      ...all((w) => w.but),
    ]),
  ],
};

export const NO_OTHER_WORDS: OtherWords = {
  negations: new Set(),
  determiners: new Set(),
  between: new Set(),
  ableNow: new Set(),
  wanting: () => false,
  but: [],
};
