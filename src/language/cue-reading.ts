import { tokenize } from "../nlu/normalize.js";
import { matchAt, occursIn, type Phrase, phraseSpan } from "./phrases.js";
import type { Cue } from "./reply-lexicon.js";

/**
 * Words that may stand beside a place in a sentence that only says where one lives: pronouns
 * and prepositions («io», «pe», «на», «en», «in»), every one of them three letters at most.
 * A longer word tells something more («da sola», «with my mother»): a story, read as one.
 */
const SMALL_WORD_LETTERS = 3;

/** A text whose first word a comma or a stop closes: «no, …», «nu. …», «¡no! …». */
const CLOSED_FIRST_WORD = /^[\s¡¿]*[\p{L}\p{M}]+\s*[,.!;:]/u;
/**
 * Words that set the name one has against one denied («Giulia e non Maria», «non Maria ma
 * Giulia», «не Марія, а Олена»), as tokenize writes them: they close a clause, as a comma does.
 */
const NAME_JOINS = new Set("e ma pero and but y si dar ci а але і й та".split(" "));

/** A word as typed, and as read. */
type Chunk = { readonly typed: string; readonly said: readonly string[] };

/**
 * How a message's sentence-marking words (cues: greetings, corrections, «abito a»…) are read:
 * where they open it, what follows them, whether the whole says only where one lives.
 */
