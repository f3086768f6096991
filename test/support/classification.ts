import type { Classification } from "../../src/nlu/decision.js";

/**
 * The classifier's decision a story reader is handed: refused (`intent` null), unsure
 * (`ambiguous`) or sure. The text plays no part in the readers' turn, so it is a placeholder.
 */
export function decided(
  intent: string | null,
  ambiguous: boolean,
  confidence = 0.3,
): Classification {
  return { text: "x", intent, confidence, alternatives: [], ambiguous };
}
