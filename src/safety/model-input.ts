import { tokenize } from "../nlu/normalize.js";
import type { Found } from "./cue-index.js";
import type { Reading } from "./reading.js";
import { SENTENCE_END } from "./sentences.js";

/**
 * What the model reads of a message: not the sentences about a topic (a film, the news), which
 * silence their own sentence only («ho letto una notizia sul giornale. ho un coltello in mano e
 * non so cosa sto per fare» is heard), and not the clause that tells an address: street names
 * and house numbers are words the model may have learned from danger messages («via Gola»,
 * «112»). Only the address's clause goes, not its sentence: «sto in via Padova 120 e ho
 * preparato le lettere per i miei figli, domani non ci sarò» is read from «ho preparato».
 */
export function modelInput(r: Reading): { text: string; words: number } {
  const topics = r.sentencesWith("not_danger");
  const places = r.found.filter((f) => f.cue.role === "place");
  if (topics.size === 0 && places.length === 0) return { text: r.text, words: r.words.length };
  let words = 0;
  const kept: string[] = [];
  r.text.split(SENTENCE_END).forEach((sentence, index) => {
    const first = r.sentenceOf.indexOf(index);
    if (topics.has(index) || first === -1) return;
    const read = withoutAddress(sentence, first, r.sentenceOf.lastIndexOf(index) + 1, places);
    words += read.words;
    if (read.words > 0) kept.push(read.text);
  });
  return { text: kept.join(". "), words };
}

/**
 * A pause or an «and» between clauses, kept as its own piece: a comma, a colon, a dash, or the
 * word «e», «and», «y», «et», «și», «и», «і», «та», «dhe», «at».
 */
const CLAUSE_BREAK = /([,:\u2013\u2014]|\s(?:e|ed|and|y|et|și|si|и|і|й|та|dhe|at)\s)/iu;

/**
 * The sentence at words [first, end) without the clauses where an address is told (a `place`
 * cue starts). When its clauses do not add up to its words (a number written with a comma),
 * the whole sentence goes, as it did before clauses were read.
 */
function withoutAddress(
  sentence: string,
  first: number,
  end: number,
  places: readonly Found[],
): { text: string; words: number } {
  const told = places.filter((p) => p.start >= first && p.start < end);
  if (told.length === 0) return { text: sentence, words: end - first };
  const pieces = sentence.split(CLAUSE_BREAK);
  let at = first;
  let words = 0;
  const kept = pieces.filter((piece) => {
    const count = tokenize(piece).length;
    const from = at;
    at += count;
    const address = told.some((p) => p.start >= from && p.start < at);
    if (!address) words += count;
    return !address;
  });
  return at === end ? { text: kept.join(""), words } : { text: "", words: 0 };
}
