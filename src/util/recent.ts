import { setMostRecent } from "./most-recent.js";

/**
 * One text's remembered results, one per variant it was asked with (a language: the same
 * reply is read with and without its question's language).
 */
interface Remembered {
  readonly variants: string[];
  readonly values: unknown[];
}

/** Variants kept per text: a text is read with one or two; a fifth replaces them all. */
const VARIANTS_PER_TEXT = 4;

/**
 * What a running bot computed from recent texts (tokens, readings, the reply language),
 * remembered: a citizen's dialogue is replayed from its start at every step (the
 * conversations plugin), so the same few texts are read again and again. Citizens' words
 * are in there, so one bot owns one of these (passed in, never module state) and erasure
 * clears it. It is keyed by text, not by chat: erasure clears all of it, and the others'
 * texts are simply computed again.
 *
 * Keyed by the text itself, its variants beside it: a key made of variant and text was a new
 * string at every call, copied and hashed whole before each look-up (a few dozen per update),
 * where the text a message brings keeps its hash once computed.
 */
export class RecentTexts {
  private readonly memos: Map<string, Remembered>[] = [];

  /**
   * A pure function of a text (and a variant, such as a language), remembering the results
   * of its last `size` texts. Results must not be changed by callers.
   */
  remember<T>(
    size: number,
    compute: (text: string, variant: string) => T,
  ): (text: string, variant?: string) => T {
    const recent = new Map<string, Remembered>();
    this.memos.push(recent);
    return (text, variant = "") => {
      const known = recent.get(text);
      const at = known === undefined ? -1 : known.variants.indexOf(variant);
      if (at >= 0) return (known as Remembered).values[at] as T;
      const value = compute(text, variant);
      if (known !== undefined && known.variants.length < VARIANTS_PER_TEXT) {
        known.variants.push(variant);
        known.values.push(value);
      } else setMostRecent(recent, text, { variants: [variant], values: [value] }, size);
      return value;
    };
  }

  /** Whether a result computed from this text is still remembered. */
  holds(text: string): boolean {
    return this.memos.some((memo) => memo.has(text));
  }

  /** Erasure: every remembered text goes (see the class comment). */
  forgetAll(): void {
    for (const memo of this.memos) memo.clear();
  }
}
