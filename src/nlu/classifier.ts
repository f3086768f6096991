import type { Catalogue } from "../catalogue/load.js";
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

/**
 * Trains the classifier on the catalogue: every intent is a class, and the out-of-scope
 * examples form one more class, so "not a WeMi need" is learnt rather than guessed from
 * low scores alone.
 */
export function trainClassifier(
  catalogue: Catalogue,
  thresholds: Thresholds,
  options: TrainingOptions = DEFAULT_TRAINING,
): IntentClassifier {
  const intentIds = catalogue.intents.map((intent) => intent.id);
  const outOfScopeClass = intentIds.length;
  const texts: string[] = [];
  const labels: number[] = [];
  catalogue.intents.forEach((intent, c) => {
    for (const text of [...intent.examples.it, ...intent.examples.en]) {
      texts.push(text);
      labels.push(c);
    }
  });
  for (const text of [...catalogue.outOfScope.examples.it, ...catalogue.outOfScope.examples.en]) {
    texts.push(text);
    labels.push(outOfScopeClass);
  }

  const words = texts.map(contentWords);
  const corrector = new SpellingCorrector(words.flat());
  const knownStems = new Set(words.flat().map(stem));
  const terms = words.map(featureTerms);
  const vectorizer = new TfIdfVectorizer(terms);
  const vectors = terms.map((t) => vectorizer.transform(t));
  const model: SoftmaxModel = trainSoftmax(
    vectors,
    labels,
    intentIds.length + 1,
    vectorizer.size,
    options,
  );

  const rank = (text: string): Ranking => {
    const corrected = contentWords(text).map((word) => corrector.correct(word));
    const knownWords = corrected.filter((word) => knownStems.has(stem(word))).length;
    const probabilities = predict(model, vectorizer.transform(featureTerms(corrected)));
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
