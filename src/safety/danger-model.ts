import { createHash } from "node:crypto";
import { join } from "node:path";
import { cachedDerivation, codeFiles, fingerprint } from "../cache/index.js";
import { typedFromText, typedToText } from "../cache/typed.js";
import type { Catalogue } from "../catalogue/load.js";
import { PROJECT_ROOT } from "../config/paths.js";
import { DEFAULT_GEO_DIR, GEO_FILES } from "../geo/geo-index.js";
import type { Phrase } from "../language/phrases.js";
import { linesLearntFrom, trainsTheModel } from "../nlu/dataset.js";
import { exampleKey } from "../nlu/features.js";
import { trainsEveryLanguageModel } from "../nlu/language-writers.js";
import { tokenize } from "../nlu/normalize.js";
import type { PlaceSpans } from "../nlu/places.js";
import { TermIndex } from "../nlu/term-index.js";
import { withoutCourtesy } from "./courtesy.js";
import { DANGER_SETS, loadDangerSet } from "./evaluate.js";

/**
 * A second reader for danger the cues miss when it is said in other words ("vorrei
 * addormentarmi per sempre", "se muoio nessuno se ne accorge"): naive Bayes over word stems
 * and pairs of stems, trained on labelled danger messages and on every intent's examples
 * (emergenza as danger, the rest as ordinary, so that everyday requests weigh against it).
 * It only raises an alarm when the odds are far on the side of danger (DANGER_MODEL_ODDS);
 * the cues stay the first, explainable reader.
 */
export interface LabelledText {
  readonly text: string;
  readonly danger: boolean;
}

/**
 * The log-odds, for one message, that it tells of danger; `places`: the places this update
 * has read in it, when the caller has them; `message`: the whole message, when `text` is the
 * part of it the model reads (modelInput), whose places are those read in the whole.
 */
export type DangerModel = (text: string, places?: PlaceSpans, message?: string) => number;

/**
 * The text the model reads for a message, in training and reading alike: the message without
 * the places it names (`withoutPlacesFor`), or as written when no place reader is given.
 */
export type ModelReading = (text: string, places?: PlaceSpans, message?: string) => string;
const asWritten: ModelReading = (text) => text;

/**
 * Chosen by cross-validation on the development sets (`npm run eval:danger -- --cv`): each set
 * in turn is read by a model trained without it, and the odds are the lowest at which the model
 * alone raises at most 1% false alarms on the held-out ordinary messages (which share words
 * with danger on purpose). 11 until session 38, 10.5 once the need writers' dangers were learnt
 * (needWritersDangers). Since session 39 the ordinary lines nearest danger weigh more
 * (HARD_NEGATIVE_WEIGHT) and the rule chose 9; at 9.5 the bot, each writer left out with the
 * cues written from it, read three dangers more and one less with as many false alarms, but a
 * citizen's «I do not know» at the summary (four words: 9.5 + 2 × 3 = 15.5 against the model's
 * 15.75) got the 112/1522 answer, so the odds stay at 10.5 (session 39, integrator). The cues
 * come first, so the model only has to catch what they miss.
 */
export const DANGER_MODEL_ODDS = 10.5;

/**
 * A short message gives the model few words, and its odds then rest on one or two it saw a
 * handful of times: «in realtà abito in via Padova», a citizen correcting the area, scores 9.3,
 * 7.8 of them from «realtà», seen once in a danger message and never in an ordinary one. Below
 * SHORT_MESSAGE words the model alone needs MARGIN_PER_WORD more odds for each word missing.
 * On the development sets no danger under 7 words is caught by the model alone (the cues and
 * the classifier catch the short ones), and the bot's replies (an area, a time, a name, thanks)
 * are short. Three odds a word since session 40 (two before): «I do not know» typed at the
 * summary reads 15.76, 0.74 short of four words' bar at two (16.5), now 3.74 short of 19.5;
 * over the 83 danger sets as the bot reads, no verdict moved (data/nlu/README.md, session 40).
 */
const SHORT_MESSAGE = 7;
const MARGIN_PER_WORD = 3;

/** The odds the model alone needs to raise an alarm on a message of `words` words. */
export const modelOddsFor = (words: number): number =>
  DANGER_MODEL_ODDS + MARGIN_PER_WORD * Math.max(0, SHORT_MESSAGE - words);

/**
 * Odds at which the model is heard even where a silencer spoke (a topic, something over, an
 * idiom, a request): a silencer written for other messages can match a danger told in other
 * words («papà è per terra, dice che sta bene ma non riesce ad alzarsi da due ore», 26). Over
 * the development writers, each read with the cues as they were before its set and a model
 * trained on the sets before it, 5 dangers of 296 were silenced at odds of 26 to 42, and no
 * ordinary message was both silenced and at 25 or more; leaving one writer out, 2 dangers more
 * of 1,238 are recognised and 1 ordinary message of 2,053 more alarms. Jokes and requests for a
 * service stay silent.
 */
