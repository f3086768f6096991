import { join } from "node:path";
import {
  type Catalogue,
  type CataloguePaths,
  cataloguePaths,
  loadCatalogue,
} from "../catalogue/load.js";
import { formatProblem } from "../catalogue/problems.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { type GeoIndex, type LocationResolver, loadPlaces } from "../geo/index.js";
import { placeOnlyMessages } from "../geo/mentions.js";
import type { ResolvedPlace } from "../geo/place.js";
import { ANSWERS_ONLY, loadReplyReader, type ReplyReader } from "../language/replies.js";
import { aloneReader } from "./alone.js";
import { askedObjectsReader } from "./asked-object.js";
import {
  type Classification,
  type ClassifierModel,
  classifierOf,
  HOME_PLACES_PER_EXAMPLE,
  type IntentClassifier,
  modelReader,
  type ReadText,
  type TextReader,
} from "./classifier.js";
import { type DetectedLanguage, detectLanguage } from "./language.js";
import { wordsOfOtherLanguages } from "./language-words.js";
import { type WritersLearnt, writersLearntIn } from "./language-writers.js";
import {
  DEFAULT_MODEL_CACHE,
  everyLanguageModel,
  loadOrBuildModel,
  type Trainer,
} from "./model-cache.js";
import { type PlaceSpans, type PlacesInText, readingWithoutPlaces } from "./places.js";
import { toCyrillic } from "./romanised-cyrillic.js";
import { loadLanguageThresholds, loadThresholds, type Thresholds } from "./thresholds.js";

export { asksFor } from "./asking.js";
export type {
  Classification,
  ClassifierModel,
  IntentClassifier,
  Ranking,
  ScoredIntent,
} from "./classifier.js";
export { buildModel, classifierFromModel, decide, trainClassifier } from "./classifier.js";
export { writersLearntIn } from "./language-writers.js";
export { GREETING_INTENT, namesNeed } from "./need.js";
export { normalizeText, tokenize } from "./normalize.js";
export type { Thresholds } from "./thresholds.js";
export { LANGUAGE_THRESHOLDS_FILE, loadLanguageThresholds, loadThresholds } from "./thresholds.js";
export { withSecondNeed } from "./two-needs.js";

/**
 * The classifier for a loaded catalogue, trained with Milan's place names (cached on disk);
 * the model of every other language has thresholds of its own when they were calibrated.
 */
export async function classifierFor(
  catalogue: Catalogue,
  { geo, places: reader }: { geo: GeoIndex; places: Pick<LocationResolver, "placesIn"> },
  thresholds: Thresholds,
  languageThresholds: Thresholds = thresholds,
  replies: ReplyReader = loadReplyReader(join(PROJECT_ROOT, "locales"), null),
  /** The older development writers' lines each model learns from (language-writers.ts). */
  learnt: WritersLearnt = {},
  /** Where the models are trained when the cache has none (the bot: another thread). */
  train?: Trainer,
  cacheDir?: string,
): Promise<IntentClassifier> {
  const places = placeOnlyMessages(geo);
  const { home, everyLanguage } = await shippedModels(catalogue, places, learnt, train, cacheDir);
  return classifierOfModels(
    home,
    everyLanguage,
    { catalogue, reader, places },
    thresholds,
    languageThresholds,
    replies,
  );
}

/**
 * The bot's two models, from the cache or trained as the bot trains them: the Italian and
 * English one, and the one of every language (read from its file at its first use).
 */
export async function shippedModels(
  catalogue: Catalogue,
  places: readonly string[],
  learnt: WritersLearnt = {},
  train?: Trainer,
  cacheDir: string = DEFAULT_MODEL_CACHE,
): Promise<{ home: ClassifierModel; everyLanguage: () => ClassifierModel }> {
  const home = await loadOrBuildModel(
    italianAndEnglish(catalogue),
    places,
    cacheDir,
    HOME_PLACES_PER_EXAMPLE,
    learnt.home,
    train,
  );
  const everyLanguage = await everyLanguageModel(
    catalogue,
    places,
    train,
    learnt.everyLanguage,
    cacheDir,
  );
  return { home, everyLanguage };
}

/** Made once, not per call: see read-words.ts. */
const spanOf = (place: ResolvedPlace) => (place.span ? [place.span] : []);

/** The spans of the places the geo reader finds in a message (each place once). */
export const placeSpans =
  (reader: Pick<LocationResolver, "placesIn">): PlaceSpans =>
  (text) =>
    reader.placesIn(text).flatMap(spanOf);

/**
 * The bot's classifier from its two models, however they were trained (the cached ones above,
 * or a variant measured against them), reading the catalogue's words for living alone and
 * the places the geo reader finds (`places`: its place names as messages of their own).
 */
export function classifierOfModels(
  home: ClassifierModel,
  everyLanguage: () => ClassifierModel,
  {
    catalogue,
    reader: placesReader,
    places,
  }: {
    catalogue: Catalogue;
    reader: Pick<LocationResolver, "placesIn">;
    places: readonly string[];
  },
  thresholds: Thresholds,
  languageThresholds: Thresholds,
  replies: ReplyReader,
): IntentClassifier {
  const alone = aloneReader(catalogue.livesAlone);
  const asked = askedObjectsReader(catalogue.asked);
  const inText: PlacesInText = { spans: placeSpans(placesReader), names: places };
  // The language is told from the citizen's own words; each model reads them without places.
  const reader = (model: ClassifierModel, limits: Thresholds) =>
    readingWithoutPlaces(modelReader(model, limits, alone, asked), model.words, inText);
  return withoutBareAnswers(
    classifierOf(
      byLanguage(
        reader(home, thresholds),
        readerOnFirstUse(home.intentIds, () => {
          const model = everyLanguage();
          return inCyrillic(reader(model, languageThresholds), new Set(model.words));
        }),
      ),
    ),
    replies,
  );
}

