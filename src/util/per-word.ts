/** How many words a word reader keeps the answers of, unless told (perWord): a few hundred KB at most. */
const WORDS_KEPT = 20_000;

/**
 * A word reader that keeps its answers: the readers ask it the same words again and again (each
 * piece, each model, a message whole and without its places, and the next citizens' messages),
 * and each answer was worked out anew (a pattern of every language's stems or endings, a typo
 * look-up). The answer must be a pure function of the word, so that a kept one is the reader's;
 * forgotten all at once past `wordsKept`, so citizens' words do not grow it for ever. An answer
 * that is an object (the typo look-up's words) is handed to every caller that asks the word, so
 * it is frozen when kept: a caller that edited it would change the next caller's answer, and
 * now throws instead (modules run in strict mode). Freezing costs once per word read, not per
 * question.
 */
export function perWord<T>(
  read: (word: string) => T,
  wordsKept = WORDS_KEPT,
): (word: string) => Readonly<T> {
  const kept = new Map<string, Readonly<T>>();
  return (word) => {
    const answer = kept.get(word);
    if (answer !== undefined || kept.has(word)) return answer as Readonly<T>;
    if (kept.size >= wordsKept) kept.clear();
    const fresh = Object.freeze(read(word));
    kept.set(word, fresh);
    return fresh;
  };
}
