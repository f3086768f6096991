import { z } from "zod";
import { tokenize } from "../nlu/normalize.js";
import { RecentTexts } from "../util/recent.js";
import { createCueReader } from "./cue-reading.js";
import { loadPerLanguage } from "./lexicon.js";
import { compilePhrase, type Phrase, PhraseIndex } from "./phrases.js";
import { replyTypos } from "./reply-typos.js";
import {
  createTimeReader,
  type TimeOfDayLexicon,
  type TimeReading,
  timeOfDayLexiconSchema,
} from "./time-of-day.js";

/**
 * What a short typed reply means, whatever question it answers: every dialogue step reads
 * replies here and maps the meaning to its own choices. The words are content, one file per
 * language (locales/<lang>/replies.yaml), so a language is added without touching code.
 */
export const REPLY_KINDS = [
  "yes",
  "no",
  "skip",
  "cancel",
  "back",
  "change",
  "dont_know",
  "contact_here",
  "thanks",
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

const phrases = z.array(z.string().trim().min(1)).optional();
export const replyLexiconSchema = z.strictObject({
  ...Object.fromEntries(REPLY_KINDS.map((kind) => [kind, phrases])),
  /** Politeness that changes nothing ("sì, per favore"). */
  fillers: phrases,
  /** Words taking back the answer just given («no anzi sì», «no, wait, yes»): the next one counts. */
  instead: phrases,
  /** Words saying where one lives ("abito a", "in realtà"): a sentence with them corrects the area. */
  home: phrases,
  /** Words naming the area itself ("zona", "quartiere"): «cambia zona» changes it, not a name. */
  area: phrases,
  /** Words joining a second need to the first ("e anche", "and also"). */
  also: phrases,
  /** Greetings a message may open with ("hola buenas", "bună ziua"), or take leave with ("adiós"). */
  greeting: phrases,
  /** Words asking for help without saying which ("necesito ayuda", "ho bisogno"). */
  help: phrases,
  /** Words asking what a service costs ("quanto costa", "è gratuito"): the bot knows no prices. */
  cost: phrases,
  /** Words introducing one's name («mi chiamo», «my name is»): what follows is the name. */
  name: phrases,
  /** Shorter introductions, read at the name question only («sono Dora», «I'm Amy»). */
  name_short: phrases,
  /** Words denying a name («non mi chiamo», «not»): at the name question, that part is no name. */
  name_denied: phrases,
  /** Words naming a contact detail («nome», «telefono», «orario», «nota»): «cambia il nome». */
  detail_name: phrases,
  detail_phone: phrases,
  detail_time: phrases,
  detail_note: phrases,
  /** Words opening a correction of the name («scusa», «actually», «de hecho»). */
  correcting: phrases,
  /**
   * Words that are no reply in this language, whatever they mean in another (Romanian «și»,
   * «si» is «and», not Italian «sì»): in a dialogue held in this language, no other language
   * reads them. Whole words as typed, accents kept: «sì», with its Italian accent, is still yes.
   */
  plain: phrases,
  /** When to be called, in words («in mattinata», «verso sera»): src/language/time-of-day.ts. */
  time_of_day: timeOfDayLexiconSchema.optional(),
}) as z.ZodType<
  Partial<Record<ReplyKind | "fillers" | "instead" | "plain" | Cue, string[]>> & {
    time_of_day?: TimeOfDayLexicon;
  }
>;

/** Words that mark a whole sentence rather than make a short reply. */
export type Cue =
  | "home"
  | "area"
  | "also"
  | "greeting"
  | "help"
  | "cost"
  | "name"
  | "name_short"
  | "name_denied"
  | "detail_name"
  | "detail_phone"
  | "detail_time"
  | "detail_note"
  | "correcting";
const CUES: readonly Cue[] = [
  "home",
  "area",
  "also",
  "greeting",
  "help",
  "cost",
  "name",
  "name_short",
  "name_denied",
  "detail_name",
  "detail_phone",
  "detail_time",
  "detail_note",
  "correcting",
];
export type ReplyLexicon = z.infer<typeof replyLexiconSchema>;

export interface Reading {
  /** What the reply means; null when it is not a short reply (a name, a need, a place…). */
  readonly kind: ReplyKind | null;
  /** Words that are neither a reply nor politeness ("sì, mi chiamo Anna": 2). */
  readonly extraWords: number;
  /** The reply also thanks ("sì grazie", "no grazie"). */
  readonly thanks: boolean;
}

export type ReplyReader = ((text: string, language?: string) => Reading) & {
  /** The text has one of the cue's words, in any language ("in realtà abito a…" is home). */
  readonly mentions: (cue: Cue, text: string) => boolean;
  /** The text's words (tokenize), remembered: a label or a reply is compared at every replay. */
  readonly words: (text: string) => readonly string[];
  /**
   * The text after the greetings a message opens with, as typed («hola buenas, necesito
   * ayuda…»: "necesito ayuda…"), when it opens with one and goes on; else undefined.
   */
  readonly afterGreeting: (text: string) => string | undefined;
  /** The text is greetings alone («ciao», «arrivederci», «buona giornata», «bye bye»). */
  readonly onlyGreeting: (text: string) => boolean;
  /**
   * The words after those opening a correction when where one lives follows («actually I live
   * in Baggio», «scusa, abito a Baggio»: "i live in baggio"), else undefined: the opening words
   * are no need («actually» alone leans to a person).
   */
  readonly afterCorrectionOfHome: (text: string) => string | undefined;
  /**
   * The name a text introduces at its start, as typed («scusa, mi chiamo Anna Neri»: "Anna
   * Neri"), in any language; with `short`, «sono», «I'm», «soy» introduce it too (at the name
   * question only). Undefined when the text does not open so, or says nothing after it.
   */
  readonly introducedName: (text: string, short?: boolean) => string | undefined;
  /**
   * The text without the clauses that deny a name, as typed («mi chiamo Giulia, non Maria»:
   * "mi chiamo Giulia"; «non mi chiamo Maria»: ""), in any language; undefined when none does.
   */
  readonly withoutDeniedNames: (text: string) => string | undefined;
  /**
   * The text says where one lives and nothing else, `place` being the words that name the place
   * («locuiesc pe via Padova 120», «scusa, io abito a Baggio»): an answer about the area.
   */
  readonly saysOnlyHome: (text: string, place: string) => boolean;
  /**
   * The words of a message besides its place only open a correction («me equivoqué, es» of «me
   * equivoqué, es via Padova 120»): the place is the area corrected.
   */
  readonly onlyCorrects: (rest: string) => boolean;
  /**
   * The text after a first word that is a «no» closed by a comma or a stop («non, c'est via
   * Padova 120»: "c'est via Padova 120"): an answer of its own, not the «not» of what follows.
   */
  readonly afterClosedNo: (text: string) => string | undefined;
  /** The time of day a text says (a slot, "free" when it says more), in any language. */
  readonly timeOfDay: (text: string) => TimeReading;
  /** The text says a time to call and nothing else («dopo le cinque», «domani mattina»). */
  readonly onlyTime: (text: string) => boolean;
  /**
   * The text is a short reply in this language's own words and nothing else («ok grazei
   * mille» in Italian, «так, без проблем» in Ukrainian): what tells its language better than
   * the n-grams of three words another language shares.
   */
  readonly wholeReplyIn: (text: string, language: string) => boolean;
  /**
   * The kind of a text that is a short reply in some language and nothing else («ok», «non
   * so», «preferisco non dirlo»), else null: read(text) when it leaves no other word, without
   * reading a long message to its end in every language.
   */
  readonly onlyReply: (text: string) => ReplyKind | null;
  /**
   * Whether every word of the text is one of the language's plain words (Romanian «si», «și»:
   * «and»): no reply and no need, in a dialogue held in that language.
   */
  readonly onlyPlain: (text: string, language: string) => boolean;
};

/**
 * Replies that only answer a question ("ok", "non so", "preferisco non dirlo"): typed when no
 * question waits, they still name no need. Thanks ("grazie") and "write to me here" do.
 */
export const ANSWERS_ONLY: ReadonlySet<ReplyKind> = new Set(
  REPLY_KINDS.filter((kind) => kind !== "thanks" && kind !== "contact_here"),
);

/** Texts remembered by each of the reader's memos: a few dialogues' worth. */
const RECENT_TEXTS = 256;
/** A short reply may carry this many other words ("nessuna nota", "sì, va benissimo così"). */
const MAX_EXTRA_WORDS = 2;
/** Replies that only open a more precise one: "no, non ho il telefono" is contact_here. */
const LEAD_INS: ReadonlySet<ReplyKind> = new Set(["no", "yes"]);

const EMOJI_REPLIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/👍|👌|✅|✔/gu, " ok "],
  [/👎|❌|✖/gu, " no "],
  // A smile or a heart after an answer is warmth, as a thanks is: a short «prego», not «I
  // can't help with that».
  [/🙏|😊|🙂|☺|😀|😃|😄|😁|🥰|😍|❤|💕|💖|🤗/gu, " grazie "],
];