/**
 * The reader of every language, told what the language detector found: Ukrainian or Russian
 * typed in Latin letters is read in Cyrillic (inCyrillic), with no second look at the words.
 */
interface DetectedReader {
  readonly intentIds: readonly string[];
  read(text: string, places: PlaceSpans | undefined, detected: DetectedLanguage): ReadText;
}

/**
 * A reader made when the first message comes for it: most citizens write Italian or English,
 * and the model of every language waits on disk until someone does not (its first message
 * waits for it to be read, about a tenth of a second).
 */
function readerOnFirstUse(
  intentIds: readonly string[],
  make: () => DetectedReader,
): DetectedReader {
  let reader: DetectedReader | undefined;
  return {
    intentIds,
    read: (text, places, detected) => {
      reader ??= make();
      return reader.read(text, places, detected);
    },
  };
}

/**
 * Ukrainian or Russian typed in Latin letters is read in Cyrillic, the letters the model learnt
 * them in, each word spelled as a word the model knows where one fits (romanised-cyrillic.ts);
 * the classification keeps the citizen's own text.
 */
function inCyrillic(reader: TextReader, words: ReadonlySet<string>): DetectedReader {
  const known = (word: string) => words.has(word);
  return {
    intentIds: reader.intentIds,
    read: (text, places, { language, confidence, typedInLatin }) => {
      // Read with that language's own negations only when the detector is sure of it.
      const sure = confidence > 0 ? language : undefined;
      if (typedInLatin !== true || (language !== "uk" && language !== "ru"))
        return reader.read(text, places, sure);
      const reading = reader.read(toCyrillic(text, language, known), places, sure);
      return { ...reading, classify: () => ({ ...reading.classify(), text }) };
    },
  };
}

/**
 * A reply that only answers a question ("preferisco non dirlo", "ok", "non so"), typed when no
 * question waits, names no need, whatever words of a need the model hears in it ("dirlo"
 * leaned to `operatore`): the citizen is shown the needs instead.
 */
function withoutBareAnswers(classifier: IntentClassifier, replies: ReplyReader): IntentClassifier {
  const onlyAnswers = (text: string) => {
    const kind = replies.onlyReply(text);
    return kind !== null && ANSWERS_ONLY.has(kind);
  };
  return {
    ...classifier,
    classify: (text, places): Classification =>
      onlyAnswers(text)
        ? { text, intent: null, confidence: 0, alternatives: [], ambiguous: false }
        : classifier.classify(text, places),
  };
}

/** The catalogue with its Italian and English examples only. */
export function italianAndEnglish(catalogue: Catalogue): Catalogue {
  const { outOfScope } = catalogue;
  return {
    ...catalogue,
    intents: catalogue.intents.map((intent) => ({
      ...intent,
      examples: { it: intent.examples.it, en: intent.examples.en },
    })),
    outOfScope: {
      ...outOfScope,
      examples: { it: outOfScope.examples.it, en: outOfScope.examples.en },
    },
  };
}

/**
 * Italian and English messages are read by a model of those two languages only, so that the
 * thousands of examples in other languages (Spanish "madre", Romanian "mama") shift nothing
 * there; a message the language identifier places in another language is read by the model
 * that learnt every language.
 */
function byLanguage(home: TextReader, everyLanguage: DetectedReader): TextReader {
  return {
    intentIds: home.intentIds,
    read: (text, places): ReadText => {
      const detected = detectLanguage(text);
      const { language, confidence } = detected;
      if (confidence > 0)
        return language !== "it" && language !== "en"
          ? everyLanguage.read(text, places, detected)
          : home.read(text, places);
      // Too short to tell the language ("mirembrema, faleminderit", "مرحبا، شكرا"): when the
      // Italian and English model knows none of its words, and would refuse it for that, or
      // they are all words of other languages («salut»: not «salute»), the model of every
      // language reads it.
      if (wordsOfOtherLanguages(text)) return everyLanguage.read(text, places, detected);
      const read = home.read(text, places);
      return read.knownWords === 0 ? everyLanguage.read(text, places, detected) : read;
    },
  };
}

/** Loads the shipped catalogue and thresholds and the classifier; throws on a broken catalogue. */
export async function loadClassifier(
  paths: CataloguePaths = cataloguePaths(),
): Promise<IntentClassifier> {
  const loaded = await loadCatalogue(paths);
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join("\n"));
  const dir = join(paths.root, "data", "nlu");
  const thresholds = await loadThresholds(join(dir, "thresholds.json"));
  const languageThresholds = await loadLanguageThresholds(dir, thresholds);
  return classifierFor(
    loaded.catalogue,
    await loadPlaces(),
    thresholds,
    languageThresholds,
    undefined,
    await writersLearntIn(dir),
  );
}
