import { tokenize } from "../nlu/normalize.js";
import { RecentTexts } from "../util/recent.js";
import { createCueReader } from "./cue-reading.js";
import { loadPerLanguage } from "./lexicon.js";
import { compilePhrase, type Phrase, PhraseIndex } from "./phrases.js";
import {
  CUES,
  type Cue,
  REPLY_KINDS,
  type Reading,
  type ReplyKind,
  type ReplyLexicon,
  type ReplyReader,
  replyLexiconSchema,
} from "./reply-lexicon.js";
import { replyTypos } from "./reply-typos.js";
import { createTimeReader } from "./time-of-day.js";
import { type CommandWords, createCommandReader } from "./typed-commands.js";

export {
  ANSWERS_ONLY,
  type Cue,
  REPLY_KINDS,
  type Reading,
  type ReplyKind,
  type ReplyLexicon,
  type ReplyReader,
  replyLexiconSchema,
} from "./reply-lexicon.js";

/**
 * What a short typed reply means, whatever question it answers: every dialogue step reads
 * replies here and maps the meaning to its own choices. The words are content, one file per
 * language (locales/<lang>/replies.yaml), so a language is added without touching code.
 */

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
  const compileAll = (language: string, key: Cue | CommandWords, sources: readonly string[] = []) =>
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
    return reading.time !== undefined && reading.otherWords === 0 && !reading.calls;
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
    typedCommand: createCommandReader(lexicons, compileAll, words),
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
