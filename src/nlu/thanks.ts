import type { Classification, Ranking } from "./decision.js";
import { GREETING_INTENT } from "./need.js";
import { wordsOf } from "./normalize.js";
import { turnedTo } from "./told-need.js";

/**
 * A message written to thank or to greet: «volevo solo ringraziarvi», «grazie davvero», «vi
 * ringrazio», «volevo solo salutare», «just wanted to say thank you», «thanks so much».
 */
const THANKS =
  /\b(?:volevo (?:solo |soltanto |semplicemente )?(?:ringraziar\w*|dire grazie|salutar\w*)|vi ringrazio|ringraziamo|grazie (?:davvero|di cuore|mille|ancora|infinite|tante)|wanted to (?:say )?(?:thank|thanks|say thanks|say hi|say hello)|thank you so much|thanks so much|many thanks)\b/u;

/** Thanks or a greeting said as the message's purpose, in a message as plainWords gives it. */
export const toldThanks = (plain: string): boolean => THANKS.test(plain);

/** The most words a message of thanks alone has in another language: «muito obrigada, vocês são demais». */
const THANKS_ALONE_WORDS = 6;

/**
 * Thanks in another language's words (locales/<lang>/reading.yaml `thanks`: «mersi mult!!»,
 * «shukran ktir, allah y3tikon el 3afye», «Valeu demais pela ajuda!!») is the message's purpose
 * only in a short message that tells nothing: «ya encontramos niñera gracias a mi cuñada» or
 * «E kemi bërë tashmë ISEE-në, faleminderit» tell a need met (no need), «gracias a Dios» after a
 * story thanks God, not the bot. Those words name no purpose as Italian «volevo solo
 * ringraziarvi» does, so the message itself has to be the thanks.
 */
export const thanksAlone = (
  plain: string,
  tells: boolean,
  thanks: (plain: string) => boolean,
): boolean => !tells && wordsOf(plain).length <= THANKS_ALONE_WORDS && thanks(plain);

/**
 * A message that asks nothing and was written to thank («volevo solo ringraziarvi… mia suocera
 * ha sistemato tutto», «just wanted to say thank you, the lady at the desk was so patient») is a
 * greeting, answered as one, though the story it tells spreads the model below the bar. Taken
 * only where the model refused it and ranks the greeting first: a need beside the thanks leads
 * the ranking, and is asked about as before.
 */
export function asThanks(
  decision: Classification,
  ranking: Ranking,
  words: { readonly thanks: boolean },
): Classification {
  if (decision.intent !== null || ranking.ranked[0]?.intent !== GREETING_INTENT) return decision;
  // Read only here, for a message refused with a greeting first (ReadWords).
  if (!words.thanks) return decision;
  return turnedTo(decision, ranking, GREETING_INTENT, undefined);
}
