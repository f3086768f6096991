import type { Catalogue } from "../catalogue/load.js";
import { type AloneReader, NOBODY_ALONE } from "./alone.js";
import { type AskedObjectsReader, NOTHING_ASKED } from "./asked-object.js";
import {
  type Classification,
  decide,
  decideWithSegments,
  type Ranking,
  type ScoredIntent,
} from "./decision.js";
import {
  type FeatureOptions,
  type SparseVector,
  TfIdfVectorizer,
  vocabularyStemmer,
} from "./features.js";
import { buildModel, type ClassifierModel, DEFAULT_FEATURES } from "./model.js";
import type { PlaceSpans } from "./places.js";
import { isNegated, type ReadWords, readWords, withCues, wordsRead } from "./read-words.js";
import type { ReadWord } from "./reading.js";
import { DEFAULT_TRAINING, predict, type TrainingOptions } from "./softmax.js";
import { SpellingCorrector } from "./spelling.js";
import { readStory } from "./story-readers.js";
import type { Thresholds } from "./thresholds.js";
import { type MessageVectors, WordFeatures } from "./word-features.js";

// The classifier's public face: what callers import from here lives in these modules.
export type { Classification, Ranking, ScoredIntent } from "./decision.js";
export { decide } from "./decision.js";
export type { ClassifierModel } from "./model.js";
export { buildModel, HOME_PLACES_PER_EXAMPLE } from "./model.js";

export interface IntentClassifier {
  readonly intentIds: readonly string[];
  rank(text: string): Ranking;
  /** One ranking per segment of the message ("… e anche …", "…, ma …"): where a second need shows. */
  rankSegments(text: string): Ranking[];
  /** `places`: the places this update has read in the text, when the caller has them. */
  classify(text: string, places?: PlaceSpans): Classification;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** A message read once by a model: its rankings and decision come from that one reading. */
export interface ReadText {
  /** How many of the message's content words the model's examples use. */
  readonly knownWords: number;
  rank(): Ranking;
  rankSegments(): Ranking[];
  classify(): Classification;
}

/** A model that reads messages (one reading per message, however many questions follow). */
export interface TextReader {
  readonly intentIds: readonly string[];
  /** `language`: the message's, when the language detector is sure of it (its own negations). */
  read(text: string, places?: PlaceSpans, language?: string): ReadText;
}

/** The classifier of a reader: each call reads the text once. */
export function classifierOf(reader: TextReader): IntentClassifier {
  return {
    intentIds: reader.intentIds,
    rank: (text) => reader.read(text).rank(),
    rankSegments: (text) => reader.read(text).rankSegments(),
    classify: (text, places) => reader.read(text, places).classify(),
  };
}

export function classifierFromModel(
  model: ClassifierModel,
  thresholds: Thresholds,
  alone: AloneReader = NOBODY_ALONE,
  asked: AskedObjectsReader = NOTHING_ASKED,
): IntentClassifier {
  return classifierOf(modelReader(model, thresholds, alone, asked));
}

export function modelReader(
  model: ClassifierModel,
  thresholds: Thresholds,
  alone: AloneReader = NOBODY_ALONE,
  /** What a request asks for, by the catalogue's asked words (data/nlu/asked.yaml). */
  asked: AskedObjectsReader = NOTHING_ASKED,
): TextReader {
  // Only what reading needs is kept: not the model's lists of terms and words.
  const { intentIds, softmax, featureOptions } = model;
  const otherIn = wordsRead(featureOptions);
  const outOfScopeClass = intentIds.length;
  const vectorizer = TfIdfVectorizer.restore(model.terms, model.idf);
  const corrector = new SpellingCorrector(model.words);
  const stemmer = vocabularyStemmer(model.words, model.stems);
  const knownStems = new Set(model.words.map(stemmer.italian));
  const wordFeatures = new WordFeatures(vectorizer, stemmer);

  const correct = (word: string) => corrector.correct(word);
  const known = (words: readonly ReadWord[]) => {
    let count = 0;
    for (const { word } of words) if (knownStems.has(stemmer.italian(word))) count++;
    return count;
  };

  // A ranking's probabilities and order, worked out in buffers made once per reader: a new
  // array of probabilities, and sorting the scored intents with a comparator (a sort's copy and
  // a number per comparison), were garbage on each of ~8 rankings a message.
  const confidences = new Float64Array(intentIds.length);
  const order = new Int32Array(intentIds.length);
  const probabilities = new Float64Array(softmax.bias.length);
  const scoredAt = (_: string, k: number): ScoredIntent => {
    const c = order[k] as number;
    return { intent: intentIds[c] as string, confidence: confidences[c] as number };
  };
  const rankVector = (
    vector: SparseVector,
    cues: readonly number[],
    knownWords: number,
    tells = false,
    satisfied = false,
    elsewhere = false,
    employed = false,
  ): Ranking => {
    predict(softmax, withCues(vector, cues, vectorizer.size), probabilities);
    // Most confident first, ties in the catalogue's order, as a stable sort leaves them.
    for (let c = 0; c < intentIds.length; c++) {
      const confidence = round(probabilities[c] as number);
      confidences[c] = confidence;
      let k = c;
      for (; k > 0 && (confidences[order[k - 1] as number] as number) < confidence; k--) {
        order[k] = order[k - 1] as number;
      }
      order[k] = c;
    }
    const ranked = intentIds.map(scoredAt);
    // Out of scope, or the told class of a model that learnt one (model.ts): the stronger.
    let noNeed = probabilities[outOfScopeClass] as number;
    for (let c = outOfScopeClass + 1; c < probabilities.length; c++)
      noNeed = Math.max(noNeed, probabilities[c] as number);
    return {
      ranked,
      outOfScope: round(noNeed),
      knownWords,
      ...(tells ? { tells } : {}),
      ...(satisfied ? { satisfied } : {}),
      ...(elsewhere ? { elsewhere } : {}),
      ...(employed ? { employed } : {}),
    };
  };

  const rankWords = (vectors: MessageVectors) => (segment: readonly ReadWord[]) =>
    rankVector(vectors(segment, false), [], known(segment));

  const rankSegmentsRead = (
    { segments, telling, joined }: ReadWords,
    rankSegment: (segment: readonly ReadWord[]) => Ranking,
  ): Ranking[] => {
    if (segments.length < 2) return [];
    const ranked: Ranking[] = [];
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as readonly ReadWord[];
      // A segment that tells, or refuses ("non cerco il calcio"), offers no need of its own.
      if (telling.has(i) || segment.some(isNegated)) continue;
      ranked.push(joined.has(i) ? { ...rankSegment(segment), joined: true } : rankSegment(segment));
    }
    return ranked;
  };

