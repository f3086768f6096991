import { matchAt, occursIn, type Phrase } from "../language/phrases.js";

/**
 * Phrases looked up by their first word: the detector reads every message against several
 * hundred cues, and trying each cue at each word made a long story cost ~14 ms. Here a word
 * only wakes the cues that can start with it (exactly, or by a written prefix such as
 * `picchi*`); cues that start with a gap or a negation are tried everywhere, as before.
 */
export function indexPhrases<T>(
  entries: ReadonlyArray<{ readonly phrase: Phrase; readonly value: T }>,
): (words: readonly string[]) => T[] {
  const exact = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const anywhere: number[] = [];
  const add = (map: Map<string, number[]>, key: string, entry: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [entry]);
    else if (list.at(-1) !== entry) list.push(entry);
  };
  entries.forEach(({ phrase }, entry) => {
    const first = phrase.steps[0];
    if (first?.kind !== "words") {
      anywhere.push(entry);
      return;
    }
    for (const alternative of first.alternatives) {
      const word = alternative.words[0] as string;
      add(alternative.prefixes[0] ? prefixes : exact, word, entry);
    }
  });
  /** The values of every phrase found in the words, in the order they were given. */
  return (words) => {
    const found = new Set<number>();
    const tryAt = (entry: number, at: number) => {
      if (
        !found.has(entry) &&
        matchAt(words, (entries[entry] as { phrase: Phrase }).phrase, at) >= 0
      )
        found.add(entry);
    };
    for (const [at, word] of words.entries()) {
      for (const entry of exact.get(word) ?? []) tryAt(entry, at);
      for (let length = 1; length <= word.length; length++)
        for (const entry of prefixes.get(word.slice(0, length)) ?? []) tryAt(entry, at);
    }
    for (const entry of anywhere)
      if (!found.has(entry) && occursIn(words, (entries[entry] as { phrase: Phrase }).phrase))
        found.add(entry);
    return [...found].sort((a, b) => a - b).map((entry) => (entries[entry] as { value: T }).value);
  };
}
