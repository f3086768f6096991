import type { ScoredIntent } from "./decision.js";

/**
 * Someone said to live alone («vive da solo», «abita da sola», «lives on his own», «living
 * alone»): a story around it that names no difficulty («my dad is 91 and lives on his own, I
 * work all day and I'm worried») is a worried family's, and deserves «Intendevi…?» with care
 * first, not «I can't help».
 */
const LIVES_ALONE =
  /\b(?:vive|abita|sta|vivono|abitano)\s+(?:ancora\s+)?(?:da\s+)?sol[oaie]\b|\b(?:lives?|living|is)\s+(?:still\s+)?(?:on\s+(?:his|her|their)\s+own|alone|by\s+(?:him|her)self)\b/i;

export const livesAlone = (text: string): boolean => LIVES_ALONE.test(text);

/** The needs of an older person living alone, offered first when the story names none. */
const CARE_FOR_ONE_ALONE: readonly string[] = ["badante", "custode_sociale"];

export function careFirst(ranked: readonly ScoredIntent[]): ScoredIntent[] {
  const care = ranked.filter((r) => CARE_FOR_ONE_ALONE.includes(r.intent));
  return [...care, ...ranked.filter((r) => !CARE_FOR_ONE_ALONE.includes(r.intent))];
}