  return {
    intentIds,
    read: (text, _places, language) => {
      const words = readWords(text, featureOptions, correct, otherIn(language), asked);
      const knownWords = known(words.segments.flat());
      const vectors = wordFeatures.forMessage();
      const rankSegment = segmentsRankedOnce(rankWords(vectors));
      let ranking: Ranking | undefined;
      let segments: Ranking[] | undefined;
      const rank = () => {
        ranking ??= rankVector(
          vectors(words.featureWords, words.toldFeatures),
          words.cues,
          knownWords,
          words.tells,
          words.satisfied,
          words.elsewhere,
          words.employed,
        );
        return ranking;
      };
      const rankSegments = () => {
        segments ??= rankSegmentsRead(words, rankSegment);
        return segments;
      };
      return {
        knownWords,
        rank,
        rankSegments,
        classify: () => {
          const decision =
            thresholds.alsoConfidence === undefined
              ? decide(text, rank(), thresholds, alone)
              : decideWithSegments(
                  text,
                  rank(),
                  rankSegments(),
                  words.onlyTells,
                  thresholds,
                  alone,
                );
          return readStory(decision, {
            ranking: rank(),
            words,
            rankSegment,
            segments: rankSegments(),
            otherLanguage: featureOptions.otherLanguages !== undefined,
          });
        },
      };
    },
  };
}

/** A word of a segment's key: the word, marked when negated. Made once: see read-words.ts. */
const keyWord = ({ word, negated }: ReadWord) => (negated ? `!${word}` : word);

/**
 * A segment ranker that ranks each distinct run of words once: one message's sentences are
 * ranked as segments, again as the story's pieces and refusals (about 8 readings a message,
 * the same words often). Made per reading, so no citizen's words outlive their message.
 */
function segmentsRankedOnce(
  rank: (segment: readonly ReadWord[]) => Ranking,
): (segment: readonly ReadWord[]) => Ranking {
  const ranked = new Map<string, Ranking>();
  return (segment) => {
    // A segment's ranking reads its words and which are negated, nothing else.
    const key = segment.map(keyWord).join(" ");
    let ranking = ranked.get(key);
    if (ranking === undefined) {
      ranking = rank(segment);
      ranked.set(key, ranking);
    }
    return ranking;
  };
}

export function trainClassifier(
  catalogue: Catalogue,
  thresholds: Thresholds,
  places: readonly string[] = [],
  options: TrainingOptions = DEFAULT_TRAINING,
  features: FeatureOptions = DEFAULT_FEATURES,
): IntentClassifier {
  return classifierFromModel(buildModel(catalogue, places, options, features), thresholds);
}