export function createCueReader(
  cues: ReadonlyMap<Cue, readonly Phrase[]>,
  words: (text: string) => readonly string[],
  /** The word is a «no» in some language (Romanian «nu», Spanish «no» also mean «not»). */
  denies: (word: string) => boolean,
) {
  const mentions = (cue: Cue, text: string) => {
    const said = words(text);
    return (cues.get(cue) ?? []).some((phrase) => occursIn(said, phrase));
  };
  // The least `at` whose words from `from` to `at` hold one of the cue's phrases, -1 when none.
  // A phrase first found once word `at` is read starts at most its span before it: an earlier
  // start reads only words before `at`, so it was tried already with the ends before.
  const firstMention = (cue: Cue, said: readonly string[], from: number): number => {
    const phrases = cues.get(cue) ?? [];
    const span = Math.max(0, ...phrases.map(phraseSpan));
    for (let at = from; at < said.length; at++) {
      const last = said.slice(Math.max(from, at - span), at + 1);
      if (phrases.some((phrase) => occursIn(last, phrase))) return at;
    }
    return -1;
  };
  // The end of the longest of a cue's phrases at word `at` (`at` itself when none matches).
  const cueEnd = (said: readonly string[], cue: Cue, at: number) =>
    Math.max(at, ...(cues.get(cue) ?? []).map((phrase) => matchAt(said, phrase, at)));
  const pastCue = (said: readonly string[], cue: Cue) => pastOpening((at) => cueEnd(said, cue, at));
  // As typed: a story after «Buongiorno,» keeps its sentences, which its reading needs.
  const afterGreeting = (text: string): string | undefined => {
    const said = words(text);
    const at = pastCue(said, "greeting");
    if (at === 0 || at >= said.length) return undefined;
    return textAfterWords(text, at) ?? said.slice(at).join(" ");
  };
  const onlyGreeting = (text: string): boolean => {
    const said = words(text);
    return said.length > 0 && pastCue(said, "greeting") === said.length;
  };
  // Whether the word at `at` opens a correction: a «no» that also means «not» («no es…», «nu
  // e…») opens none, unless a comma or a stop closes it as the first word («no, es via…»).
  const opensCorrection = (text: string, said: readonly string[], at: number) =>
    !denies(said[at] ?? "") || (at === 0 && CLOSED_FIRST_WORD.test(text));
  const afterCorrectionOfHome = (text: string): string | undefined => {
    const said = words(text);
    const at = pastCue(said, "correcting");
    return at > 0 && cueEnd(said, "home", at) > at ? said.slice(at).join(" ") : undefined;
  };
  const introducedName = (text: string, short = false): string | undefined => {
    const said = words(text);
    // «Buongiorno, mi chiamo…», «scusa, mi chiamo…»: a greeting or a correction opens it.
    const at = pastOpening((from) =>
      Math.max(cueEnd(said, "greeting", from), cueEnd(said, "correcting", from)),
    );
    const introduced = Math.max(
      cueEnd(said, "name", at),
      short ? cueEnd(said, "name_short", at) : at,
    );
    return introduced > at ? textAfterWords(text, introduced) : undefined;
  };
  // Where a clause denies a name, and how plainly. A phrase made to deny («my name is not»,
  // «мене звати не») or a «no» before an introduction («non mi chiamo», «no soy») is a denial
  // wherever it stands; a bare «no» opening a clause («non Maria», «Giulia, non Maria») only
  // beside a clause that denies nothing. A name may hold the word (Korean «No», Vietnamese «Nu»,
  // «Не»): typed with a capital inside a clause it is the name's, «мене звати Не Ван Лам».
  const denialIn = (chunks: readonly Chunk[]) => {
    const said = chunks.flatMap((chunk) => chunk.said);
    // «NOT» in capitals is said loud; «No», «Не» as a name is written.
    const capital = chunks.flatMap((chunk, i) =>
      chunk.said.map(() => i > 0 && /^\p{Lu}(?!\p{Lu})/u.test(chunk.typed)),
    );
    for (let at = 0; at < said.length; at += 1) {
      const end = cueEnd(said, "name_denied", at);
      if (end === at || capital.slice(at, end).some(Boolean)) continue;
      const introduces = Math.max(cueEnd(said, "name", end), cueEnd(said, "name_short", end));
      if (end - at > 1 || introduces > end) return { from: at, plain: true };
      if (at === 0) return { from: at, plain: false };
    }
    return undefined;
  };
  // A clause that denies a name («non mi chiamo Maria», «Giulia, non Maria») is dropped from
  // its denial to its end; the rest is kept as typed, undefined when none denies.
  const withoutDeniedNames = (text: string): string | undefined => {
    const clauses: Chunk[][] = [[]];
    let end = 0;
    for (const chunk of text.matchAll(/[^\s,;:.!?¡¿]+/gu)) {
      const said = words(chunk[0]);
      // Romanian «mă numesc» is no Italian «ma» («but»).
      const joins =
        said.length === 1 &&
        NAME_JOINS.has(said[0] as string) &&
        cueEnd(words(text.slice(chunk.index)), "name", 0) === 0;
      if (joins || /[,;:.!?]/u.test(text.slice(end, chunk.index))) clauses.push([]);
      end = chunk.index + chunk[0].length;
      if (!joins) clauses.at(-1)?.push({ typed: chunk[0], said });
    }
    const told = clauses.filter((clause) => clause.length > 0);
    const denials = told.map(denialIn);
    const beside = denials.some((denial) => denial === undefined);
    const kept = told.flatMap((clause, i) => {
      const denial = denials[i];
      if (denial === undefined || !(denial.plain || beside)) return clause.map((c) => c.typed);
      let at = 0;
      return clause
        .filter((chunk) => {
          at += chunk.said.length;
          return at <= denial.from;
        })
        .map((chunk) => chunk.typed);
    });
    const denied = denials.some((denial) => denial && (denial.plain || beside));
    return denied ? kept.join(" ") : undefined;
  };
  // The message opens with greetings, corrections and words saying where one lives, one of
  // them at least of the last kind; the place's words and small words are all that follow. A
  // negation comes before its verb («non abito più», «I don't live»), so it never opens so;
  // nor does a correction that is a no («nu locuiesc», «no vivo en»: not, in those languages).
  const saysOnlyHome = (text: string, place: string): boolean => {
    const said = words(text);
    const named = words(place);
    let home = false;
    const opened = pastOpening((at) => {
      const end = cueEnd(said, "home", at);
      if (end > at) home = true;
      const corrects = opensCorrection(text, said, at);
      return Math.max(
        end,
        cueEnd(said, "greeting", at),
        corrects ? cueEnd(said, "correcting", at) : at,
      );
    });
    if (!home || named.length === 0) return false;
    const rest = said.slice(opened);
    const start = rest.findIndex((_, i) => named.every((word, j) => rest[i + j] === word));
    if (start < 0) return false;
    return [...rest.slice(0, start), ...rest.slice(start + named.length)].every(
      (word) => [...word].length <= SMALL_WORD_LETTERS,
    );
  };
  // What a message says besides the place it names: a correction (or a greeting) opening it,
  // one at least of the first kind, and small words («me equivoqué, es…», «scusi, è…», «no,
  // es…»); «no es…» may deny the place.
  const correctionOpened = (said: readonly string[], text: string) => {
    let corrects = false;
    const opened = pastOpening((at) => {
      const end = opensCorrection(text, said, at) ? cueEnd(said, "correcting", at) : at;
      if (end > at) corrects = true;
      return Math.max(end, cueEnd(said, "greeting", at));
    });
    return corrects ? opened : 0;
  };
  const onlyCorrects = (rest: string): boolean => {
    const said = words(rest);
    const opened = correctionOpened(said, rest);
    return opened > 0 && said.slice(opened).every((word) => [...word].length <= SMALL_WORD_LETTERS);
  };
  const correctionOpening = (text: string): number => correctionOpened(words(text), text);
  const afterClosedNo = (text: string): string | undefined => {
    const said = words(text);
    return said.length > 1 && denies(said[0] ?? "") && CLOSED_FIRST_WORD.test(text)
      ? textAfterWords(text, 1)
      : undefined;
  };
  return {
    mentions,
    firstMention,
    afterGreeting,
    onlyGreeting,
    afterCorrectionOfHome,
    introducedName,
    withoutDeniedNames,
    saysOnlyHome,
    onlyCorrects,
    correctionOpening,
    afterClosedNo,
  };
}

