import { basename } from "node:path";
import {
  LEARNS_FROM_OLDER_WRITERS,
  type LearntLines,
  labelledFilesPrint,
  learntLines,
  linesLearntFrom,
  NLU_DATA,
  NO_NEED_LINE_WEIGHT,
  trainsTheModel,
} from "./dataset.js";

/**
 * The older outside writers of the eleven other languages (`dev-languages.jsonl` to
 * `dev-languages-25.jsonl`, sessions 3 to 27) whose lines the model of every language learns
 * from beside the catalogue's examples, as the Italian and English model can learn from
 * TRAINING_WRITERS (dataset.ts): readings written from one writer's lines moved that writer
 * and no sealed one (data/nlu/README.md, session 36). The newest ten (`-26` on) never train:
 * they chose the model and calibrate its thresholds, as writers it never saw.
 */
export const LANGUAGE_TRAINING_WRITERS = /^dev-languages(-([2-9]|1\d|2[0-5]))?\.jsonl$/;

/** Whether a development file's lines train the model of every language. */
export const trainsEveryLanguageModel = (file: string): boolean =>
  LANGUAGE_TRAINING_WRITERS.test(basename(file));

/**
 * Whether the shipped model of every language learns from LANGUAGE_TRAINING_WRITERS. Off,
 * though on the ten writers it never saw it read 71 more needs right over three seeds (3,062
 * → 3,133 of 3,195) with one false need fewer (55 → 54 of 726; five older writers left out of
 * its training: 19 more right, 3 more false): switched on, seven of test/nlu's stories in
 * other languages were read otherwise, four of them as another need (data/nlu/README.md,
 * session 37). With thresholds recalibrated for it on the writers it does not learn from
 * (session 38), twelve stories fail (second needs and short requests lost) and the left-out
 * writers lose 9 needs for 2 false ones fewer. Session 39: at the objective's bar (0.40–0.50,
 * or 0.32 learning to `-30`) the newest writer reads more needs and fewer false ones, but four
 * stories still fail (an Arabic second need lost, a carer for company, two Sinhala refusals
 * asked about): on, those stories are to be read first.
 */
export const EVERY_LANGUAGE_LEARNS_FROM_OLDER_WRITERS = false;

/**
 * How much those writers' lines of no need count, as the told class (model.ts): twice a
 * catalogue example. At a quarter (the Italian and English weight) or at one the unseen
 * writers' lines of no need were taken for needs more often than by the catalogue alone
 * (55 → 58 at one, three seeds), needs read right the same (session 37).
 */
export const LANGUAGE_NO_NEED_LINE_WEIGHT = 2;

/** Whether a development file calibrates the other languages' thresholds: every one that does not train. */
export const calibratesEveryLanguage = (file: string): boolean =>
  !(EVERY_LANGUAGE_LEARNS_FROM_OLDER_WRITERS && trainsEveryLanguageModel(file));

/** The lines of LANGUAGE_TRAINING_WRITERS the model of every language learns from. */
export const loadLanguageTrainingLines = (dir: string = NLU_DATA) =>
  linesLearntFrom(trainsEveryLanguageModel, LANGUAGE_NO_NEED_LINE_WEIGHT, dir);

/** What each of the two models learns from beyond the catalogue. */
export interface WritersLearnt {
  /** The Italian and English model (dataset.ts, TRAINING_WRITERS). */
  readonly home?: LearntLines;
  /** The model of every other language (LANGUAGE_TRAINING_WRITERS). */
  readonly everyLanguage?: LearntLines;
}

/**
 * The older writers' lines both models of a data folder learn from, when switched on, keyed
 * by the labelled files' print, hashed once for both (about 150 files): `print` when the
 * caller has it (start-up hashes them once for these and the danger model), else hashed here.
 */
export async function writersLearntIn(
  dir: string = NLU_DATA,
  print?: string,
): Promise<WritersLearnt> {
  if (!LEARNS_FROM_OLDER_WRITERS && !EVERY_LANGUAGE_LEARNS_FROM_OLDER_WRITERS) return {};
  print ??= await labelledFilesPrint(dir);
  return {
    home: LEARNS_FROM_OLDER_WRITERS
      ? learntLines(print, "", trainsTheModel, NO_NEED_LINE_WEIGHT, dir)
      : undefined,
    everyLanguage: EVERY_LANGUAGE_LEARNS_FROM_OLDER_WRITERS
      ? learntLines(
          print,
          " languages",
          trainsEveryLanguageModel,
          LANGUAGE_NO_NEED_LINE_WEIGHT,
          dir,
        )
      : undefined,
  };
}
