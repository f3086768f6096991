import { loadPerLanguage } from "../language/lexicon.js";
import { compilePhrase, type Phrase } from "../language/phrases.js";
import { loadGreetings } from "../language/replies.js";
import type { PlaceSpans } from "../nlu/places.js";
import { createCueIndex, type Greetings } from "./cue-index.js";
import { type DangerCues, dangerCuesSchema } from "./danger-cues.js";
import type { DangerModel } from "./danger-model.js";
import type { DangerSignal, DangerVerdict } from "./kinds.js";
import { createVerdict } from "./verdict.js";

/**
 * Someone may be in danger now: the bot answers with 112 and 1522 before anything else, never
 * with "I can't help" or a did-you-mean menu. Recognised by cue phrases written per language
 * (locales/<lang>/danger.yaml), read on every message in every language: a citizen writing
 * Italian in an English chat is still heard. The cues are found by cue-index.ts, silenced by
 * silencing.ts, told apart as a request's background by gentle.ts, and judged with the model
 * by verdict.ts.
 */
export { classifiedAsDanger, DANGER_INTENT, unlessSilenced } from "./classified.js";
export { cueId } from "./cue-index.js";
export { type DangerCues, dangerCuesSchema } from "./danger-cues.js";
export type { DangerKind, DangerSignal, DangerVerdict } from "./kinds.js";
export { wordsAfterTurn } from "./sentences.js";

/**
 * Reads one message: a signal when someone may be in danger. `verdict` gives the signal and
 * whether the message is silenced from one reading (a detector without it silences nothing).
 */
export type DangerDetector = ((text: string) => DangerSignal | null) & {
  /** `places`: the places this update has read in the text (the model reads it without them). */
  readonly verdict?: (text: string, places?: PlaceSpans) => DangerVerdict;
  /** The cues found in a message, alarms and framings alike, as `cueId` names them. */
  readonly cuesIn?: (text: string) => string[];
};

export function readDanger(
  detector: DangerDetector,
  text: string,
  places?: PlaceSpans,
): DangerVerdict {
  return detector.verdict?.(text, places) ?? { signal: detector(text), silenced: false };
}

/** A message's verdict with the text it was read from. */
export interface DangerReading {
  readonly text: string;
  readonly verdict: DangerVerdict;
}

/**
 * A text's verdict, read once per update: the reading already made of this text (the safety
 * feature's, on the update's context), else a fresh one.
 */
export function verdictFor(
  text: string,
  kept: DangerReading | undefined,
  detector: DangerDetector,
  places?: PlaceSpans,
): DangerVerdict {
  return kept?.text === text ? kept.verdict : readDanger(detector, text, places);
}

/**
 * A detector over every language's cues, then the model (when given) for what the cues miss;
 * throws on a cue that cannot be read. Phrases that silence the cues silence the model too.
 * `greetings` may open a call for help that is otherwise alone («ciao aiuto», «hola, ayuda»).
 */
export function createDangerDetector(
  cuesByLanguage: Readonly<Record<string, DangerCues>>,
  model?: DangerModel,
  compile: (source: string) => Phrase = compilePhrase,
  greetings: Greetings = {},
): DangerDetector {
  const findCues = createCueIndex(cuesByLanguage, compile, greetings);
  const verdict = createVerdict(findCues, model);
  return Object.assign((text: string) => verdict(text).signal, {
    verdict,
    cuesIn: (text: string) => findCues(text).all.map((f) => f.cue.id),
  });
}

/**
 * The detector over every language's locales/<lang>/danger.yaml, and the model if given;
 * `compile` may remember the compiled cues between runs (withCachedPhrases).
 */
export function loadDangerDetector(
  localesDir: string,
  model?: DangerModel,
  compile?: (source: string) => Phrase,
): DangerDetector {
  const cues = loadPerLanguage(localesDir, "danger.yaml", dangerCuesSchema);
  return createDangerDetector(cues, model, compile, loadGreetings(localesDir));
}
