import type { Classification } from "../nlu/index.js";
import { DANGER_INTENT } from "../nlu/need.js";

/*
 * Danger as the classifier reads it: the second reader after the cues and the danger model,
 * kept apart from the cue detector (danger.ts), which never sees a classification.
 */

/** The intent (intents/emergenza.yaml) that teaches the classifier danger the cues miss. */
export { DANGER_INTENT };

/**
 * The classifier's reading means danger only when it is sure of emergenza: unsure, it also
 * picked "mia madre è sola" (on the development sets, 6 false alarms in 597 ordinary messages
 * against 1 when sure). The cues come first anyway; this catches what they miss.
 */
export function classifiedAsDanger(classification: Classification): boolean {
  return classification.intent === DANGER_INTENT && !classification.ambiguous;
}

/**
 * The classifier's reading, with emergenza taken back when the danger verdict says the
 * message is silenced (a film about violence, a first-aid course, told as over, a figure of
 * speech, a request for a service): then the message is out of scope, neither danger nor the
 * need emergenza (whose answer is the danger answer). On the development sets 4 of the classifier's 6 false alarms
 * were films and courses the cues had already silenced.
 */
export function unlessSilenced(classification: Classification, silenced: boolean): Classification {
  if (classification.intent !== DANGER_INTENT || !silenced) return classification;
  return {
    ...classification,
    intent: null,
    ambiguous: false,
    alternatives: classification.alternatives.filter((a) => a.intent !== DANGER_INTENT),
  };
}
