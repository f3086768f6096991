import { tokenize } from "../nlu/normalize.js";
import { undouble } from "./danger-model.js";

/** How the danger reader cuts a message: words, sentences, scripts and tone. */

/**
 * Chinese is written without spaces and the segmenter cuts the same words differently by
 * context ("我想死" → 我想 + 死): a cue written only in Chinese characters is looked for
 * inside the message's characters instead of word by word.
 */
export const HAN_CUE = /^[\p{Script=Han}|]+$/u;

/**
 * Spaces (read past, as if not there), and the commas, colons, quotes and dashes that pause a
 * sentence without ending it.
 */
const HAN_PAUSE = /[\s,，、:：'"“”‘’「」『』«»()（）\-—–·]+/gu;

/** A Chinese sentence's characters without its pauses, and where each pause stood in them. */
export interface HanRun {
  readonly characters: string;
  readonly pauses: readonly number[];
}

export function hanRun(sentence: string): HanRun {
  const pauses: number[] = [];
  let removed = 0;
  const characters = sentence.replace(HAN_PAUSE, (pause, at: number) => {
    if (at - removed > 0 && /\S/u.test(pause)) pauses.push(at - removed);
    removed += pause.length;
    return "";
  });
  return { characters, pauses };
}

/**
 * True when the run holds the cue's characters. A cue is read across a comma that pauses its
 * clause («我不能说话，他在旁边», «我吃了，所有的药», «如果我不回复，请报警»), but only when each side
 * holds a word of two characters or more: a lone character either side belongs to another
 * clause («他们在打，我去上班了» is no «打我»).
 */
export function hanHolds({ characters, pauses }: HanRun, cue: string): boolean {
  for (let at = characters.indexOf(cue); at !== -1; at = characters.indexOf(cue, at + 1)) {
    const end = at + cue.length;
    if (pauses.every((p) => p <= at || p >= end || (p - at >= 2 && end - p >= 2))) return true;
  }
  return false;
}

/**
 * Laughing, eye-rolling, face-palming or skull («I'm dead», laughing) emoji: the tokenizer
 * drops emoji, so they are looked for in the characters. Over the 16 development sets none of
 * 1,141 dangers has an eye-roll or a face-palm, and 4 ordinary messages do; over the 31, no
 * danger has a skull.
 */
export const NOT_SERIOUS =
  /[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F639}\u{1F61C}\u{1F61D}\u{1F644}\u{1F926}\u{1F480}]/u;

/** The emoji «🆘» (one or more), which the tokenizer drops: read as the word "sos" it says. */
export const SOS_EMOJI = /\u{1F198}+/gu;

/**
 * Where a sentence ends: a full stop, a question or exclamation mark (Latin, Chinese, Arabic), a
 * semicolon, a new line. Dots that trail off into a word in lower case do not end it: the
 * sentence goes on after a pause («mi ha minacciato... di portarmi in montagna», «mi perseguita...
 * con le canzoni»), and what it turns out to be about frames the cue before the pause.
 */
export const SENTENCE_END = /(?<!\.)(?!\.{2,}[ \t]*\p{Ll})[.!?;\n。！？؟]+/u;

/**
 * Where a sentence first pauses: a comma, a colon or a dash set apart by spaces (not the hyphen
 * inside «e-mail»); -1 when it runs on.
 */
export function firstPause(sentence: string): number {
  return sentence.search(/[,:，：]|\s[-—–]+\s/u);
}

/**
 * The message's clauses as written: its sentences cut again where they pause («mia mamma ha 86
 * anni, vive sola in viale Monza, ieri è caduta»), empty ones left out.
 */
export function clausesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .flatMap((sentence) => sentence.split(/[,:，：]|\s[-—–]+\s/u))
    .map((clause) => clause.trim())
    .filter((clause) => clause !== "");
}

/**
 * The message's sentences as written, its words (doubled letters folded) and the sentence each
 * word belongs to: split once, for every reader of the sentences.
 */
export function sentencesOf(text: string): {
  sentences: string[];
  words: string[];
  sentenceOf: number[];
} {
  const sentences = text.split(SENTENCE_END);
  const words: string[] = [];
  const sentenceOf: number[] = [];
  sentences.forEach((sentence, index) => {
    for (const word of tokenize(sentence)) {
      words.push(undouble(word));
      sentenceOf.push(index);
    }
  });
  return { sentences, words, sentenceOf };
}

/**
 * Words that set what follows against what came before: «ma», «but», «pero», «mais», «dar»,
 * «але», «но», «mas», «ngunit», «لكن». A wish to die denied, then a «but» in its sentence («no
 * quiero morir pero tengo un cuchillo»), is ambivalence, not a denial.
 */
const CONTRAST = new Set([
  ...["ma", "pero", "but", "mais", "dar", "але", "но", "mas", "ngunit", "subalit"],
  ...["لكن", "ولكن", "lakin", "por", "megjithate"],
]);

/**
 * Words that turn the talk to something else: «comunque», «anyway», «igualmente», «oricum»,
 * «втім», «впрочем», «enfim». With the words of contrast they end a clause: a topic named
 * after one («…quando beve, ma io volevo chiedere un corso di italiano», «…, anyway, about
 * the Italian course») is what the citizen turns to, not what the words before it are about.
 */
