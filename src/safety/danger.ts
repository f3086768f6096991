import { z } from "zod";
import { loadPerLanguage } from "../language/lexicon.js";
import { compilePhrase, occursIn, type Phrase } from "../language/phrases.js";
import type { Classification } from "../nlu/index.js";
import { tokenize } from "../nlu/normalize.js";

/**
 * Someone may be in danger now: the bot answers with 112 and 1522 before anything else, never
 * with "I can't help" or a did-you-mean menu. Recognised by cue phrases written per language
 * (locales/<lang>/danger.yaml), read on every message in every language: a citizen writing
 * Italian in an English chat is still heard.
 */
export const DANGER_KINDS = ["violence", "self_harm", "collapse", "distress"] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

const phrases = z.array(z.string().trim().min(1)).optional();

/**
 * One language's cues, by kind of danger, and `over`: phrases telling that a collapse is
 * over ("she fainted last year, now she is fine"). They never silence violence or thoughts
 * of suicide, which stay dangerous when told in the past.
 */
export const dangerCuesSchema = z.strictObject({
  violence: phrases,
  self_harm: phrases,
  collapse: phrases,
  distress: phrases,
  over: phrases,
});
export type DangerCues = z.infer<typeof dangerCuesSchema>;

export interface DangerSignal {
  readonly kind: DangerKind;
  /** The cue that matched, as written in its file (for logs and the evaluation). */
  readonly cue: string;
}

export type DangerDetector = (text: string) => DangerSignal | null;

/** The intent (intents/emergenza.yaml) that teaches the classifier danger the cues miss. */
export const DANGER_INTENT = "emergenza";

/**
 * The classifier's reading means danger only when it is sure of emergenza: unsure, it also
 * picked "mia madre è sola" (on the development sets, 6 false alarms in 597 ordinary messages
 * against 1 when sure). The cues come first anyway; this catches what they miss.
 */
export function classifiedAsDanger(classification: Classification): boolean {
  return classification.intent === DANGER_INTENT && !classification.ambiguous;
}

/** A detector over every language's cues; throws on a cue that cannot be read. */
export function createDangerDetector(
  cuesByLanguage: Readonly<Record<string, DangerCues>>,
): DangerDetector {
  const cues: Array<{ kind: DangerKind; phrase: Phrase }> = [];
  const over: Phrase[] = [];
  for (const [language, byKind] of Object.entries(cuesByLanguage)) {
    const compile = (kind: string, source: string) => {
      try {
        return compilePhrase(source);
      } catch (error) {
        throw new Error(`danger cues (${language}, ${kind}): ${(error as Error).message}`);
      }
    };
    for (const kind of DANGER_KINDS)
      for (const source of byKind[kind] ?? []) cues.push({ kind, phrase: compile(kind, source) });
    for (const source of byKind.over ?? []) over.push(compile("over", source));
  }
  return (text) => {
    const words = tokenize(text);
    const past = over.some((phrase) => occursIn(words, phrase));
    const found = cues.find(
      (cue) => !(past && cue.kind === "collapse") && occursIn(words, cue.phrase),
    );
    return found ? { kind: found.kind, cue: found.phrase.source } : null;
  };
}

/** The detector over every language's locales/<lang>/danger.yaml. */
export function loadDangerDetector(localesDir: string): DangerDetector {
  return createDangerDetector(loadPerLanguage(localesDir, "danger.yaml", dangerCuesSchema));
}
