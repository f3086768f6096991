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
 * A message's words read as standard ones: each regional word, and Lombard «de per lee» («da
 * sola»), whose words one by one («of», «for», «her») say nothing of living alone.
 */
export function standardWords(words: readonly string[]): string[] {
  const read: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const alone = words[i] === "de" && words[i + 1] === "per" ? words[i + 2] : undefined;
    if (alone !== undefined && Object.hasOwn(BY_ONESELF, alone)) {
      read.push("da", BY_ONESELF[alone] as string);
      i += 2;
    } else read.push(standardWord(words[i] as string));
  }
  return read;
}
