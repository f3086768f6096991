/**
 * How the languages the bot reads besides Italian and English refuse a need, tell what has
 * become hard and join a second need, for negation.ts, difficulty.ts and reading.ts: the same
 * reading, with each language's words («Nu are nevoie de o îngrijitoare, dar nu mai poate găti»
 * is read like «non le serve una badante, ma non riesce più a cucinare»). The words are content,
 * in locales/<lang>/reading.yaml, one file per language, checked by `npm run catalogue:check`: a
 * language is added there, never as a branch in the reading. Written as typed; no word that is
 * an Italian or English word of another meaning.
 */
import { perWord } from "../util/per-word.js";
import { HAN, normalizeText, wordsOf } from "./normalize.js";
import {
  CHORE_NEEDS,
  type ChoreNeed,
  type NegationWords,
  type ReadingWords,
} from "./reading-words.js";
import { plainWords } from "./told-need.js";

/**
 * The words the reading adds to Italian and English, by kind. The model of Italian and English
 * reads without them (NO_OTHER_WORDS), so that «pas», «dar» or «o» in an Italian message change
 * nothing there; the model of every language reads with them (otherWordsOf).
 */
export interface OtherWords {
  /** Negations that negate alone; see negatesAt for the halved. */
  readonly negations: ReadonlySet<string>;
  /**
   * Italian and English negations that are another word in the message's language: Portuguese
   * «no» (in the). Empty unless the language is known (otherWordsIn).
   */
  readonly notNegating: ReadonlySet<string>;
  /** Italian, English and Spanish turns that are another word here: see ReadingWords.notTurns. */
  readonly notTurning: ReadonlySet<string>;
  /** Whether the word at `i` negates: a negation, or a first half beside its second. */
  readonly negatesAt: (tokens: readonly string[], i: number) => boolean;
  readonly determiners: ReadonlySet<string>;
  readonly negationsAfter: ReadonlySet<string>;
  readonly refusesBefore: ReadonlySet<string>;
  readonly between: ReadonlySet<string>;
  readonly ableNow: ReadonlySet<string>;
  /** Words that say by themselves that one cannot («提不动»): see ReadingWords.unable. */
  readonly unable: ReadonlySet<string>;
  /** A negation and a wanting in one word («不想»): see ReadingWords.refusing. */
  readonly refusing: ReadonlySet<string>;
  readonly knowing: ReadonlySet<string>;
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
  /** The openings that tell one's own job, each as its words are read. */
  readonly ownWork: readonly (readonly string[])[];
  readonly telling: ReadonlySet<string>;
  /** Whether a word tells of the past (a word listed, or one with a listed ending). */
  readonly past: (word: string) => boolean;
  readonly auxiliaries: ReadonlySet<string>;
  readonly participle: (word: string) => boolean;
  /** Whether a word starts with a stem of trouble. */
  readonly trouble: (word: string) => boolean;
  readonly noLonger: ReadonlySet<string>;
  /** The need a word names as a chore (a stem of `chores`), if any. */
  readonly chore: (word: string) => ChoreNeed | undefined;
  /** Whether a word starts with a stem that names Italian or the language. */
  readonly italian: (word: string) => boolean;
  /** Whether a message, as plainWords gives it, tells not understanding what one is told. */
  readonly notUnderstood: (plain: string) => boolean;
  /**
   * Whether a message, as plainWords gives it, tells one's own work lost or offers oneself as a
   * worker in these words.
   */
  readonly workLost: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, is a family carer asking for themselves. */
  readonly asksAsCarer: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, is a family carer telling their own strain. */
  readonly wornCarer: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, tells an older person well but idle. */
  readonly wellButIdle: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, tells children left without someone. */
  readonly childrenUnminded: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, tells an older relative not to be left alone. */
  readonly elderUnattended: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, asks how a word is said (asksAWord). */
  readonly asksAWord: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, asks for a person to speak with or a call. */
  readonly personAsked: (plain: string) => boolean;
  /** A call asked about a subject (ReadingWords.callAbout). */
  readonly callAbout: (plain: string) => boolean;
  /** A recommendation asked (ReadingWords.recommending). */
  readonly recommending: (plain: string) => boolean;
  /** A question asked as not knowing (ReadingWords.wondering). */
  readonly wondering: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, tells the fridge empty. */
  readonly emptyFridge: (plain: string) => boolean;
  /** Whether a message, as plainWords gives it, thanks. */
  readonly thanks: (plain: string) => boolean;
  /**
   * Where, in a message as plainWords gives it, the first need told as met (ReadingWords.met)
   * that no negation stands right before is said: what else the message says decides
   * (told-not-asked.ts).
   */
  readonly met: (plain: string) => Said | undefined;
  /** Where a message says it only wanted to tell (ReadingWords.justTelling). */
  readonly justTelling: (plain: string) => Said | undefined;
  /** Where a message tells having gone to a place (ReadingWords.visited). */
  readonly visited: (plain: string) => Said | undefined;
}

