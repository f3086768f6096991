/**
 * «Necesito una empleada doméstica y también una niñera», «no puede hacer la compra ni
 * cocinar»: in the languages the model of every language reads, a bare noun or verb after «y
 * también» or «ni» is too weak alone to be a second need (their examples ask in whole
 * sentences: «niñera» alone is babysitter 0.46, «cocinar» meals 0.10). The piece after borrows
 * what the piece before said of it, its asking («necesito») or its inability («no puede»), so
 * that, read alone, it says what the citizen meant. Italian and English pieces borrow nothing:
 * their model reads a bare «babysitter» or «cucinare» surely.
 */
import type { OtherWords } from "./negation-languages.js";

/**
 * The content words a piece lends to the one joined after it: from the negation to the verb
 * of being able when it says what has become hard (`from`, see hardFrom), else its words of
 * asking that nothing refuses.
 */
export function lentWords(
  tokens: readonly string[],
  refused: (i: number) => boolean,
  from: number,
  other: OtherWords,
  isContent: (word: string) => boolean,
): string[] {
  if (from !== -1) {
    const able = tokens.findIndex((t, i) => i > from && other.ableNow.has(t));
    return able === -1 ? [] : tokens.slice(from, able + 1).filter(isContent);
  }
  return tokens.filter((t, i) => other.wanting(t) && !refused(i) && isContent(t));
}
