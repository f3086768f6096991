import type { Phrase } from "./phrases.js";

/**
 * Typos of the one-word replies («sii», «cetro», «grazei», «thnaks»): a phone keyboard
 * doubles a last letter or swaps two neighbours, and the citizen who typed «cetro» for «certo»
 * got «Su questo non posso aiutarti». Only words that are a reply on their own are repaired,
 * and only in the two ways least likely to make another word: a swap in words of five
 * letters or more (in shorter ones a swap makes real words: «vai» → «via», «nono» → «noon»),
 * and a last letter typed twice («sii», «noo», «okk»).
 */
const MIN_SWAP_LENGTH = 5;

/** The word a typo stands for, built from the phrases of every language's replies. */
export function replyTypos(
  /** Phrases whose words are replies (yes, no, thanks…): their one-word alternatives are repaired. */
  replies: readonly Phrase[],
  /** Every phrase read, fillers too: a word one of them knows is never a typo. */
  all: readonly Phrase[],
): ReadonlyMap<string, string> {
  const known = new Set(
    all.flatMap((phrase) =>
      phrase.steps.flatMap((step) =>
        step.kind === "gap" ? [] : step.alternatives.flatMap((alt) => alt.words),
      ),
    ),
  );
  const typos = new Map<string, string>();
  // A typo two words could stand for stands for neither.
  const ambiguous = new Set<string>();
  const add = (typo: string, word: string) => {
    if (known.has(typo) || ambiguous.has(typo)) return;
    const before = typos.get(typo);
    if (before === undefined) typos.set(typo, word);
    else if (before !== word) {
      typos.delete(typo);
      ambiguous.add(typo);
    }
  };
  for (const word of oneWordReplies(replies)) {
    const letters = [...word];
    add(word + letters.at(-1), word);
    if (letters.length < MIN_SWAP_LENGTH) continue;
    for (let i = 0; i + 1 < letters.length; i++) {
      if (letters[i] === letters[i + 1]) continue;
      const swapped = [...letters];
      [swapped[i], swapped[i + 1]] = [letters[i + 1] as string, letters[i] as string];
      add(swapped.join(""), word);
    }
  }
  return typos;
}

/**
 * The words that are a whole phrase alone («certo», «grazie»; Romanian «da», which only
 * rules out the words after it), not part of a longer one.
 */
function oneWordReplies(phrases: readonly Phrase[]): string[] {
  return phrases.flatMap((phrase) => {
    const [step, ...after] = phrase.steps;
    if (step?.kind !== "words" || after.some((next) => next.kind !== "not")) return [];
    return step.alternatives
      .filter((alt) => alt.words.length === 1 && !alt.prefixes[0])
      .map((alt) => alt.words[0] as string);
  });
}
