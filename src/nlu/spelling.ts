/**
 * Typo repair against the training vocabulary: a word the model never saw is replaced by a
 * known word one deletion, insertion, substitution or adjacent swap away (the symmetric
 * delete method). natural's Spellcheck does this too but takes ~0.7 s a word; this index
 * answers in microseconds.
 */
const MIN_LENGTH = 5;

function deletions(word: string): string[] {
  const result: string[] = [];
  for (let i = 0; i < word.length; i++) result.push(word.slice(0, i) + word.slice(i + 1));
  return result;
}

export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly byDeletion = new Map<string, string>();

  constructor(vocabulary: Iterable<string>) {
    this.known = new Set(vocabulary);
    // Frequent-first would be nicer, but ties are rare in a few thousand words and the
    // first-seen choice keeps the result deterministic.
    for (const word of this.known) {
      if (word.length < MIN_LENGTH - 1) continue;
      for (const key of [word, ...deletions(word)]) {
        if (!this.byDeletion.has(key)) this.byDeletion.set(key, word);
      }
    }
  }

  correct(word: string): string {
    if (word.length < MIN_LENGTH || this.known.has(word)) return word;
    for (const key of [word, ...deletions(word)]) {
      const match = this.byDeletion.get(key);
      if (match !== undefined && Math.abs(match.length - word.length) <= 1) return match;
    }
    return word;
  }
}
