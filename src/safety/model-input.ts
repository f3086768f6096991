import { type PlaceSpans, withoutPlaces } from "../nlu/places.js";
import type { ModelReading } from "./danger-model.js";
import { openingCry, type Reading } from "./reading.js";
import { firstPause, SENTENCE_END } from "./sentences.js";

/**
 * What the model reads of a message: not the sentences about a topic (a film, the news), which
 * silence their own sentence only («ho letto una notizia sul giornale. ho un coltello in mano e
 * non so cosa sto per fare» is heard); `withTopics` keeps them, to ask whether the model is sure of
 * danger on the whole message (verdict.ts). The places it names go apart, by withoutPlacesFor.
 */
export function modelInput(r: Reading, withTopics = false): { text: string; words: number } {
  const cry = openingCry(r) ?? 0;
  const topics = withTopics ? new Set<number>() : r.sentencesWith("not_danger");
  if (topics.size === 0 && cry === 0) return { text: r.text, words: r.words.length };
  let words = 0;
  const kept: string[] = [];
  r.text.split(SENTENCE_END).forEach((sentence, index) => {
    const first = r.sentenceOf.indexOf(index);
    const end = r.sentenceOf.lastIndexOf(index) + 1;
    if (topics.has(index) || first === -1 || end <= cry) return;
    // Despair ended at a pause leaves what its sentence tells after it (reading.ts, openingCry).
    words += end - Math.max(first, cry);
    kept.push(first < cry ? sentence.slice(firstPause(sentence) + 1) : sentence);
  });
  return { text: kept.join(". "), words };
}

/**
 * The one way places leave what the danger model reads, in training and reading alike: the
 * message without the places the geo reader finds, as the need classifier reads it. A street's
 * name says nothing about danger, but the danger sets name streets and areas where things
 * happened, so their words leaned for danger: «abito da sola in via dei Missaglia e non riesco
 * più a cucinare» alarmed while «… in via Padova …» did not (16 of 400 streets in one ordinary
 * sentence), and house numbers were learnt from danger messages («112»). Every span the geo
 * reader finds goes, even one of ordinary words: a danger word inside a place's name («Porta
 * Romana») is no danger. The spans are those of the whole message (`message`) when the model
 * reads part of it: the update's one reading of its places, not a second reading of a shorter
 * string. Until session 24 the clause that told an address went too, by cues of its own (a
 * `place` role): with the spans gone it changed no verdict on any danger set, and was dropped.
 */
export const withoutPlacesFor =
  (spans: PlaceSpans): ModelReading =>
  (text, places = spans, message = text) =>
    withoutPlaces(
      text,
      () => places(message),
      () => false,
    ).replace(PLACE_ONLY_WORDS, " ");

/**
 * Words that only ever name a place go even where the geo reader found no place: a read
 * «piazza Prealpi» leaves whole, a lower-case «piazza udine» it does not read stays, so the
 * word was learnt from the places missed alone (four ordinary «in piazza X» read whole in
 * session 31 tipped «…passa a prendere la bambina in piazza udine» into a false alarm). «via»,
 * «corso», «largo» are everyday words too («vai via», a course, wide) and stay.
 */
const PLACE_ONLY_WORDS = /\b(?:piazza|piazzale|piazzetta|viale|vicolo)\b/giu;
