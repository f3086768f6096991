import type { Catalogue } from "../catalogue/load.js";
import { examplesInEveryLanguage } from "./dataset.js";
import {
  contentWords,
  type FeatureOptions,
  featureTerms,
  isContentWord,
  type SparseVector,
  type Stemmer,
  TfIdfVectorizer,
  type VocabularyStems,
  vocabularyStemmer,
} from "./features.js";
import { GREETING_INTENT } from "./need.js";
import { CUES, type Cue, type ReadWord, readMessage } from "./reading.js";
import {
  DEFAULT_TRAINING,
  predict,
  type SoftmaxModel,
  type TrainingOptions,
  trainSoftmax,
} from "./softmax.js";
import { SpellingCorrector } from "./spelling.js";
import type { Thresholds } from "./thresholds.js";
import { inAskedOrder, secondNeed, segmentNeeds, twoSplitNeeds } from "./two-needs.js";

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
  /** The message tells and does not ask (the reading's "statement" cue). */
  readonly tells?: boolean;
  /** The message tells that something goes well and asks nothing (the reading's "satisfied" cue). */
  readonly satisfied?: boolean;
  /** The message names what WeMi does not serve (the reading's "elsewhere" cue). */
  readonly elsewhere?: boolean;
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
  /** A second need the message asks for too ("una badante e anche l'ISEE"), to be offered. */
  readonly also?: string;
}

export interface IntentClassifier {
  readonly intentIds: readonly string[];
  rank(text: string): Ranking;
  /** One ranking per segment of the message ("… e anche …", "…, ma …"): where a second need shows. */
  rankSegments(text: string): Ranking[];
  classify(text: string): Classification;
}

const ALTERNATIVES = 3;

/**
 * How sure a need must be beside a pet, a shop or an app ("dog sitter", "ordinata su Amazon"):
 * 0.6, 0.8 and always refusing were tried on dev; 0.8 and refusing both took 4 false needs off and
 * cost no need, and 0.8 still lets a need said outright through ("badante, abbiamo anche un gatto").
 */
const ELSEWHERE_CONFIDENCE = 0.8;