/**
 * The first word past phrases said one after another from a text's start («hola buenas»,
 * «sorry, actually», «ciao, buonasera, aiuto» → 2), 0 when it opens with none: `endAt(at)`
 * is where the longest phrase found at word `at` ends, `at` itself when none is. The typed
 * replies and the danger reader («ciao aiuto» is a call for help alone) read openings so.
 */
export function pastOpening(endAt: (at: number) => number): number {
  let at = 0;
  for (let next = endAt(at); next > at; next = endAt(at)) at = next;
  return at;
}

/**
 * Where a typed word may end: Chinese writes no spaces, and tokenize cuts it into words of one
 * character or more («我叫王芳»: 我 叫 王 芳, the name after «我叫»), so any of its characters.
 */
const TYPED_WORD = /\p{Script=Han}|[^\s,;:\p{Script=Han}]+/gu;

/**
 * The text after its first `count` words as tokenize counts them, as typed (the punctuation
 * around it dropped); undefined when no space, comma or Chinese character ends a word there,
 * or nothing follows.
 */
function textAfterWords(text: string, count: number): string | undefined {
  const word = tokenize(text)[count - 1];
  for (const chunk of text.matchAll(TYPED_WORD)) {
    const end = chunk.index + chunk[0].length;
    const counted = tokenize(text.slice(0, end));
    if (counted.length > count) return undefined;
    // «你» of «你好» is a word cut in two: the count holds only where the word ends.
    if (counted.length < count || counted.at(-1) !== word) continue;
    const rest = text
      .slice(end)
      .replace(/^[\s,;:.，、；：-]+/u, "")
      .replace(/[\s.,;!]+$/u, "");
    return rest === "" ? undefined : rest;
  }
  return undefined;
}
