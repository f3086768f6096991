import type { Classification } from "./decision.js";

/** Greetings and thanks ("ciao", "grazie"): said around a need, never one. */
export const GREETING_INTENT = "saluto";

/**
 * Danger (violence, self-harm, a collapse, acute distress): answered first with 112 and 1522,
 * never turned into a need by a story's words (src/safety reads it before any need).
 */
export const DANGER_INTENT = "emergenza";

/** Work wanted ("cerco lavoro come badante"): never one's own job only told. */
export const JOB_INTENT = "lavoro";

/** A person who cares for someone at home (the badante), whom a nurse refused refuses too. */
export const HOME_CARER_INTENT = "badante";

/** The need of a domestic helper (colf): housework, whose undone state a story may tell. */
export const DOMESTIC_HELP_INTENT = "colf";

/** A nanny or babysitter for children at home. */
export const BABYSITTER_INTENT = "babysitter";

/** What WeMi is and where its spaces are: asked by «just the address» too, right after an answer. */
export const WEMI_INFO_INTENT = "info_wemi";

/** A call from a WeMi operator, asked for in so many words. */
export const OPERATOR_INTENT = "operatore";

/** Support for the families of disabled people: groups and activities of their own. */
export const DISABILITY_INTENT = "disabilita";

/**
 * Needs of a family that hires someone in the home: the worker who offers the same trade uses
 * their words («lavoro come colf… cerco altra famiglia, sono brava a stirare»: cleaning,
 * ironing).
 */
export const HIRING: ReadonlySet<string> = new Set([
  DOMESTIC_HELP_INTENT,
  HOME_CARER_INTENT,
  BABYSITTER_INTENT,
]);

/** The need a reading leans to, sure or not: its intent, else its first guess; null for none. */
export function leaningIntent(
  reading: Pick<Classification, "intent" | "alternatives">,
): string | null {
  return reading.intent ?? reading.alternatives[0]?.intent ?? null;
}

/** Whether a reading confidently names a need: not out of scope, not unsure, not a greeting. */
export function namesNeed(reading: Pick<Classification, "intent" | "ambiguous">): boolean {
  return reading.intent !== null && !reading.ambiguous && reading.intent !== GREETING_INTENT;
}
