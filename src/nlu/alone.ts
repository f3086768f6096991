import type { LivesAlone } from "../catalogue/schema.js";
import { compilePhrase, occursIn } from "../language/phrases.js";
import type { ScoredIntent } from "./decision.js";
import { tokenize } from "./normalize.js";

/**
 * Someone said to live alone («vive da sola», «lives on his own»): a story around it that names
 * no difficulty («my dad is 91 and lives on his own, I work all day and I'm worried») is a
 * worried family's, and deserves «Intendevi…?» with care first, not «I can't help». The cues
 * and the needs offered first are content (intents/_lives_alone.yaml).
 */
export interface AloneReader {
  livesAlone(text: string): boolean;
  /** The needs of an older person living alone first, then the others in their order. */
  careFirst(ranked: readonly ScoredIntent[]): ScoredIntent[];
}

/** With no cues, no story is read as someone living alone. */
export const NOBODY_ALONE: AloneReader = {
  livesAlone: () => false,
  careFirst: (ranked) => [...ranked],
};

export function aloneReader(content: LivesAlone | undefined): AloneReader {
  if (content === undefined) return NOBODY_ALONE;
  const phrases = Object.values(content.cues).flatMap((cues) => (cues ?? []).map(compilePhrase));
  const first = content.offered_first;
  return {
    // Loops, not callbacks made per call: see read-words.ts.
    livesAlone: (text) => {
      const tokens = tokenize(text);
      for (const phrase of phrases) if (occursIn(tokens, phrase)) return true;
      return false;
    },
    careFirst: (ranked) => {
      const care: ScoredIntent[] = [];
      const others: ScoredIntent[] = [];
      for (const r of ranked) (first.includes(r.intent) ? care : others).push(r);
      care.push(...others);
      return care;
    },
  };
}
