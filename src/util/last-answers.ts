/**
 * A pure function of a text whose last `size` answers are kept: the readers of one message ask
 * for the same few texts (the message, its pieces, its clauses) one after another, and the next
 * messages push them out. A ring of texts searched by equality, not a Map: most look-ups find a
 * text a few places back, or none of a dozen short strings, and nothing is hashed or allocated.
 */
export function lastAnswers<T>(size: number, compute: (text: string) => T): (text: string) => T {
  const texts: string[] = [];
  const answers: T[] = [];
  let next = 0;
  return (text) => {
    const kept = texts.indexOf(text);
    if (kept !== -1) return answers[kept] as T;
    const answer = compute(text);
    texts[next] = text;
    answers[next] = answer;
    next = (next + 1) % size;
    return answer;
  };
}