export const MODEL_SURE_ODDS = 25;

/**
 * Odds under which the model is sure a message is ordinary, and a cue's alarm on it is answered
 * with the need and the gentle line (112 and 1522) instead of the full danger answer.
 */
export const MODEL_SURE_ORDINARY_ODDS = -30;

/**
 * Additive smoothing of the word counts. 1 (Laplace) let the thousands of ordinary examples
 * drown every danger word; 0.1 doubles the cross-validated recall at the same false alarms
 * (data/nlu/README.md).
 */
const SMOOTHING = 0.1;

/**
 * Ordinary hard-life stories of our own, each told to ask for a service (a carer worn out, a
 * widower who no longer cooks, a lonely neighbour, a parent ashamed of not reading the school's
 * notes, a card kept by a cash machine), in it, en and other languages. The catalogue's
 * examples are short requests, so everyday words of a story («stamattina», «what do I do», «lo
 * dico solo perché») were seen almost only in the danger sets and weighed for danger.
 */
export const ORDINARY_STORIES = ["danger-ordinary-stories.jsonl"] as const;

/**
 * The labelled messages the model learns from: the development sets and the ordinary stories,
 * never a test set.
 */
export const DANGER_TRAINING_SETS = [...DANGER_SETS.dev, ...ORDINARY_STORIES];

/** The need writers whose dangers the model learns: those the need models learn from. */
const learntNeedWriter = (file: string): boolean =>
  trainsTheModel(file) || trainsEveryLanguageModel(file);

/**
 * The dangers the older need writers told among their needs (their `emergenza` lines,
 * `dev-hard` to -30 and `dev-languages` to -25: 172 lines of about 60 writers, in every
 * language), less any line a measuring set says in other words (linesLearntFrom; the danger
 * test sets too: two of those lines are test lines by the model's key). Written by
 * people asked for needs, they tell danger in other words than the danger writers; learnt, the
 * model alone, each danger writer left out, reads 91.0% → 92.0% of the dangers at the same 1%
 * of false alarms (data/nlu/README.md, session 38). Their need lines stay unlearnt: as ordinary
 * lines they made every word seen only in danger weigh more (session 37).
 */
export async function needWritersDangers(
  nluDir: string,
  dangerIntent: string,
): Promise<LabelledText[]> {
  const told = (await linesLearntFrom(learntNeedWriter, 1, nluDir)).filter(
    (line) => line.intent === dangerIntent,
  );
  if (told.length === 0) return [];
  const tests = await Promise.all(
    DANGER_SETS.test.map((file) => loadDangerSet(join(nluDir, file))),
  );
  const tested = new Set(tests.flat().map((line) => exampleKey(line.text)));
  return told
    .filter((line) => !tested.has(exampleKey(line.text)))
    .map(({ text }) => ({ text, danger: true }));
}

/**
 * The examples a catalogue gives: the danger intent's are danger; every other intent's, and
 * the out-of-scope examples, are ordinary.
 */
export function catalogueExamples(catalogue: Catalogue, dangerIntent: string): LabelledText[] {
  const ordinary = (examples: Readonly<Record<string, readonly string[] | undefined>>) =>
    Object.values(examples).flatMap((texts) => texts ?? []);
  return [
    ...catalogue.intents.flatMap((intent) =>
      ordinary(intent.examples).map((text) => ({ text, danger: intent.id === dangerIntent })),
    ),
    ...ordinary(catalogue.outOfScope.examples).map((text) => ({ text, danger: false })),
  ];
}

/**
 * A doubled Latin letter counts as one, for the cues and the model alike: dropping or doubling
 * a consonant is the commonest typo in Italian ("pichia", "amazzo", "sucidio" aside).
 */
const DOUBLED = /(\p{Script=Latin})\1+/gu;
export const undouble = (text: string): string => text.replace(DOUBLED, "$1");

type Alternative = Extract<Phrase["steps"][number], { kind: "words" }>["alternatives"][number];

/**
 * The phrase with doubled letters folded in its words, as a message's words are: after the
 * words are normalised, not before. Folding the written cue first made «tell» the chat
 * shorthand «tel», read as «telefono», while the message keeps «tell» → «tel».
 */
export function undoubled(phrase: Phrase): Phrase {
  const fold = (alternative: Alternative): Alternative => ({
    ...alternative,
    words: alternative.words.map(undouble),
  });
  return {
    ...phrase,
    steps: phrase.steps.map((step) =>
      step.kind === "gap" ? step : { ...step, alternatives: step.alternatives.map(fold) },
    ),
    opening: phrase.opening && {
      words: new Set([...phrase.opening.words].map(undouble)),
      prefixes: phrase.opening.prefixes.map(undouble),
    },
  };
}