const TURN = new Set(
  [
    ...["comunque", "cmq", "anyway", "anyways", "anyhow", "however"],
    ...["igualmente", "embargo", "oricum", "totusi", "insa"],
    ...["втім", "однак", "проте", "впрочем", "однако"],
    ...["enfim", "porem", "contudo", "cependant", "toutefois", "bref"],
    // said in two or three words: «in ogni caso», «de todas formas», «by the way», «a parte questo»
    ...["ogni caso", "ogni modo", "any case", "any rate", "todas formas", "todos modos"],
    ...["todas maneras", "orice caz", "toute facon", "qualquer forma", "любом случае"],
    ...["parte questo", "detto questo", "cambiando discorso", "altra cosa", "btw", "by the way"],
    ...["apart from that", "aparte de eso", "cambiando de tema", "afara de asta", "крім того"],
  ].map(undouble), // as a message's words are folded: «detto questo» is read «deto questo»
);

/**
 * Words saying what something turned out to be: «era», «it was», «c'était», «це був». A
 * contrast followed by one explains what came before rather than turning from it («ho sentito
 * urla, ma era la festa dei ragazzi», «I heard screams, but it was the match»).
 */
const TURNED_OUT = new Set([
  ...["era", "erano", "e", "sono", "stato", "stata", "solo", "soltanto"],
  ...["it", "was", "were", "is", "s", "just", "only"],
  ...["fue", "eran", "es", "son", "fost", "este", "c", "etait", "est", "foi", "eram"],
  ...["це", "було", "був", "була", "это", "было", "был", "была"],
]);

/**
 * True when a turn stands in words [from, to): a turn word, or a word of contrast that does
 * not go on to say what it was.
 */
export function turnBetween(words: readonly string[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const word = words[at] as string;
    const said = [word, `${words[at - 1]} ${word}`, `${words[at - 2]} ${words[at - 1]} ${word}`];
    if (said.some((turn) => TURN.has(turn))) return true;
    if (CONTRAST.has(word) && !TURNED_OUT.has(words[at + 1] as string)) return true;
  }
  return false;
}

/**
 * Words telling what happened next: «poi», «then», «luego», «puis», «apoi», «потім», «потом»,
 * «затем». Not the ones that are also prepositions («dopo settimane», «después de», «depois
 * de»): «trovata morta in casa dopo settimane, mi ha colpito» is still the news.
 */
const NEXT = new Set([
  ...["poi", "then", "afterwards", "luego", "puis", "ensuite"],
  ...["apoi", "потім", "потом", "затем"],
]);

/** True when a word telling what happened next stands in words [from, to). */
export function sequenceBetween(words: readonly string[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (NEXT.has(words[at] as string)) return true;
  return false;
}

/**
 * What a message turns to after its last turn («…quando beve, ma io volevo chiedere un corso di
 * italiano» → «io volevo chiedere un corso di italiano»): its words as written (not folded), or
 * none when nothing follows a turn.
 */
export function wordsAfterTurn(text: string): readonly string[] {
  const written = text.split(SENTENCE_END).flatMap((sentence) => tokenize(sentence));
  const words = written.map(undouble);
  for (let at = words.length - 2; at >= 0; at--) {
    if (turnBetween(words, at, at + 1)) return written.slice(at + 1);
  }
  return [];
}

/** True when a word of contrast follows words [start, end) in their own sentence. */
export function contrastAfter(
  words: readonly string[],
  sentenceOf: readonly number[],
  { start, end }: { readonly start: number; readonly end: number },
): boolean {
  return words.some(
    (word, at) => at >= end && sentenceOf[at] === sentenceOf[start] && CONTRAST.has(word),
  );
}

/**
 * Words that open what someone said or wrote: «che», «that», «que», «qu'», «că», «що», «что»,
 * and the verbs of saying and threatening in English, which often drops «that» («says he'll
 * kill me»). A figure of speech with a thing as subject («questo lavoro mi uccide», «este calor
 * me mata», «the kids are killing me») never spans one: «sta urlando che mi ammazza», «está
 * gritando que me mata», «o meu ex disse que me mata», «won't let me see the kids and says
 * he'll kill me» matched those figures through their gap and were silenced.
 */
const SAID_THAT = new Set([
  ...["che", "that", "que", "qu", "ca", "що", "что"],
  ...["says", "said", "tells", "told", "threatens", "threatened", "swears", "swore"],
]);

/**
 * True when an idiom (written as `idiomSource`, found at words [start, end)) and a cue at words
 * [cue.start, cue.end) are parted by a word opening what was said, a word the idiom was not
 * written with: then it is no figure of speech for that cue. Either the idiom reaches the cue
 * across it (it matched in its gap: «sta urlando che mi ammazza»), or the idiom lies inside what
 * the cue reports, which goes on past it to its victim («ha detto che se il cane abbaia ancora
 * ammazza la padrona»: the dog is in the condition, the threat falls on a person). «mi ha
 * minacciata dicendo che se parlo mi fa espellere» keeps its idiom: the cue ends before «che».
 */
export function reportsSpeech(
  words: readonly string[],
  idiom: { readonly source: string; readonly start: number; readonly end: number },
  cue: { readonly start: number; readonly end: number },
): boolean {
  const written = new Set(tokenize(idiom.source));
  const opensSpeech = (from: number, to: number) => {
    for (let at = from; at < to; at++) {
      const word = words[at] as string;
      if (SAID_THAT.has(word) && !written.has(word)) return true;
    }
    return false;
  };
  return (
    opensSpeech(idiom.start, Math.min(idiom.end, cue.end)) ||
    (idiom.end < cue.end && opensSpeech(cue.start, idiom.start))
  );
}