/** Letters a word has before a listed ending: «-ala» is «працювала», not «зала». */
const BEFORE_ENDING = 3;

/** Whether a word is one of these, or ends with one of their endings («-aron»). */
function wordOrEnding(listed: readonly string[]): (word: string) => boolean {
  const whole = new Set(listed.filter((w) => !w.startsWith("-")));
  const endings = listed.filter((w) => w.startsWith("-")).map((w) => w.slice(1));
  if (whole.size === 0 && endings.length === 0) return () => false;
  const ending = new RegExp(`^\\p{L}{${BEFORE_ENDING},}(?:${endings.join("|") || "(?!)"})$`, "u");
  return perWord((word) => whole.has(word) || ending.test(word));
}

/** The words of every language, read together: a message's language is not known for sure. */
export function otherWordsOf(languages: ReadingWords): OtherWords {
  const listed = (pick: (words: NegationWords) => readonly string[] | undefined): string[] => [
    ...new Set(Object.values(languages).flatMap((w) => pick(w) ?? [])),
  ];
  const read = (pick: (words: NegationWords) => readonly string[] | undefined): string[] =>
    listed(pick).map(normalizeText);
  const negations = new Set(read((w) => w.negations));
  return {
    negations,
    // A word one language negates with and another does not is a negation when the language
    // is not known: otherWordsIn sets these for one language.
    notNegating: new Set(),
    notTurning: new Set(),
    negatesAt: negatesAt(negations, halvesOf(languages)),
    determiners: new Set(read((w) => w.determiners)),
    negationsAfter: new Set(read((w) => w.negationsAfter)),
    refusesBefore: new Set(read((w) => w.refusesBefore)),
    between: new Set(read((w) => w.between)),
    ableNow: new Set(read((w) => w.ableNow)),
    unable: new Set(read((w) => w.unable)),
    refusing: new Set(read((w) => w.refusing)),
    knowing: new Set(read((w) => w.knowing)),
    wanting: startsWithOne(read((w) => w.wanting)),
    but: [...new Set([...listed((w) => w.but), ...read((w) => w.but)])],
    and: listed((w) => w.and),
    also: listed((w) => w.also),
    nor: listed((w) => w.nor),
    ownWork: listed((w) => w.ownWork).map((opening) => wordsOf(normalizeText(opening))),
    telling: new Set(read((w) => w.telling)),
    past: wordOrEnding(read((w) => w.past)),
    auxiliaries: new Set(read((w) => w.auxiliaries)),
    participle: wordOrEnding(read((w) => w.participles)),
    trouble: startsWithOne(read((w) => w.trouble)),
    noLonger: new Set(read((w) => w.noLonger)),
    chore: choreOf(languages),
    italian: startsWithOne(read((w) => w.italian)),
    notUnderstood: saysOne(listed((w) => w.notUnderstood)),
    workLost: saysOne([...listed((w) => w.workLost), ...listed((w) => w.offersOneself)]),
    asksAsCarer: both(saysOne(listed((w) => w.caresForOwn)), saysOne(listed((w) => w.forOneself))),
    wornCarer: both(saysOne(listed((w) => w.caresForOwn)), saysOne(listed((w) => w.ownStrain))),
    wellButIdle: both(saysOne(listed((w) => w.well)), saysOne(listed((w) => w.idle))),
    childrenUnminded: both(saysOne(listed((w) => w.children)), saysOne(listed((w) => w.unminded))),
    elderUnattended: both(saysOne(listed((w) => w.elders)), saysOne(listed((w) => w.unattended))),
    asksAWord: saysOne(listed((w) => w.asksAWord)),
    personAsked: saysOne(listed((w) => w.personAsked)),
    callAbout: saysOne(listed((w) => w.callAbout)),
    recommending: saysOne(listed((w) => w.recommending)),
    wondering: saysOne(listed((w) => w.wondering)),
    emptyFridge: both(saysOne(listed((w) => w.fridge)), saysOne(listed((w) => w.empty))),
    thanks: saysOne(listed((w) => w.thanks)),
    met: whereOne(
      listed((w) => w.met),
      [...negations, ...read((w) => w.halvedNegations)],
    ),
    justTelling: whereOne(listed((w) => w.justTelling)),
    visited: whereOne(listed((w) => w.visited)),
  };
}

/** The other languages' words a message is read with, told its language when it is known. */
export type OtherWordsIn = (language: string | undefined) => OtherWords;