type Entry = { readonly kind: ReplyKind | "fillers" | "instead"; readonly phrase: Phrase };
interface Compiled {
  readonly entries: readonly Entry[];
  readonly index: PhraseIndex;
}

function compileLexicon(
  language: string,
  lexicon: ReplyLexicon,
  compile: (source: string) => Phrase,
): Compiled {
  const entries: Entry[] = [];
  for (const kind of [...REPLY_KINDS, "fillers", "instead"] as const) {
    for (const source of lexicon[kind] ?? []) {
      try {
        entries.push({ kind, phrase: compile(source) });
      } catch (error) {
        throw new Error(`replies (${language}, ${kind}): ${(error as Error).message}`);
      }
    }
  }
  return { entries, index: new PhraseIndex(entries.map((entry) => entry.phrase)) };
}

/**
 * Reads words left to right, taking the longest known phrase at each step. An answer after
 * words taking one back («no anzi sì») replaces what was answered before them; thanks stay.
 */
function readWith(
  { entries, index }: Compiled,
  words: readonly string[],
  /** Stop reading past this many other words (the count is then one more). */
  most?: number,
): Reading {
  // Made at the first reply found: most messages, read in every language, hold none.
  let kinds: Set<ReplyKind> | undefined;
  let thanks = false;
  let takenBack = false;
  const extraWords = index.readLongest(
    words,
    (found) => {
      const { kind } = entries[found] as Entry;
      if (kind === "fillers") return;
      if (kind === "instead") takenBack = true;
      else if (kind === "thanks") thanks = true;
      else {
        if (takenBack) kinds?.clear();
        takenBack = false;
        kinds ??= new Set();
        kinds.add(kind);
      }
    },
    most,
  );
  const none = { kind: null, extraWords, thanks };
  if (extraWords > MAX_EXTRA_WORDS) return none;
  if (kinds === undefined || kinds.size === 0)
    return thanks ? { kind: "thanks", extraWords, thanks } : none;
  const precise = [...kinds].filter((kind) => !LEAD_INS.has(kind));
  if (precise.length === 1) return { kind: precise[0] as ReplyKind, extraWords, thanks };
  if (precise.length === 0 && kinds.size === 1)
    return { kind: [...kinds][0] as ReplyKind, extraWords, thanks };
  // Both: a polite decline («no, va bene così», «ok, no grazie», «no, that's fine»).
  if (precise.length === 0) return { kind: "no", extraWords, thanks };
  return none;
}

