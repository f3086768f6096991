import { tokenize } from "../nlu/normalize.js";

// Short function words that tell the two catalogue languages apart in a sentence.
const ENGLISH = new Set(
  "my me the an is are am to for of and with need want looking help please my mother father son daughter can you who where how what do does".split(
    " ",
  ),
);
const ITALIAN = new Set(
  "io mi mio mia il lo la le gli un una uno sono per di da con che non ho ha cerco vorrei serve aiuto madre padre figlio figlia come dove chi cosa".split(
    " ",
  ),
);

/**
 * The catalogue language a message is written in (its examples are kept per language):
 * English or Italian by their common words; the reader's language when it is a tie.
 */
export function guessLanguage(text: string, fallback: "it" | "en"): "it" | "en" {
  let english = 0;
  let italian = 0;
  for (const word of tokenize(text)) {
    if (ENGLISH.has(word)) english++;
    if (ITALIAN.has(word)) italian++;
  }
  if (english === italian) return fallback;
  return english > italian ? "en" : "it";
}
