/**
 * What the story readers share (carer.ts, ageing.ts, childcare.ts, learner.ts): a message's
 * words as they read them, and the step that turns a reading to the need a story tells.
 */
import { ALTERNATIVES, type Classification, type Ranking } from "./decision.js";
import { DANGER_INTENT } from "./need.js";
import { normalizeText } from "./normalize.js";

/** A message's words, accents, apostrophes and marks gone: «I've», «co' cui» read as words. */
export const plainWords = (text: string): string =>
  normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, " ");

/**
 * The reading turned to the need a story's words tell (`intent`), when the model counts it among
 * its best needs; sure of it, as sure as the reading it turns (the dialogue weighs a story's
 * whole reading against its opening's by this, as for a job search read from a trade).
 */
export function turnedTo(
  decision: Classification,
  ranking: Ranking,
  intent: string,
  also: string | undefined,
): Classification {
  if (decision.intent === DANGER_INTENT || (decision.intent === intent && !decision.ambiguous))
    return decision;
  if (!ranking.ranked.slice(0, ALTERNATIVES).some((r) => r.intent === intent)) return decision;
  return {
    text: decision.text,
    intent,
    confidence: decision.confidence,
    alternatives: ranking.ranked.filter((r) => r.intent !== intent).slice(0, ALTERNATIVES),
    ambiguous: false,
    ...(also === undefined || also === intent ? {} : { also }),
  };
}