/**
 * The words of every language, but each language's own negations for a message (or a training
 * example) known to be in it: Portuguese «no» is «in the» («mora sozinha no centro»), not
 * Spanish «no»; a Portuguese message is refused by «não», «nem», «sem». Every other list stays
 * shared (Albanian read through French words, a Romanian typing Spanish): only a negation reads
 * a word of one language as something else in another. A language the catalogue has no words
 * for (Italian, English), or a message too short to tell, is read with every language's.
 */
export function otherWordsIn(languages: ReadingWords): OtherWordsIn {
  const every = otherWordsOf(languages);
  // A language's own view is built when a message in it first comes, not with the reader: a
  // view compiles all of that language's words, and building every view took 4 ms each time a
  // model or its reader was made (the training's model, model.ts, never uses one).
  const own = new Map<string, OtherWords>();
  const ownView = (language: string): OtherWords | undefined => {
    const words = Object.hasOwn(languages, language) ? languages[language] : undefined;
    if (words === undefined) return undefined;
    const only = otherWordsOf({ [language]: words });
    const view: OtherWords = {
      ...every,
      negations: only.negations,
      notNegating: new Set((words.notNegations ?? []).map(normalizeText)),
      notTurning: new Set((words.notTurns ?? []).map(normalizeText)),
      negatesAt: only.negatesAt,
      determiners: only.determiners,
      negationsAfter: only.negationsAfter,
      refusesBefore: only.refusesBefore,
    };
    own.set(language, view);
    return view;
  };
  return (language) =>
    (language === undefined ? undefined : (own.get(language) ?? ownView(language))) ?? every;
}

/** How far after its first half a negation's second may stand: «n'y a plus», «ne me reste pas». */
const HALF_REACH = 4;

/**
 * Each first half with the second halves of its own language: French «ne» with «pas», Albanian
 * «s'» with «mund», never French «ne» (Albanian «në») with Albanian «kam».
 */
function halvesOf(languages: ReadingWords): ReadonlyMap<string, ReadonlySet<string>> {
  const halves = new Map<string, Set<string>>();
  for (const words of Object.values(languages))
    for (const first of words.halvedNegations ?? []) {
      const seconds = halves.get(normalizeText(first)) ?? new Set<string>();
      for (const second of words.secondHalves ?? []) seconds.add(normalizeText(second));
      halves.set(normalizeText(first), seconds);
    }
  return halves;
}

function negatesAt(
  negations: ReadonlySet<string>,
  halves: ReadonlyMap<string, ReadonlySet<string>>,
): (tokens: readonly string[], i: number) => boolean {
  return (tokens, i) => {
    const token = tokens[i] as string;
    if (negations.has(token)) return true;
    const second = halves.get(token);
    if (second === undefined) return false;
    if (second.has(tokens[i - 1] as string)) return true;
    for (let k = i + 1; k < tokens.length && k <= i + HALF_REACH; k++)
      if (second.has(tokens[k] as string)) return true;
    return false;
  };
}

const both =
  (a: (plain: string) => boolean, b: (plain: string) => boolean) =>
  (plain: string): boolean =>
    a(plain) && b(plain);

/**
 * Whether a message, as plainWords gives it, says one of these phrases, as whole words. Arabic
 * writes «and» as a letter joined to the next word («وماعنديش شغل»: and I have no work), so a
 * phrase may start right after it. Chinese writes no space between words, so a phrase in Han
 * characters is found anywhere in its clause («…一直是我在照顾她»).
 */
function saysOne(phrases: readonly string[]): (plain: string) => boolean {
  const phrase = phrasePattern(phrases);
  if (phrase === undefined) return () => false;
  const mayBeSaid = mayBeSaidIn(phrases);
  // The last message's answer kept: its pieces and both readings of it (whole and without its
  // places) ask again, and the pattern is tried at every word.
  let last: { plain: string; says: boolean } | undefined;
  return (plain) => {
    if (last?.plain !== plain) last = { plain, says: mayBeSaid(plain) && phrase.test(plain) };
    return last.says;
  };
}

/**
 * Whether phrasePattern's pattern of these phrases can match a message at all: a phrase
 * written with spaces starts a word of the message (after «و» or not) with its first word,
 * whole; one in Han characters needs a Han character. Most messages start none, and the
 * pattern, tried at every word against hundreds of phrases of every language, was most of
 * a long message's reading of them; where the words allow a match the pattern decides, so
 * every answer is the pattern's.
 */
function mayBeSaidIn(phrases: readonly string[]): (plain: string) => boolean {
  const said = phrases.map((phrase) => plainWords(phrase).trim());
  const starts = new Set(
    said
      .filter((phrase) => !HAN.test(phrase))
      .flatMap((phrase) => {
        const first = phrase.split(" ", 1)[0] as string;
        return [first, `و${first}`];
      }),
  );
  const anyHan = said.some((phrase) => HAN.test(phrase));
  return (plain) => {
    const { words, han } = wordsOfPlain(plain);
    if (anyHan && han) return true;
    for (const word of words) if (starts.has(word)) return true;
    return false;
  };
}