/**
 * Stems cut short (typos and endings weigh less), pairs of neighbouring stems, and the stem a
 * message ends on, words of courtesy left out (courtesy.ts). A message that ends on a danger
 * says it outright, while one that goes on names what it is about: «vorrei solo farla finita.»
 * against «farla finita con la burocrazia», seven ordinary lines of the development sets.
 * With it, the model alone, leave one writer out at DANGER_MODEL_ODDS, 89.1% → 90.3% recall,
 * 0.8% → 0.9% false alarms (data/nlu/README.md, session 30). The end is the message's as
 * written (`written`): when the reading took a place off its end, the word left last is not
 * where the citizen stopped («… abito in via Gola 6, non via Golgi» does not end on «non»).
 */
const STEM = 6;
const stemsOf = (text: string): string[] =>
  withoutCourtesy(tokenize(text)).map((word) => undouble(word).slice(0, STEM));
function features(read: string, written: string): Set<string> {
  const stems = stemsOf(read);
  const found = new Set(stems);
  for (let i = 0; i + 1 < stems.length; i++) found.add(`${stems[i]} ${stems[i + 1]}`);
  const end = stems[stems.length - 1];
  if (end !== undefined && stemsOf(written).at(-1) === end) found.add(`${end} .`);
  return found;
}

/**
 * A trained model as plain data, the form the cache keeps: the prior log-odds and, for each
 * feature either side saw, what it adds to the log-odds of danger.
 */
export interface DangerWeights {
  readonly prior: number;
  readonly weights: readonly (readonly [feature: string, weight: number])[];
}

/**
 * Ordinary lines the model, once trained, itself reads as leaning to danger (log-odds of 0 or
 * more on its own training: hyperbole, a past told as a story, a worn-out carer, an office that
 * does not answer) are learnt HARD_NEGATIVE_WEIGHT more times, so that the everyday words they
 * share with danger weigh less and the words only danger uses more. It learns from every
 * writer's near-misses at once, not from a phrase: the model alone, each danger writer left out,
 * read 2,726 → 2,750 of 2,973 dangers at the same 50 of 5,551 false alarms (data/nlu/README.md,
 * session 39). Weights 1, 2, 4 and 8 were measured; 4 gained most at 50 false alarms.
 */
const HARD_NEGATIVE_WEIGHT = 4;

interface Side {
  readonly counts: Map<string, number>;
  features: number;
  messages: number;
}

export function learnDangerWeights(
  examples: readonly LabelledText[],
  reading: ModelReading = asWritten,
): DangerWeights {
  // Each example's features, read once for both passes.
  const read = examples.map((example) => ({
    isDanger: example.danger,
    found: features(reading(example.text), example.text),
  }));
  const side = (): Side => ({ counts: new Map(), features: 0, messages: 0 });
  const danger = side();
  const ordinary = side();
  const learn = (learned: Side, found: Iterable<string>, times: number) => {
    for (const feature of found) {
      learned.counts.set(feature, (learned.counts.get(feature) ?? 0) + times);
      learned.features += times;
    }
  };
  for (const { isDanger, found } of read) {
    const learned = isDanger ? danger : ordinary;
    learned.messages += 1;
    learn(learned, found, 1);
  }
  const first = weightsOf(danger, ordinary);
  const oddsOf = (found: Iterable<string>) => {
    let odds = first.prior;
    for (const feature of found) odds += first.weights.get(feature) ?? 0;
    return odds;
  };
  const hard = read.filter(({ isDanger, found }) => !isDanger && oddsOf(found) >= 0);
  for (const { found } of hard) learn(ordinary, found, HARD_NEGATIVE_WEIGHT);
  const { prior, weights } = weightsOf(danger, ordinary);
  return { prior, weights: [...weights] };
}

/** The prior log-odds and what each feature either side saw adds to the log-odds of danger. */
function weightsOf(danger: Side, ordinary: Side): { prior: number; weights: Map<string, number> } {
  const vocabulary = new Set([...danger.counts.keys(), ...ordinary.counts.keys()]);
  // Smoothing: a feature one side never saw still has a small chance there.
  const logChance = (learned: Side, feature: string) =>
    Math.log(
      ((learned.counts.get(feature) ?? 0) + SMOOTHING) /
        (learned.features + SMOOTHING * vocabulary.size),
    );
  return {
    prior: Math.log((danger.messages + 1) / (ordinary.messages + 1)),
    weights: new Map(
      [...vocabulary].map((feature) => [
        feature,
        logChance(danger, feature) - logChance(ordinary, feature),
      ]),
    ),
  };
}

