import type { Classification, Ranking } from "./decision.js";
import { plainWords, turnedTo } from "./told-need.js";

/** What WeMi is, what it offers in general, or where its spaces are. */
export const WEMI_INFO_INTENT = "info_wemi";

/** Not having understood, told as such: «non ho capito bene», «I have no idea what». */
const NOT_UNDERSTOOD =
  /\b(?:non (?:ho|abbiamo) (?:ancora )?capito|no idea what|not sure what|(?:don|didn) t (?:really )?(?:understand|get) what|non capisco (?:bene )?(?:cosa|che cosa|come))\b/u;

/** WeMi named, or the ones written to: «questi spazi del Comune», «cosa fate», «what you do». */
const WEMI_NAMED = /\b(?:wemi|fate|offrite|siete|spazi del comune|you do|you offer|you are)\b/u;

/**
 * WeMi heard of and not understood («Mi hanno parlato di questo WeMi… ma non ho capito bene»,
 * «A colleague mentioned WeMi… I have no idea what it is exactly») asks what WeMi is, though the
 * story of who told them, and of the family it was told for, spreads the model over the needs it
 * names. Over every Italian and English development line, the 16 that say both are all asking
 * what WeMi is. Taken where the model refused the message or was unsure, and counts it among its
 * best needs.
 */
export function asWemiAsked(decision: Classification, ranking: Ranking): Classification {
  if (decision.intent !== null && !decision.ambiguous) return decision;
  const plain = plainWords(decision.text);
  if (!NOT_UNDERSTOOD.test(plain) || !WEMI_NAMED.test(plain)) return decision;
  return turnedTo(decision, ranking, WEMI_INFO_INTENT, undefined);
}