/** A message's words split at any space, and whether it has a Han character: kept for the last message. */
function wordsOfPlain(plain: string): { words: readonly string[]; han: boolean } {
  if (plain !== lastWords.plain)
    lastWords = { plain, words: plain.split(/\s+/u), han: HAN.test(plain) };
  return lastWords;
}
let lastWords: { plain: string; words: readonly string[]; han: boolean } = {
  plain: "",
  words: [""],
  han: false,
};

/**
 * These phrases as saysOne finds them; with negations, none said right after one of them
 * («n-a găsit de lucru», «не нашла работу», «没找到工作»).
 */
function phrasePattern(
  phrases: readonly string[],
  negations: readonly string[] = [],
): RegExp | undefined {
  const said = phrases.map((phrase) => plainWords(phrase).trim());
  const spaced = said.filter((phrase) => !HAN.test(phrase));
  const unspaced = said.filter((phrase) => HAN.test(phrase));
  const spacedNegations = negations.filter((word) => !HAN.test(word));
  const hanNegations = negations.filter((word) => HAN.test(word));
  const notAfterWord =
    spacedNegations.length > 0 ? `(?<!(?:^|\\s)(?:${spacedNegations.join("|")})\\s)` : "";
  const notAfterHan = hanNegations.length > 0 ? `(?<!${hanNegations.join("|")})` : "";
  const alternatives = [
    ...(spaced.length > 0 ? [`(?:^|\\s)${notAfterWord}و?(?:${spaced.join("|")})(?=\\s|$)`] : []),
    ...(unspaced.length > 0 ? [`${notAfterHan}(?:${unspaced.join("|")})`] : []),
  ];
  return alternatives.length === 0 ? undefined : new RegExp(alternatives.join("|"), "u");
}

/** Where a phrase is said in a message: from `start` up to `end`. */
export interface Said {
  readonly start: number;
  readonly end: number;
}

/** Where the first of these phrases said and not negated is (phrasePattern). */
function whereOne(
  phrases: readonly string[],
  negations: readonly string[] = [],
): (plain: string) => Said | undefined {
  const phrase = phrasePattern(phrases, negations);
  if (phrase === undefined) return () => undefined;
  const mayBeSaid = mayBeSaidIn(phrases);
  return (plain) => {
    if (!mayBeSaid(plain)) return undefined;
    const said = phrase.exec(plain);
    return said === null ? undefined : { start: said.index, end: said.index + said[0].length };
  };
}

/** Whether a word starts with one of these stems. */
function startsWithOne(stems: readonly string[]): (word: string) => boolean {
  if (stems.length === 0) return () => false;
  const stem = new RegExp(`^(?:${stems.join("|")})`, "u");
  return perWord((word) => stem.test(word));
}

/** The need a word names as a chore, by every language's stems. */
function choreOf(languages: ReadingWords): (word: string) => ChoreNeed | undefined {
  const stems = CHORE_NEEDS.flatMap((need) => {
    const listed = Object.values(languages).flatMap((w) => w.chores?.[need] ?? []);
    return listed.length === 0
      ? []
      : [[need, new RegExp(`^(?:${listed.map(normalizeText).join("|")})`, "u")] as const];
  });
  return perWord((word) => stems.find(([, stem]) => stem.test(word))?.[0]);
}

export const NO_OTHER_WORDS: OtherWords = {
  negations: new Set(),
  notNegating: new Set(),
  notTurning: new Set(),
  negatesAt: () => false,
  determiners: new Set(),
  negationsAfter: new Set(),
  refusesBefore: new Set(),
  between: new Set(),
  ableNow: new Set(),
  unable: new Set(),
  refusing: new Set(),
  knowing: new Set(),
  wanting: () => false,
  but: [],
  and: [],
  also: [],
  nor: [],
  ownWork: [],
  telling: new Set(),
  past: () => false,
  auxiliaries: new Set(),
  participle: () => false,
  trouble: () => false,
  noLonger: new Set(),
  chore: () => undefined,
  italian: () => false,
  notUnderstood: () => false,
  workLost: () => false,
  asksAsCarer: () => false,
  wornCarer: () => false,
  wellButIdle: () => false,
  childrenUnminded: () => false,
  elderUnattended: () => false,
  asksAWord: () => false,
  personAsked: () => false,
  callAbout: () => false,
  recommending: () => false,
  wondering: () => false,
  emptyFridge: () => false,
  thanks: () => false,
  met: () => undefined,
  justTelling: () => undefined,
  visited: () => undefined,
};
