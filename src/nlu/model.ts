import type { Catalogue } from "../catalogue/load.js";
import { examplesInEveryLanguage } from "./dataset.js";
import {
  contentWords,
  type FeatureOptions,
  TfIdfVectorizer,
  type VocabularyStems,
} from "./features.js";
import { readWords, termsOf, withCues, wordsRead } from "./read-words.js";
import { CUES } from "./reading.js";
import type { ReadingWords } from "./reading-words.js";
import {
  DEFAULT_TRAINING,
  type SoftmaxModel,
  type TrainingOptions,
  trainSoftmax,
} from "./softmax.js";
import type { JoinedTerms } from "./term-index.js";

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
/** The model of every language reads their negations and turns too, with these words (features.ts). */
export const everyLanguageFeatures = (words: ReadingWords): FeatureOptions => ({
  ...DEFAULT_FEATURES,
  otherLanguages: words,
});

/**
 * A development writer's line the Italian and English model learns from (dataset.ts,
 * TRAINING_WRITERS): a need's line (of two needs, its main one) as an example of that need,
 * a line of no need (`intent` null) as an example of the told class (see buildModel).
 */
export interface LearntLine {
  readonly intent: string | null;
  readonly text: string;
  /** How much the line counts beside a catalogue example (1 when absent). */
  readonly weight?: number;
}

/** A trained model in plain data, so it can be cached on disk and restored without training. */
export interface ClassifierModel {
  readonly format: number;
  readonly featureOptions: FeatureOptions;
  readonly intentIds: readonly string[];
  /** Content words seen in training: the typo-repair vocabulary. */
  readonly words: readonly string[];
  /**
   * The features' terms, in feature order, as one string: a stored model comes back without
   * 70,834 strings to parse and join again (the Italian and English model learning from the
   * older writers).
   */
  readonly terms: JoinedTerms;
  readonly idf: readonly number[];
  readonly softmax: SoftmaxModel;
  /** The words' stems, when the model cache worked them out (stemming took most of a load). */
  readonly stems?: VocabularyStems;
}

/**
 * Trains on the catalogue: every intent is a class, and the out-of-scope examples form one
 * more class, so "not a WeMi need" is learnt rather than guessed from low scores alone. The
 * writers' lines of no need, when there are any, form a class of their own after it, the told
 * class: what citizens tell of a need they have or a place they know, in a need's own words.
 * Learnt as out of scope, those words took short plain requests out of scope with them
 * («ready meals brought to my grandmother's home»); apart, each class of no need is weighed
 * against the needs alone (classifier.ts reads the stronger as the message's no need).
 */
export function buildModel(
  catalogue: Catalogue,
  /** Place names of Milan ("Quarto Oggiaro", "via Padova 120"): see below. */
  places: readonly string[] = [],
  options: TrainingOptions = DEFAULT_TRAINING,
  features: FeatureOptions = DEFAULT_FEATURES,
  connectors: readonly string[] = PLACE_CONNECTORS,
  placesPerExample = 1,
  /**
   * Shown as they were written, without places: a writer's lines are already as citizens
   * tell a need, places or not, and showing each with two more made training four times as
   * long (data/nlu/README.md, session 32, second round). A line of a need the catalogue no
   * longer has teaches nothing and is left out.
   */
  learnt: readonly LearntLine[] = [],
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
  const weights: number[] = [];
  const toldClass = intentIds.length + 1;
  let told = false;
  for (const line of learnt) {
    told ||= line.intent === null;
    const label = line.intent === null ? toldClass : intentIds.indexOf(line.intent);
    if (label < 0) continue;
    weights[texts.length] = line.weight ?? 1;
    texts.push(line.text);
    labels.push(label);
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

  // Examples are read with every language's negations, as before: read each with its own
  // language's (Portuguese «no» no negation), the model moved 9 to 14 knife-edge lines a seed
  // in other languages (Spanish lost 4 over three seeds, data/nlu/README.md, session 34).
  const other = wordsRead(features)(undefined);
  const read = texts.map((text) => readWords(text, features, undefined, other));
  const terms = read.map((r) => termsOf(r));
  const vectorizer = TfIdfVectorizer.fit(terms);
  const vectors = read.map((r, i) =>
    withCues(vectorizer.transform(terms[i] as string[]), r.cues, vectorizer.size),
  );
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
      told ? toldClass + 1 : toldClass,
      vectorizer.size + (features.cues ? CUES.length : 0),
      options,
      // Only a model that learns lines beyond the catalogue weighs its examples.
      learnt.length > 0 ? Array.from(texts, (_, i) => weights[i] ?? 1) : undefined,
    ),
  };
}
