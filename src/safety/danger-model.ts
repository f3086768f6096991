import { join } from "node:path";
import type { Catalogue } from "../catalogue/load.js";
import { tokenize } from "../nlu/normalize.js";
import { loadDangerSet } from "./evaluate.js";

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

/** The log-odds, for one message, that it tells of danger. */
export type DangerModel = (text: string) => number;

/**
 * Chosen on the development sets: at this log-odds the model added 12 of the 26 dangers the
 * cues missed in danger-dev-3.jsonl (13 of 16 in danger-dev-5.jsonl) before either joined
 * its training, with 1–2 false alarms in the 373 ordinary messages of dev.jsonl and
 * dev-hard.jsonl (data/nlu/README.md); at 3 those were 5, at 6 it added 11 of 16.
 */
export const DANGER_MODEL_ODDS = 4;

/**
 * The labelled danger messages the model learns from (data/nlu): the development sets, never
 * the test set.
 */
export const DANGER_TRAINING_SETS = [
  "danger-dev.jsonl",
  "danger-dev-2.jsonl",
  "danger-dev-3.jsonl",
  "danger-dev-4.jsonl",
  "danger-dev-5.jsonl",
] as const;

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

/** Stems cut short (typos and endings weigh less) and pairs of neighbouring stems. */
const STEM = 6;
function features(text: string): Set<string> {
  const stems = tokenize(text).map((word) =>
    word.replace(/(\p{Script=Latin})\1+/gu, "$1").slice(0, STEM),
  );
  const found = new Set(stems);
  for (let i = 0; i + 1 < stems.length; i++) found.add(`${stems[i]} ${stems[i + 1]}`);
  return found;
}

export function trainDangerModel(examples: readonly LabelledText[]): DangerModel {
  const side = () => ({ counts: new Map<string, number>(), features: 0, messages: 0 });
  const danger = side();
  const ordinary = side();
  for (const example of examples) {
    const learned = example.danger ? danger : ordinary;
    learned.messages += 1;
    for (const feature of features(example.text)) {
      learned.counts.set(feature, (learned.counts.get(feature) ?? 0) + 1);
      learned.features += 1;
    }
  }
  const vocabulary = new Set([...danger.counts.keys(), ...ordinary.counts.keys()]).size;
  // Laplace smoothing: a feature one side never saw still has a small chance there.
  const logChance = (learned: ReturnType<typeof side>, feature: string) =>
    Math.log(((learned.counts.get(feature) ?? 0) + 1) / (learned.features + vocabulary));
  const prior = Math.log((danger.messages + 1) / (ordinary.messages + 1));
  return (text) => {
    let odds = prior;
    for (const feature of features(text)) {
      // A word neither side ever saw (a name, a number, a typo) says nothing about danger;
      // smoothing alone would count it for the side with fewer words, danger.
      if (!danger.counts.has(feature) && !ordinary.counts.has(feature)) continue;
      odds += logChance(danger, feature) - logChance(ordinary, feature);
    }
    return odds;
  };
}

/** The model over the training sets in `nluDir` and the catalogue's examples. */
export async function loadDangerModel(
  nluDir: string,
  catalogue: Catalogue,
  dangerIntent: string,
): Promise<DangerModel> {
  const sets = await Promise.all(
    DANGER_TRAINING_SETS.map((file) => loadDangerSet(join(nluDir, file))),
  );
  return trainDangerModel([...sets.flat(), ...catalogueExamples(catalogue, dangerIntent)]);
}