/** A trained model as the reader holds it: its features' index and their weights in turn. */
interface CompactWeights {
  readonly prior: number;
  readonly features: TermIndex;
  readonly weights: Float64Array;
}

// Compact (a Map of its 72,000 features took about 7 MB): their index and weights.
const compact = ({ prior, weights }: DangerWeights): CompactWeights => ({
  prior,
  features: TermIndex.of(weights.map(([feature]) => feature)),
  weights: Float64Array.from(weights, ([, weight]) => weight),
});

/**
 * The form the cache keeps: every feature in one string and the numbers as typed arrays in
 * text. As 72,000 [feature, weight] pairs in JSON, reading it took 50-85 ms of each start and
 * left 72,000 strings for the collector.
 */
interface StoredWeights {
  readonly prior: number;
  readonly features: string;
  readonly ends: string;
  readonly weights: string;
}

function stored({ prior, features, weights }: CompactWeights): StoredWeights {
  const { text, ends } = features.joinedTerms;
  return { prior, features: text, ends: typedToText(ends), weights: typedToText(weights) };
}

/** The model the cache kept; throws on a damaged entry (trained again). */
function restored(kept: StoredWeights): CompactWeights {
  const ends = typedFromText(kept.ends, Uint32Array);
  const weights = typedFromText(kept.weights, Float64Array);
  if (
    typeof kept.prior !== "number" ||
    typeof kept.features !== "string" ||
    ends.length !== weights.length
  )
    throw new Error("damaged danger model");
  return { prior: kept.prior, features: TermIndex.joined(kept.features, ends), weights };
}

function dangerModelOf(
  { prior, features: index, weights: weightAt }: CompactWeights,
  reading: ModelReading,
): DangerModel {
  return (text, places, message) => {
    let odds = prior;
    for (const feature of features(reading(text, places, message), text)) {
      // A word neither side ever saw (a name, a number, a typo) says nothing about danger;
      // smoothing alone would count it for the side with fewer words, danger.
      const at = index.indexOf(feature);
      if (at !== -1) odds += weightAt[at] as number;
    }
    return odds;
  };
}

export function trainDangerModel(
  examples: readonly LabelledText[],
  reading: ModelReading = asWritten,
): DangerModel {
  return dangerModelOf(compact(learnDangerWeights(examples, reading)), reading);
}

/** The files the place reader depends on, for the key of a model trained without places. */
const placesFiles = async (): Promise<string[]> => [
  ...(await codeFiles(["geo"])),
  ...GEO_FILES.map((file) => join(DEFAULT_GEO_DIR, file)),
];

/**
 * The model over the training sets in `nluDir`, the need writers' dangers and the catalogue's
 * examples, kept between runs (training took 130-180 ms of each start). The key covers the
 * training files' contents, the need sets' (`labelledPrint`, `labelledFilesPrint` of `nluDir`:
 * the dangers are chosen from them, and start-up hashes them once for this model and the need
 * models) and the danger test sets', the examples used and the code that reads, learns and
 * stores them (this folder, the NLU tokenizer and the cache), so an edited development set or
 * example trains again. With `reading` (the places left out), the key covers the geo reader's
 * code and files too.
 */
export async function loadDangerModel(
  nluDir: string,
  catalogue: Catalogue,
  dangerIntent: string,
  labelledPrint: string,
  cacheDir?: string,
  reading?: ModelReading,
): Promise<DangerModel> {
  const files = DANGER_TRAINING_SETS.map((file) => join(nluDir, file));
  const examples = catalogueExamples(catalogue, dangerIntent);
  const key = createHash("sha256")
    .update(await fingerprint(PROJECT_ROOT, await codeFiles(["cache", "nlu", "safety"])))
    .update(reading ? await fingerprint(PROJECT_ROOT, await placesFiles()) : "as written")
    .update(await fingerprint(nluDir, files))
    .update(labelledPrint)
    // The need writers' dangers that a test set says are left out (needWritersDangers).
    .update(
      await fingerprint(
        nluDir,
        DANGER_SETS.test.map((file) => join(nluDir, file)),
      ),
    )
    .update(JSON.stringify(examples))
    .digest("hex")
    .slice(0, 24);
  const learn = async () => {
    const sets = await Promise.all(files.map((file) => loadDangerSet(file)));
    const told = await needWritersDangers(nluDir, dangerIntent);
    return stored(compact(learnDangerWeights([...sets.flat(), ...told, ...examples], reading)));
  };
  return dangerModelOf(
    await cachedDerivation("danger-model", key, learn, {
      restore: restored,
      ...(cacheDir === undefined ? {} : { dir: cacheDir }),
    }),
    reading ?? asWritten,
  );
}
