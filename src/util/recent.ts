import { setMostRecent } from "./most-recent.js";

/**
 * What a running bot computed from recent texts (tokens, readings, the reply language),
 * remembered: a citizen's dialogue is replayed from its start at every step (the
 * conversations plugin), so the same few texts are read again and again. Citizens' words
 * are in there, so one bot owns one of these (passed in, never module state) and erasure
 * clears it. It is keyed by text, not by chat: erasure clears all of it, and the others'
 * texts are simply computed again.
 */
export class RecentTexts {
  private readonly memos: Map<string, { readonly text: string; readonly value: unknown }>[] = [];

  /**
   * A pure function of a text (and a variant, such as a language), remembering its last
   * `size` results. Results must not be changed by callers.
   */
  remember<T>(
    size: number,
    compute: (text: string, variant: string) => T,
  ): (text: string, variant?: string) => T {
    const recent = new Map<string, { readonly text: string; readonly value: unknown }>();
    this.memos.push(recent);
    return (text, variant = "") => {
      const key = `${variant}\u0000${text}`;
      const known = recent.get(key);
      if (known !== undefined) return known.value as T;
      const value = compute(text, variant);
      setMostRecent(recent, key, { text, value }, size);
      return value;
    };
  }

  /** Whether a result computed from this text is still remembered. */
  holds(text: string): boolean {
    return this.memos.some((memo) => [...memo.values()].some((entry) => entry.text === text));
  }

  /** Erasure: every remembered text goes (see the class comment). */
  forgetAll(): void {
    for (const memo of this.memos) memo.clear();
  }
}
