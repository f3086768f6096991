/**
 * A need told as over: a story of several sentences whose need is told in the past and whose
 * last sentence says how things are now, well («Mio padre si è rotto il femore a marzo. Adesso
 * cammina di nuovo», «Last winter my aunt had meals delivered. She cooks on her own now and
 * does not need them anymore»). It asks for nothing: at most the citizen is asked «Intendevi…?».
 */
import type { Classification } from "./decision.js";
import { endsWell, tellsOfTrouble } from "./good-news.js";
import { normalizeText, wordsOf } from "./normalize.js";
import { standardWords } from "./regional.js";
import { hasPast } from "./telling.js";
import { NEGATION, offeredOnly } from "./told-need.js";

/** Where a sentence ends; a question mark leaves the message to the model (it asks). */
const SENTENCE_END = /[.!…;\n]+/u;

/** The need told as gone: «non ci serve più», «non ne ha più bisogno», «no longer needs it». */
const NO_LONGER_NEEDED =
  /\b(?:non (?:ci |gli |le |mi |ne )?(?:serv\w*|occorr\w*) piu|non (?:ne )?(?:abbiamo|ha|hanno|ho) piu bisogno|no longer (?:need|needs|needed|uses?)|(?:do|does|did) not need (?:it|them|her|him|us|anyone) any ?more)\b/u;

/**
 * What was lost is back: «cammina di nuovo», «si è ripreso», «back on his feet», «recovered».
 * «Di nuovo» and «again» only after a verb of doing: «è di nuovo in ospedale» is trouble again.
 */
const REGAINED =
  /\b(?:(?:cammin\w*|guid\w*|cucin\w*|esce|escono|lavor\w*|gioc\w*|nuot\w*|walk\w*|driv\w*|cook\w*|work\w*|play\w*|swim\w*)(?: \w+){0,2}? (?:di nuovo|again)|back on (?:his|her|their|my|our) feet|back to normal|recuperat\w*|ripres[oaie]|guarit[oaie]|recovered|healed)\b/u;

/**
 * Doing a thing on one's own again, after a verb of doing: «cucina da sola», «cooks by herself».
 * Living alone («vive da sola») is no such thing: it is a worry (alone.ts), so it is not here.
 */
const ON_ONES_OWN =
  /\b(?:cucin\w*|cammin\w*|esce|guid\w*|lava|veste|cooks?|walks?|drives?|manages?|goes out|dresses|washes)(?: \w+){0,3}? (?:da sol[oaie]|on (?:his|her|their|my|our) own|by (?:himself|herself|themselves|myself|ourselves))\b/u;

/** Told long ago or for a while: «l'anno scorso», «due anni fa», «last winter», «for years». */
const TIME_AGO =
  /\b(?:l anno scorso|(?:\w+ )?(?:anni|mesi|settimane) fa|last (?:year|month|week|winter|summer|spring|autumn)|(?:years|months|weeks) ago|per \w+ anni|for \w+ years)\b/u;

/**
 * A past the reading's hasPast leaves out, being short or irregular: «lo abbiamo usato», «è stata
 * operata», «si era rotta», «the service delivered».
 */
const SHORT_PAST =
  /\b(?:ho|ha|abbiamo|hanno|e|sono|siamo|era|erano)(?: \w+)? (?:[a-z]{2,}(?:at|it|ut)[oaie]|stat[oaie]|rott[oaie]|mort[oaie]|fatt[oaie])\b|\b[a-z]{3,}ed\b/u;

/**
 * Anything taken as fine («va bene qualsiasi cosa, anche fare un corso», «qualunque lavoro»): a
 * worker's or a newcomer's readiness, not things going well.
 */
const ANYTHING_TAKEN = /\b(?:va|vanno) bene (?:\w+ )?(?:qualsiasi|qualunque)\b/u;

const wordsIn = (sentence: string) => standardWords(wordsOf(normalizeText(sentence)));

/** Whether the last sentence says things are well now, and names no trouble left. */
function endsResolved(last: string, words: readonly string[]): boolean {
  const plain = words.join(" ");
  // What says all is well may also hold words that alone tell a trouble («da sola», «anymore»).
  const rest = plain.replace(NO_LONGER_NEEDED, " ").replace(ON_ONES_OWN, " ");
  // Any negation left once the need told as gone is set aside: the end still says something missing.
  const troubled = NEGATION.test(rest) || tellsOfTrouble(rest);
  if (troubled || ANYTHING_TAKEN.test(plain)) return false;
  return (
    NO_LONGER_NEEDED.test(plain) ||
    REGAINED.test(plain) ||
    ON_ONES_OWN.test(plain) ||
    endsWell(last)
  );
}

/**
 * Whether a message of several sentences tells its need as over: a sentence before the last in
 * the past (or told as long ago), and the last one says things are well now (endsResolved).
 * The caller checks that the message asks nothing.
 */
export function toldResolved(text: string): boolean {
  const lowered = text.normalize("NFKC").toLowerCase();
  if (lowered.includes("?")) return false;
  const sentences = lowered.split(SENTENCE_END).filter((sentence) => /\p{L}/u.test(sentence));
  const last = sentences.pop();
  if (last === undefined || sentences.length === 0) return false;
  // The end first: most stories end on what is wrong, and the sentences before are not read.
  if (!endsResolved(last, wordsIn(last))) return false;
  return sentences.some((sentence) => {
    const words = wordsIn(sentence);
    const plain = words.join(" ");
    return hasPast(words) || TIME_AGO.test(plain) || SHORT_PAST.test(plain);
  });
}

/**
 * A story that asks nothing and tells its need as over is no request: the need read is offered
 * as «Intendevi…?», first among the alternatives.
 */
export function asResolved(decision: Classification, asksNothing: boolean): Classification {
  if (!asksNothing || decision.intent === null) return decision;
  if (!toldResolved(decision.text)) return decision;
  return offeredOnly(decision);
}
