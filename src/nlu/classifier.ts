import type { Catalogue } from "../catalogue/load.js";
import { examplesInEveryLanguage } from "./dataset.js";
import { contentWords, featureTerms, stem, TfIdfVectorizer } from "./features.js";
import {
  DEFAULT_TRAINING,
  predict,
  type SoftmaxModel,
  type TrainingOptions,
  trainSoftmax,
} from "./softmax.js";
import { SpellingCorrector } from "./spelling.js";
import type { Thresholds } from "./thresholds.js";

export interface ScoredIntent {
  readonly intent: string;
  readonly confidence: number;
}

/** Probabilities for one message: every intent ranked, and the out-of-scope class. */
export interface Ranking {
  readonly ranked: readonly ScoredIntent[];
  readonly outOfScope: number;
  /** How many of the message's content words the catalogue's examples use. */
  readonly knownWords: number;
}

export interface Classification {
  readonly text: string;
  /** The need understood, or null when the message is out of scope or too uncertain. */
  readonly intent: string | null;
  /** Probability of the best intent, in [0, 1], comparable across messages. */
  readonly confidence: number;
  /** The next best intents (or the best ones, when no intent was accepted). */
  readonly alternatives: readonly ScoredIntent[];
  /** Worth asking "Intendevi…?": the top intents are close, or the best one is plausible but unsure. */
  readonly ambiguous: boolean;
}

export interface IntentClassifier {
  readonly intentIds: readonly string[];
  rank(text: string): Ranking;
  classify(text: string): Classification;
}

const ALTERNATIVES = 3;

/** Turns probabilities into a decision; kept apart from the model so thresholds can be tuned. */
export function decide(text: string, ranking: Ranking, thresholds: Thresholds): Classification {
  const [best, second] = ranking.ranked;
  if (best === undefined)
    return { text, intent: null, confidence: 0, alternatives: [], ambiguous: false };
  // With no known word the probabilities only echo the priors and character fragments.
  const plausible = ranking.knownWords > 0 && best.confidence > ranking.outOfScope;
  const accepted = plausible && best.confidence >= thresholds.minConfidence;
  if (!accepted) {
    return {
      text,
      intent: null,
      confidence: best.confidence,
      alternatives: ranking.ranked.slice(0, ALTERNATIVES),
      ambiguous: plausible && best.confidence >= thresholds.suggestConfidence,
    };
  }
  const margin = best.confidence - (second?.confidence ?? 0);
  return {
    text,
    intent: best.intent,
    confidence: best.confidence,
    alternatives: ranking.ranked.slice(1, 1 + ALTERNATIVES),
    ambiguous: margin < thresholds.ambiguityMargin,
  };
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** Bump when features or model layout change: cached models of another format are ignored. */
export const MODEL_FORMAT = 2;

/** A trained model in plain data, so it can be cached on disk and restored without training. */
export interface ClassifierModel {
  readonly format: number;
  readonly intentIds: readonly string[];
  /** Content words seen in training: the typo-repair vocabulary. */
  readonly words: readonly string[];
  readonly terms: readonly string[];
  readonly idf: readonly number[];
  readonly softmax: SoftmaxModel;
}

/** How a place follows a need in a message: "… zona Loreto", "… abitiamo a Baggio". */
const PLACE_LEADS = ["zona", "a", "abito in zona", "abitiamo a"] as const;

/**
 * Trains on the catalogue: every intent is a class, and the out-of-scope examples form one
 * more class, so "not a WeMi need" is learnt rather than guessed from low scores alone.
 */
export function buildModel(
  catalogue: Catalogue,
  /** Place names of Milan ("Quarto Oggiaro", "via Padova 120"): see below. */
  places: readonly string[] = [],
  options: TrainingOptions = DEFAULT_TRAINING,
): ClassifierModel {
  const intentIds = catalogue.intents.map((intent) => intent.id);
  const texts: string[] = [];
  const labels: number[] = [];
  catalogue.intents.forEach((intent, c) => {
    for (const text of examplesInEveryLanguage(intent.examples)) {
      texts.push(text);
      labels.push(c);
    }
  });
  // Citizens name places in the same message as their need, and alone when asked where
  // they live. Each need example is also shown with a place, and bare places are shown as
  // stating no need, so that place words weigh nothing on either side.
  const needExamples = texts.length;
  for (let i = 0; i < needExamples && places.length > 0; i++) {
    const lead = PLACE_LEADS[i % PLACE_LEADS.length] as string;
    texts.push(`${texts[i]} ${lead} ${places[(i * 7) % places.length]}`);
    labels.push(labels[i] as number);
  }
  for (const text of [...examplesInEveryLanguage(catalogue.outOfScope.examples), ...places]) {
    texts.push(text);
    labels.push(intentIds.length);
  }

  const words = texts.map(contentWords);
  const terms = words.map(featureTerms);
  const vectorizer = TfIdfVectorizer.fit(terms);
  const vectors = terms.map((t) => vectorizer.transform(t));
  return {
    format: MODEL_FORMAT,
    intentIds,
    words: [...new Set(words.flat())],
    terms: vectorizer.terms,
    idf: vectorizer.idf,
    softmax: trainSoftmax(vectors, labels, intentIds.length + 1, vectorizer.size, options),
  };
}

export function classifierFromModel(
  model: ClassifierModel,
  thresholds: Thresholds,
): IntentClassifier {
  const { intentIds, softmax } = model;
  const outOfScopeClass = intentIds.length;
  const vectorizer = TfIdfVectorizer.restore(model.terms, model.idf);
  const corrector = new SpellingCorrector(model.words);
  const knownStems = new Set(model.words.map(stem));

  const rank = (text: string): Ranking => {
    const corrected = contentWords(text).map((word) => corrector.correct(word));
    const knownWords = corrected.filter((word) => knownStems.has(stem(word))).length;
    const probabilities = predict(softmax, vectorizer.transform(featureTerms(corrected)));
    const ranked = intentIds
      .map((intent, c) => ({ intent, confidence: round(probabilities[c] as number) }))
      .sort((a, b) => b.confidence - a.confidence);
    return { ranked, outOfScope: round(probabilities[outOfScopeClass] as number), knownWords };
  };

  return {
    intentIds,
    rank,
    classify: (text) => decide(text, rank(text), thresholds),
  };
}

export function trainClassifier(
  catalogue: Catalogue,
  thresholds: Thresholds,
  places: readonly string[] = [],
  options: TrainingOptions = DEFAULT_TRAINING,
): IntentClassifier {
  return classifierFromModel(buildModel(catalogue, places, options), thresholds);
}
