import type { PlaceReader, ResolvedPlace } from "../geo/index.js";
import type { Knowledge } from "../knowledge/index.js";
import type { ReplyReader } from "../language/replies.js";
import { withSpokenNumbers } from "../language/spoken-numbers.js";
import { type Classification, placeSpans, withSecondNeed } from "../nlu/index.js";

/** The classifier reads the start of very long messages: the need is stated early. */
const CLASSIFIED_CHARACTERS = 1000;
/**
 * The classifier learnt from short messages, and a long story around the need can drown it:
 * such a message is also read by its opening alone, and the surer reading wins.
 */
const OPENING_CHARACTERS = 300;
/** The first sentence of a story: up to its first full stop, question or exclamation mark. */
const FIRST_SENTENCE = /^[^.!?\n]{20,300}[.!?\n]/u;
/** The runner-up of a message joining two needs counts from here (the third is far below). */
const SECOND_NEED_CONFIDENCE = 0.05;

const sureness = (c: Classification) => (c.intent === null ? 0 : c.ambiguous ? 1 : 2);

/** The surer of two readings: a clear need beats an ambiguous one, which beats none. */
function surer(a: Classification, b: Classification): Classification {
  if (sureness(a) !== sureness(b)) return sureness(a) > sureness(b) ? a : b;
  return b.confidence > a.confidence ? b : a;
}

/**
 * The need in a citizen's message, read whole, without the place it names, and by its
 * opening; with that place as resolved from the message (its first CLASSIFIED_CHARACTERS),
 * so that the dialogue need not resolve the same words again.
 */
export function readNeed(
  knowledge: Knowledge,
  text: string,
  places: PlaceReader = knowledge.places.forOneUpdate(),
): { readonly need: Classification; readonly place: ResolvedPlace } {
  const spans = placeSpans(places);
  const classify = (words: string) => knowledge.classifier.classify(words, spans);
  const start = classify(text.slice(0, CLASSIFIED_CHARACTERS));
  // A place named with the need ("cerco una colf a Gratosoglio") can drown it: the words
  // are also read without the place, and the surer reading wins.
  // «via padova centoventi», dictated: the house number read as typed.
  const place = places.resolve(withSpokenNumbers(text.slice(0, CLASSIFIED_CHARACTERS)));
  const { span } = place;
  const rest = span ? text.replace(span, " ").trim() : "";
  const reading = rest === "" ? start : surer(start, classify(rest));
  if (text.length <= OPENING_CHARACTERS) return { need: withSecondNeed(reading, start), place };
  const opening = surer(reading, classify(text.slice(0, OPENING_CHARACTERS)));
  // A long story usually states the need in its first sentence.
  const firstSentence = FIRST_SENTENCE.exec(text)?.[0];
  const need = firstSentence ? surer(opening, classify(firstSentence)) : opening;
  return { need: withSecondNeed(need, start), place };
}

/** Whether readNeed's place is the whole message's (a longer one is resolved on its own). */
export const placeReadWhole = (text: string) => text.length <= CLASSIFIED_CHARACTERS;

/**
 * The second need of a message ("una colf e anche una babysitter"): the classifier's
 * `also` when it gives one, else the need the words after its «also» ask. The whole message's
 * runner-up is only a guess of the model: «…ya no puede cocinar. Además … nuestra hija necesita
 * que alguien la recoja del colegio» had the carer second (0.29, the mother's age), a need never
 * said, while the words after «Además» ask for the child to be fetched (babysitter, 0.90).
 * `classify` reads those words alone.
 */
export function secondNeed(
  result: Classification,
  text: string,
  read: ReplyReader,
  classify: (words: string) => Classification,
): string | null {
  if (result.also !== undefined) return result.also;
  const joined = piecesAroundAlso(text, read);
  if (joined === undefined) return null;
  const [before, after] = joined.map((words) => (words === "" ? undefined : classify(words)));
  // The runner-up, confirmed by the words on either side of the «also».
  const runnerUp = result.alternatives[0];
  if (runnerUp && runnerUp.confidence >= SECOND_NEED_CONFIDENCE) {
    if (before?.intent === runnerUp.intent || after?.intent === runnerUp.intent)
      return runnerUp.intent;
  }
  // A need the words after it ask clearly, which the whole message leans to as well.
  const leans = result.alternatives.some((guess) => guess.intent === after?.intent);
  return after && !after.ambiguous && after.intent !== result.intent && leans ? after.intent : null;
}

/** The words that may open a message before its «also» («y también», «and then also»). */
const OPENING_WORDS = 3;

/**
 * The words before and after the «also» that joins two needs of the message's own («e anche»,
 * «y también», «а также»): an «also» that opens it («y también la limpieza», typed after an
 * answer) adds to what was asked before, so the one that counts comes after it. Read once,
 * left to right: a long story is not read again for each of its words.
 */
function piecesAroundAlso(text: string, read: ReplyReader): [string, string] | undefined {
  const words = read.words(text);
  const first = read.firstMention("also", words, 0);
  const joining =
    first >= 0 && first < OPENING_WORDS ? read.firstMention("also", words, first + 1) : first;
  if (joining < 0) return undefined;
  return [words.slice(0, joining + 1).join(" "), words.slice(joining + 1).join(" ")];
}
