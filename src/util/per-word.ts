/** How many words a word reader keeps the answers of (perWord): a few hundred KB at most. */
const WORDS_KEPT = 20_000;

/**
 * A word reader that keeps its answers: the readers ask it the same words again and again (each
 * piece, each model, a message whole and without its places, and the next citizens' messages),
 * and each answer was worked out anew (a pattern of every language's stems or endings, a typo
 * look-up). The answer must be a pure function of the word, so that a kept one is the reader's;
 * forgotten all at once past WORDS_KEPT, so citizens' words do not grow it for ever.
 */
export function perWord<T>(read: (word: string) => T): (word: string) => T {
  const kept = new Map<string, T>();
  return (word) => {
    const answer = kept.get(word);
    if (answer !== undefined || kept.has(word)) return answer as T;
    if (kept.size >= WORDS_KEPT) kept.clear();
    const fresh = read(word);
    kept.set(word, fresh);
    return fresh;
  };
}