/**
 * A reader over every language's lexicon. The citizen's own language is tried first, then
 * the others: "yes please" in an Italian chat is still a yes.
 */
export function createReplyReader(
  lexicons: Readonly<Record<string, ReplyLexicon>>,
  /** null: nothing remembered (a reader outside a bot, which no erasure would clear). */
  recent: RecentTexts | null = new RecentTexts(),
  /** May remember the compiled phrases between runs (withCachedPhrases). */
  compile: (source: string) => Phrase = compilePhrase,
): ReplyReader {
  const compiled = Object.entries(lexicons).map(
    ([language, lexicon]) => [language, compileLexicon(language, lexicon, compile)] as const,
  );
  const compileAll = (language: string, key: Cue, sources: readonly string[] = []) =>
    sources.map((source) => {
      try {
        return compile(source);
      } catch (error) {
        throw new Error(`replies (${language}, ${key}): ${(error as Error).message}`);
      }
    });
  const plain = new Map(
    Object.entries(lexicons).map(([language, lexicon]) => [
      language,
      new Set((lexicon.plain ?? []).map(asTyped)),
    ]),
  );
  const cues = new Map(
    CUES.map((cue) => [
      cue,
      Object.entries(lexicons).flatMap(([language, lexicon]) =>
        compileAll(language, cue, lexicon[cue]),
      ),
    ]),
  );
  // The same texts again at every replay of a dialogue: their words and readings remembered.
  const remember = <T>(compute: (text: string, variant: string) => T) =>
    recent === null
      ? (text: string, variant = "") => compute(text, variant)
      : recent.remember(RECENT_TEXTS, compute);
  const words = remember((text): readonly string[] => tokenize(text));
  const cueReader = createCueReader(cues, words, (word) => read(word).kind === "no");
  const entries = compiled.flatMap(([, lexicon]) => lexicon.entries);
  const typos = replyTypos(
    entries.filter((entry) => entry.kind !== "fillers").map((entry) => entry.phrase),
    [...entries.map((entry) => entry.phrase), ...[...cues.values()].flat()],
  );
  const repaired = (said: readonly string[]) => said.map((word) => typos.get(word) ?? word);
  const timesOfDay = createTimeReader(
    Object.entries(lexicons).map(([language, lexicon]) => [language, lexicon.time_of_day]),
    compile,
  );
  const timeOfDay = (text: string) => timesOfDay(words(text)).time;
  const onlyTime = (text: string) => {
    const reading = timesOfDay(words(text));
    return reading.time !== undefined && reading.otherWords === 0;
  };
  const readings = remember((text, language) => readAnew(text, language || undefined));
  const read = (text: string, language?: string): Reading => readings(text, language);
  const prepared = (text: string) => {
    let replaced = text;
    for (const [emoji, word] of EMOJI_REPLIES) replaced = replaced.replace(emoji, word);
    return replaced;
  };
  const byLanguage = new Map(compiled);
  const wholeReplyIn = (text: string, language: string) => {
    const own = byLanguage.get(language);
    if (own === undefined) return false;
    const reading = readWith(own, repaired(words(prepared(text))), 0);
    return reading.kind !== null && reading.extraWords === 0;
  };
  // What read(text) says when it finds a reply with no other word, read as directly: the first
  // language, in the lexicons' order, whose reading leaves no word over.
  const onlyReply = (text: string): ReplyKind | null => {
    const said = repaired(words(prepared(text)));
    for (const [, own] of compiled) {
      const reading = readWith(own, said, 0);
      if (reading.kind !== null && reading.extraWords === 0) return reading.kind;
    }
    return null;
  };
  const readAnew = (text: string, language?: string): Reading => {
    const said = repaired(words(prepared(text)));
    const ordered = [...compiled].sort(
      ([a], [b]) => Number(b === language) - Number(a === language),
    );
    // What the dialogue's language says plainly is an unknown word to every other language.
    const asOther = repaired(words(withoutWords(prepared(text), plain.get(language ?? ""))));
    // The reading with the fewest other words wins, the citizen's language first among equals:
    // "prefiero no decirlo" is a Spanish skip, not an English "no" beside two unknown words.
    let best: Reading | undefined;
    let fallback: Reading = { kind: null, extraWords: said.length, thanks: false };
    // The fewest unknown words of a language that knew the others only as words saying nothing.
    let emptyElsewhere = Number.POSITIVE_INFINITY;
    for (const [own, entries] of ordered) {
      const reading = readWith(entries, own === language ? said : asOther);
      if (reading.kind === null) {
        if (reading.extraWords < fallback.extraWords) fallback = reading;
        if (reading.extraWords < said.length)
          emptyElsewhere = Math.min(emptyElsewhere, reading.extraWords);
      } else if (best === undefined || reading.extraWords < best.extraWords) best = reading;
      if (best?.extraWords === 0) break;
    }
    // «Baggio po»: Tagalog's «po» is politeness, Albanian's «yes». Beside other words, an
    // answer made only of what another language says for nothing is no answer; alone, it is.
    if (best !== undefined && best.extraWords > 0 && emptyElsewhere <= best.extraWords)
      return fallback;
    return best ?? fallback;
  };
  const onlyPlain = (text: string, language: string) => {
    const own = plain.get(language);
    const said = prepared(text).match(/[\p{L}\p{M}]+/gu) ?? [];
    return own !== undefined && said.length > 0 && said.every((word) => own.has(asTyped(word)));
  };
  return Object.assign(read, {
    ...cueReader,
    words,
    timeOfDay,
    onlyTime,
    wholeReplyIn,
    onlyReply,
    onlyPlain,
  });
}

const asTyped = (word: string) => word.normalize("NFC").toLowerCase();
/** A word no lexicon has: what replaces a plain word, still counted as a word. */
const UNREAD = "unreadword";

/** The text with these words, as typed, replaced by one no lexicon knows. */
function withoutWords(text: string, plain: ReadonlySet<string> | undefined): string {
  if (plain === undefined || plain.size === 0) return text;
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => (plain.has(asTyped(word)) ? UNREAD : word));
}

/** The greetings of every language's locales/<lang>/replies.yaml, by language. */
export function loadGreetings(localesDir: string): Record<string, string[] | undefined> {
  const lexicons = loadPerLanguage(localesDir, "replies.yaml", replyLexiconSchema);
  return Object.fromEntries(
    Object.entries(lexicons).map(([language, lexicon]) => [language, lexicon.greeting]),
  );
}

/** The reader over every language's locales/<lang>/replies.yaml. */
export function loadReplyReader(
  localesDir: string,
  recent?: RecentTexts | null,
  compile?: (source: string) => Phrase,
): ReplyReader {
  const lexicons = loadPerLanguage(localesDir, "replies.yaml", replyLexiconSchema);
  return createReplyReader(lexicons, recent, compile);
}
