import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../config/paths.js";

const probability = z.number().min(0).max(1);

/** Decision thresholds, calibrated on the development set by `npm run calibrate`. */
export const thresholdsSchema = z.strictObject({
  minConfidence: probability,
  ambiguityMargin: probability,
  suggestConfidence: probability,
  /** A segment's own confidence above which its need is offered as a second one. */
  alsoConfidence: probability.optional(),
  /**
   * The same for a segment joined by a word that adds («y también una niñera»): a second need
   * said outright; absent, alsoConfidence.
   */
  joinedAlsoConfidence: probability.optional(),
  /**
   * The confidence a message that only tells ("la tata di mia nipote è bravissima": a verb of
   * telling, no request, question or inability) needs to be taken as a need; absent, the
   * same as any message.
   */
  statementConfidence: probability.optional(),
  /**
   * A rejected message whose out-of-scope probability is at most this is surely about a need,
   * only not sure which ("cerco una persona per mia madre"): it is asked about («Intendevi…?»).
   */
  suggestOutOfScope: probability.optional(),
  /**
   * How sure a need must be beside a word of what WeMi does not serve (the reading's
   * "elsewhere" cue: "dog sitter", "il mio bar"); absent, 0.8. Those words are Italian and
   * English, and ordinary words in other languages (Albanian «tim» is "my", Romanian «cât»
   * "how much"): the other languages' model sets 0, no bar beyond its own.
   */
  elsewhereConfidence: probability.optional(),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

export const thresholdsFileSchema = z.object({
  thresholds: thresholdsSchema,
  calibratedOn: z.string(),
  devMetrics: z.record(z.string(), z.number()),
});
export type ThresholdsFile = z.infer<typeof thresholdsFileSchema>;

export const THRESHOLDS_FILE = join(PROJECT_ROOT, "data", "nlu", "thresholds.json");
/**
 * Thresholds of the model that reads every other language (src/nlu/index.ts), calibrated on
 * the development set in those languages: its probabilities are spread over more examples and
 * languages than the Italian and English model's, so the same numbers do not mean the same.
 */
export const LANGUAGE_THRESHOLDS_FILE = "thresholds-languages.json";

export async function loadThresholds(file: string = THRESHOLDS_FILE): Promise<Thresholds> {
  const parsed = thresholdsFileSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data.thresholds;
}

/** The every-language model's thresholds, or `fallback` when they were never calibrated. */
export async function loadLanguageThresholds(
  dir: string,
  fallback: Thresholds,
): Promise<Thresholds> {
  try {
    return await loadThresholds(join(dir, LANGUAGE_THRESHOLDS_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return fallback;
    throw error;
  }
}
