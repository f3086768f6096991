/** Regional and dialect words read as standard ones (the lexicon: regional-words.ts). */
import { REGIONAL } from "./regional-words.js";

/**
 * The standard word for a regional one, or the word itself (an own entry only: "constructor"
 * is no regional word, whatever a plain object's prototype says).
 */
const standardWord = (word: string): string =>
  Object.hasOwn(REGIONAL, word) ? (REGIONAL[word] as string) : word;

/** Whom Lombard «de per» ("by oneself") is said of: «la sta de per lee», «semm de per nun». */
const BY_ONESELF: Readonly<Record<string, string>> = {
  lee: "sola",
  lei: "sola",
  le: "sola",
  lu: "solo",
  lui: "solo",
  mi: "solo",
  nun: "soli",
  lor: "soli",
};

/**
 * The North's negations that follow the verb: Lombard «minga», Piedmontese «nen», Emilian
 * «brisa» («la pö minga stà», «a peul pi nen fé», «an magna brisa»), and Lombard «pü», which
 * alone says «non… più» («la riess pü a fà la spesa»). Italian puts «non» before the verb,
 * where reading looks for what a negation covers or what has become hard; what the word
 * leaves after the verb is kept («più»). Not «gh'è minga…?»: «isn't there…?» asks, and
 * «non» left after «è» covers nothing.
 */
const AFTER_THE_VERB: Readonly<Record<string, readonly string[]>> = {
  minga: [],
  nen: [],
  brisa: [],
  pu: ["piu"],
};
/** What may stand between a verb and a negation after it: «pü», «pi» (more), «mai», «ancora». */
const BETWEEN_VERB_AND_NEGATION = new Set(["piu", "pi", "mai", "ancora"]);

/** Puts «non» before the verb that ends `read`, unless one is there already. */
function negateVerb(read: string[]): void {
  let verb = read.length - 1;
  while (verb > 0 && BETWEEN_VERB_AND_NEGATION.has(read[verb] as string)) verb--;
  if (read[verb - 1] !== "non") read.splice(verb, 0, "non");
}

/**
 * A message's words read as standard ones: each regional word, a negation after the verb put
 * before it, and Lombard «de per lee» («da sola»), whose words one by one («of», «for»,
 * «her») say nothing of living alone.
 */
export function standardWords(words: readonly string[]): string[] {
  const read: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const alone = word === "de" && words[i + 1] === "per" ? words[i + 2] : undefined;
    if (alone !== undefined && Object.hasOwn(BY_ONESELF, alone)) {
      read.push("da", BY_ONESELF[alone] as string);
      i += 2;
    } else if (Object.hasOwn(AFTER_THE_VERB, word) && read.length > 0 && read.at(-1) !== "e") {
      negateVerb(read);
      read.push(...(AFTER_THE_VERB[word] as readonly string[]));
    } else read.push(standardWord(word));
  }
  return read;
}
