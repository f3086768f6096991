import type { Classification, Ranking } from "./decision.js";
import { STORY_CONFIDENCE } from "./story.js";

/**
 * A need the message refuses by name («I don't need a carer, but cleaning and someone for the
 * kids») is never offered: not among «Intendevi…?»'s guesses, not as the second need. What a
 * refusal names is read plainly, alone, and counts only when that reading is sure of one need
 * (as sure as a story's sentence must be), so a refusal that names none («non sono io che ho
 * bisogno») takes nothing away. The need understood stays the model's: only the offers change.
 */
export function withoutRefused(
  decision: Classification,
  /** Rankings of what the message refuses, its negated words read plainly. */
  refused: readonly Ranking[],
): Classification {
  const notAsked = new Set(
    refused.flatMap((r) => {
      if (r.knownWords > 3) return [];
      const top = r.ranked[0];
      return top !== undefined && top.confidence >= STORY_CONFIDENCE ? [top.intent] : [];
    }),
  );
  if (notAsked.size === 0 || decision.intent === null) return decision;
  const alternatives = decision.alternatives.filter((a) => !notAsked.has(a.intent));
  const dropAlso = decision.also !== undefined && notAsked.has(decision.also);
  if (alternatives.length === decision.alternatives.length && !dropAlso) return decision;
  const { also: _also, ...rest } = decision;
  return { ...(dropAlso ? rest : decision), alternatives };
}
