import { PLACE_TYPE_WORDS } from "../geo/cues.js";
import { PARTICLES, STREET_TYPES } from "../geo/normalize.js";
import type { ReadText, TextReader } from "./classifier.js";
import { contentWords } from "./features.js";
import { mayTakeSecondNeed, withSecondNeed } from "./two-needs.js";

/** The places a message names, as its own words spell them (the geo reader's spans). */
export type PlaceSpans = (text: string) => readonly string[];

/** What the classifier needs to read a message without its places. */
export interface PlacesInText {
  readonly spans: PlaceSpans;
  /** The place names the models were trained with (buildModel's `places`). */
  readonly names: readonly string[];
}

/**
 * The message without the places the geo reader found in it, each once, the longest first
 * (a street holds a name). Where a citizen lives is read apart, and a place's words, seen
 * mostly alone in training, leaned a need out of scope («badante a Quarto Oggiaro» was
 * refused). A span whose every name word is a word of the examples and of no place («corso de
 * italian», read as a street; «Però», a town) is kept: those words say what is needed. A
 * message that is only a place is read whole, as trained.
 */
export function withoutPlaces(
  text: string,
  spans: PlaceSpans,
  isExampleWord: (word: string) => boolean,
): string {
  const found = [...new Set(spans(text))]
    .filter((span) => !nameOfExampleWords(span, isExampleWord))
    .sort((a, b) => b.length - a.length);
  const without = found.reduce((read, span) => read.replace(span, " "), text);
  return /[\p{L}\p{N}]/u.test(without) ? without : text;
}

function nameOfExampleWords(span: string, isExampleWord: (word: string) => boolean): boolean {
  const name = contentWords(span).filter(
    (word) =>
      !PARTICLES.has(word) &&
      !STREET_TYPES.has(word) &&
      !PLACE_TYPE_WORDS.has(word) &&
      !/\d/.test(word),
  );
  return name.length > 0 && name.every(isExampleWord);
}

/**
 * A model's reader that reads messages without their places; its classification still carries
 * the citizen's own text. The words of the model's examples are those it learnt that no place
 * name brought in.
 */
export function readingWithoutPlaces(
  reader: TextReader,
  modelWords: readonly string[],
  places: PlacesInText,
): TextReader {
  const placeWords = new Set(places.names.flatMap(contentWords));
  const exampleWords = new Set(modelWords.filter((word) => !placeWords.has(word)));
  const isExampleWord = (word: string) => exampleWords.has(word);
  return {
    intentIds: reader.intentIds,
    // The places the caller read in this update, else the geo reader's own reading.
    read: (text, spans = places.spans, language?: string): ReadText => {
      const read = withoutPlaces(text, spans, isExampleWord);
      if (read === text) return reader.read(text, undefined, language);
      const reading = reader.read(read, undefined, language);
      // Two needs named with a place («una badante e i pasti…, abita a Baggio») may lean to
      // the other first without it, below a second need's bar: the pair read whole is kept.
      // Read whole only then: a need between two, none given as the second.
      const classify = () => {
        const need = { ...reading.classify(), text };
        return !need.ambiguous || !mayTakeSecondNeed(need)
          ? need
          : withSecondNeed(need, reader.read(text, undefined, language).classify());
      };
      return { ...reading, classify };
    },
  };
}