/** Turns probabilities into a decision; kept apart from the model so thresholds can be tuned. */
export function decide(text: string, ranking: Ranking, thresholds: Thresholds): Classification {
  const [best, second] = ranking.ranked;
  if (best === undefined)
    return { text, intent: null, confidence: 0, alternatives: [], ambiguous: false };
  // With no known word the probabilities only echo the priors and character fragments.
  const plausible = ranking.knownWords > 0 && best.confidence > ranking.outOfScope;
  // A message that only tells of a need ("la badante di mia nonna è rumena") must be surer.
  const needed =
    ranking.tells && thresholds.statementConfidence !== undefined
      ? Math.max(thresholds.minConfidence, thresholds.statementConfidence)
      : thresholds.minConfidence;
  // Good news about a need ("la badante di papà è una donna d'oro") is never taken as asking
  // for it: at most the citizen is asked "Intendevi…?". Thanks and goodbyes stay greetings.
  const goodNews = ranking.satisfied === true && best.intent !== GREETING_INTENT;
  const elsewhere = thresholds.elsewhereConfidence ?? ELSEWHERE_CONFIDENCE;
  const bar = ranking.elsewhere ? Math.max(needed, elsewhere) : needed;
  const accepted = plausible && best.confidence >= bar && !goodNews;
  if (!accepted) {
    // Sure enough for a request but only telling: "Intendevi…?" lets the citizen say so.
    const toldNeed = plausible && best.confidence >= thresholds.minConfidence;
    // Surely a need, only not sure which: the citizen is asked which one.
    const someNeed = ranking.outOfScope <= (thresholds.suggestOutOfScope ?? -1);
    return {
      text,
      intent: null,
      confidence: best.confidence,
      alternatives: ranking.ranked.slice(0, ALTERNATIVES),
      ambiguous:
        plausible && (toldNeed || someNeed || best.confidence >= thresholds.suggestConfidence),
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

/**
 * A long story can drown the one sentence that asks ("…, cerco una badante. Vi racconto…").
 * When the whole message is rejected but a segment that asks is sure of a need: if the
 * whole message leans to that need too, it is meant; otherwise it is offered first as
 * "Intendevi…?" and the decision stays a rejection.
 */
function withSegmentSuggestion(
  decision: Classification,
  ranking: Ranking,
  segments: readonly Ranking[],
  minConfidence: number,
): Classification {
  const [lead] = segmentNeeds(segments, minConfidence);
  if (lead === undefined) return decision;
  const best = ranking.ranked[0];
  // The story around it only weakened the need the message asks for: that need is meant.
  if (best?.intent === lead.intent && ranking.knownWords > 0)
    return {
      ...decision,
      intent: best.intent,
      alternatives: ranking.ranked.slice(1, 1 + ALTERNATIVES),
      ambiguous: false,
    };
  const others = decision.alternatives.filter((a) => a.intent !== lead.intent);
  return {
    ...decision,
    ambiguous: true,
    alternatives: [lead, ...others].slice(0, ALTERNATIVES),
  };
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** Bump when features or model layout change: cached models of another format are ignored. */
export const MODEL_FORMAT = 4;

/** How citizens add where they live to a need: "… zona Niguarda", "…, abito a Baggio". */
export const PLACE_CONNECTORS: readonly string[] = [
  " zona ",
  " a ",
  ", abito a ",
  ", abitiamo in zona ",
  ", I live in ",
];

/**
 * How many places each need example of the Italian and English model is shown with (see
 * buildModel). With one, the words of a place seen mostly alone ("quarto", "oggiaro") still
 * leaned out of scope: "badante per mia madre a Quarto Oggiaro" was refused. 1, 2 and 3 were
 * tried on dev and on needs said with places; the model of every language keeps one, as its
 * training time would double.
 */
export const HOME_PLACES_PER_EXAMPLE = 2;

/** Chosen on the development set (see data/nlu/README.md for the comparison). */
export const DEFAULT_FEATURES: FeatureOptions = { negation: true, cues: false, told: true };

/** A cue is one feature beside a unit-length word vector: this is its value (0.5, 1, 2, 3 and 5 were tried on dev; 3 won). */
const CUE_WEIGHT = 3;

/** A trained model in plain data, so it can be cached on disk and restored without training. */
export interface ClassifierModel {
  readonly format: number;
  readonly featureOptions: FeatureOptions;
  readonly intentIds: readonly string[];
  /** Content words seen in training: the typo-repair vocabulary. */
  readonly words: readonly string[];
  readonly terms: readonly string[];
  readonly idf: readonly number[];
  readonly softmax: SoftmaxModel;
  /** The words' stems, when the model cache worked them out (stemming took most of a load). */
  readonly stems?: VocabularyStems;
}

/**
 * Trains on the catalogue: every intent is a class, and the out-of-scope examples form one
 * more class, so "not a WeMi need" is learnt rather than guessed from low scores alone.
 */
export function buildModel(
  catalogue: Catalogue,
  /** Place names of Milan ("Quarto Oggiaro", "via Padova 120"): see below. */
  places: readonly string[] = [],
  options: TrainingOptions = DEFAULT_TRAINING,
  features: FeatureOptions = DEFAULT_FEATURES,
  connectors: readonly string[] = PLACE_CONNECTORS,
  placesPerExample = 1,
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
  // they live. Each need example is also shown with places, and bare places are shown as
  // stating no need, so that place words weigh nothing on either side.
  const needExamples = texts.length;
  for (let i = 0; i < needExamples && places.length > 0; i++) {
    for (let k = 0; k < placesPerExample; k++) {
      const connector = connectors[(i + k) % connectors.length] as string;
      texts.push(`${texts[i]}${connector}${places[(i * 7 + k * 3571) % places.length]}`);
      labels.push(labels[i] as number);
    }
  }
  // Where one lives, said alone ("abito a Baggio", "I live in Lambrate"), is no need either:
  // without these, the connectors above would teach "abito" as a word of needs.
  const homes = places.map((place, i) => {
    const connector = connectors[i % connectors.length] as string;
    return `${connector.replace(/^[,\s]+/, "")}${place}`;
  });
  for (const text of [
    ...examplesInEveryLanguage(catalogue.outOfScope.examples),
    ...places,
    ...homes,
  ]) {
    texts.push(text);
    labels.push(intentIds.length);
  }

  const read = texts.map((text) => readWords(text, features));
  const vectorizer = TfIdfVectorizer.fit(read.map((r) => r.terms));
  const vectors = read.map((r) => withCues(vectorizer.transform(r.terms), r.cues, vectorizer.size));
  return {
    format: MODEL_FORMAT,
    featureOptions: features,
    intentIds,
    words: [...new Set(texts.flatMap(contentWords))],
    terms: vectorizer.terms,
    idf: vectorizer.idf,
    softmax: trainSoftmax(
      vectors,
      labels,
      intentIds.length + 1,
      vectorizer.size + (features.cues ? CUES.length : 0),
      options,
    ),
  };
}

interface ReadWords {
  readonly terms: string[];
  /** Indexes into CUES. */
  readonly cues: number[];
  readonly segments: readonly (readonly ReadWord[])[];
  readonly telling: ReadonlySet<number>;
  /** Tells and does not ask: see Ranking.tells. */
  readonly tells: boolean;
  /** Asks nothing (no request, question or inability) and some piece of it tells. */
  readonly onlyTells: boolean;
  /** Tells that something goes well: see Ranking.satisfied. */
  readonly satisfied: boolean;
  readonly elsewhere: boolean;
}

/** A message as the model sees it: feature terms, cues, and its segments. */
function readWords(
  text: string,
  features: FeatureOptions,
  correct: (word: string) => string = (word) => word,
  stemmer?: Stemmer,
): ReadWords {
  const reading = readMessage(text, isContentWord);
  const segments = reading.segments.map((segment) =>
    segment.map(({ word, negated }) => ({
      word: correct(word),
      negated: features.negation && negated,
    })),
  );
  // The shipped model read the whole message as one bag of words: kept exactly, to compare.
  const words =
    features.negation || features.cues
      ? segments.flat()
      : contentWords(text).map((word) => ({ word: correct(word), negated: false }));
  const tells = reading.cues.has("statement");
  const asks = ["request", "question", "inability"].some((cue) => reading.cues.has(cue as Cue));
  const terms = featureTerms(
    words.map((w) => w.word),
    words.map((w) => w.negated),
    stemmer,
  );
  return {
    terms: features.told && tells ? terms.map(toldTerm) : terms,
    cues: features.cues ? CUES.flatMap((cue, i) => (reading.cues.has(cue) ? [i] : [])) : [],
    segments,
    telling: reading.telling,
    tells,
    onlyTells: !asks && reading.telling.size > 0,
    satisfied: reading.cues.has("satisfied"),
    elsewhere: reading.cues.has("elsewhere"),
  };
}

/**
 * In a message that only tells, a word and a pair of words are features of their own ("t:"):
 * "badante" told of ("la badante di mia zia è bravissima") and "badante" asked for ("badante
 * per mia madre") then weigh apart, each learnt from its own examples. Character n-grams stay
 * shared, so a typo still finds its word.
 */
const toldTerm = (term: string) =>
  term.startsWith("w:") || term.startsWith("b:") || term.startsWith("e:") ? `t${term}` : term;

/** Appends the cue features after the word features' indexes. */
function withCues(vector: SparseVector, cues: readonly number[], offset: number): SparseVector {
  if (cues.length === 0) return vector;
  const indexes = new Uint32Array(vector.indexes.length + cues.length);
  const values = new Float64Array(indexes.length);
  indexes.set(vector.indexes);
  values.set(vector.values);
  cues.forEach((cue, k) => {
    indexes[vector.indexes.length + k] = offset + cue;
    values[vector.values.length + k] = CUE_WEIGHT;
  });
  return { indexes, values };
}

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
  read(text: string): ReadText;
}

/** The classifier of a reader: each call reads the text once. */
export function classifierOf(reader: TextReader): IntentClassifier {
  return {
    intentIds: reader.intentIds,
    rank: (text) => reader.read(text).rank(),
    rankSegments: (text) => reader.read(text).rankSegments(),
    classify: (text) => reader.read(text).classify(),
  };
}

export function classifierFromModel(
  model: ClassifierModel,
  thresholds: Thresholds,
): IntentClassifier {
  return classifierOf(modelReader(model, thresholds));
}

export function modelReader(model: ClassifierModel, thresholds: Thresholds): TextReader {
  // Only what reading needs is kept: not the model's lists of terms and words.
  const { intentIds, softmax, featureOptions } = model;
  const outOfScopeClass = intentIds.length;
  const vectorizer = TfIdfVectorizer.restore(model.terms, model.idf);
  const corrector = new SpellingCorrector(model.words);
  const stemmer = vocabularyStemmer(model.words, model.stems);
  const knownStems = new Set(model.words.map(stemmer.italian));

  const correct = (word: string) => corrector.correct(word);
  const known = (words: readonly ReadWord[]) =>
    words.filter(({ word }) => knownStems.has(stemmer.italian(word))).length;

  const rankTerms = (
    terms: readonly string[],
    cues: readonly number[],
    knownWords: number,
    tells = false,
    satisfied = false,
    elsewhere = false,
  ): Ranking => {
    const probabilities = predict(
      softmax,
      withCues(vectorizer.transform(terms), cues, vectorizer.size),
    );
    const ranked = intentIds
      .map((intent, c) => ({ intent, confidence: round(probabilities[c] as number) }))
      .sort((a, b) => b.confidence - a.confidence);
    return {
      ranked,
      outOfScope: round(probabilities[outOfScopeClass] as number),
      knownWords,
      ...(tells ? { tells } : {}),
      ...(satisfied ? { satisfied } : {}),
      ...(elsewhere ? { elsewhere } : {}),
    };
  };

  const rankSegmentsRead = ({ segments, telling }: ReadWords): Ranking[] => {
    if (segments.length < 2) return [];
    return (
      segments
        // A segment that tells, or refuses ("non cerco il calcio"), offers no need of its own.
        .filter((segment, i) => !telling.has(i) && !segment.some((w) => w.negated))
        .map((segment) =>
          rankTerms(
            featureTerms(
              segment.map((w) => w.word),
              segment.map((w) => w.negated),
              stemmer,
            ),
            [],
            known(segment),
          ),
        )
    );
  };

  const classifyRead = (
    text: string,
    ranking: Ranking,
    segments: Ranking[],
    onlyTells: boolean,
  ): Classification => {
    const decision = decide(text, ranking, thresholds);
    const { alsoConfidence } = thresholds;
    if (alsoConfidence === undefined) return decision;
    if (decision.intent === null) {
      // A story that asks nothing ("la nostra badante Olga e bravissima, con papà ha molta
      // pazienza": "e" typed for "è" cuts off a bare "badante") is not rescued by a piece of it.
      if (onlyTells || ranking.satisfied) return decision;
      const two = twoSplitNeeds(ranking, segments, thresholds.minConfidence, alsoConfidence);
      if (two === undefined)
        return withSegmentSuggestion(decision, ranking, segments, alsoConfidence);
      return {
        text,
        ...inAskedOrder(two, segments),
        confidence: ranking.ranked[0]?.confidence ?? 0,
        alternatives: ranking.ranked.slice(1, 1 + ALTERNATIVES),
        ambiguous: false,
      };
    }
    const also = secondNeed(decision.intent, segments, alsoConfidence);
    if (also === undefined) return decision;
    // The need asked first leads; the message is as sure of the pair as of its best need.
    const ordered = inAskedOrder({ intent: decision.intent, also }, segments);
    return {
      ...decision,
      ...ordered,
      alternatives: ranking.ranked
        .filter((r) => r.intent !== ordered.intent)
        .slice(0, ALTERNATIVES),
    };
  };

  return {
    intentIds,
    read: (text) => {
      const words = readWords(text, featureOptions, correct, stemmer);
      const knownWords = known(words.segments.flat());
      let ranking: Ranking | undefined;
      let segments: Ranking[] | undefined;
      const rank = () => {
        ranking ??= rankTerms(
          words.terms,
          words.cues,
          knownWords,
          words.tells,
          words.satisfied,
          words.elsewhere,
        );
        return ranking;
      };
      const rankSegments = () => {
        segments ??= rankSegmentsRead(words);
        return segments;
      };
      return {
        knownWords,
        rank,
        rankSegments,
        classify: () =>
          thresholds.alsoConfidence === undefined
            ? decide(text, rank(), thresholds)
            : classifyRead(text, rank(), rankSegments(), words.onlyTells),
      };
    },
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
