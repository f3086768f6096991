/**
 * What has become hard for someone: "non riesce più a cucinare", "she can not do the shopping",
 * "fa fatica a vestirsi", "non cucina più". In a story that asks nothing, the sentence that says
 * it carries the need ("mia mamma ha 88 anni, è caduta… non riesce più a cucinare": meals),
 * which the rest of the story (age, a fall, living alone) would turn to a carer.
 */
import { isBetween } from "./negation.js";
import { NO_OTHER_WORDS, type OtherWords } from "./negation-languages.js";

/**
 * Words saying something has become hard or has stopped ("è impossibile", "fa fatica", "has
 * stopped cooking"): like a negated verb of being able, they tell a need without asking.
 */
export const DIFFICULTY =
  /^(impossibil|difficil|fatic|stent|smess|impossible|difficult|struggl|unable|stopped)/;

const NEGATION = new Set(["non", "not", "never"]);
/**
 * Being able, said now: "non riesce", "non può" (typed «po», as the North says it), "is not
 * able", "can not manage". Not the past
 * ("non riusciva più", told of a need already met) nor knowing ("non so a chi rivolgermi").
 */
const ABLE_NOW =
  /^(riesc[eo]|riescono|riusciamo|puo|po|possono|posso|able|manage|manages|cope|copes)$/;
/** "Non ce la fa più": "fa" after "ce la" is managing, not doing. */
const MANAGING = new Set(["fa", "faccio", "fanno", "facciamo"]);
/** "Non cucina più", "does not cook anymore": what someone no longer does. */
const NO_LONGER = new Set(["piu", "anymore"]);
/** Made once, not per call: see read-words.ts. */
const meansNoLonger = (t: string) => NO_LONGER.has(t);
/** Not knowing is no difficulty of the one cared for: "non so più come fare". */
const KNOWING = new Set(["so", "sa", "sappiamo", "sanno", "know", "knows"]);
/** The imperfect and the participle ("non riusciva più a cucinare"): told of before. */
const BEFORE = /(?:[aei]v(?:a|o|i|ano|amo|ate)|[aiu]t[oaie])$/;
/** Wanting is not being able: "non mi serve più" refuses a need (negation.ts). */
const WANTING = /^(serv|cerc|vogli|vuol|vorr|bisogn|occorr|interess|need|want|look)/;

/**
 * Where a piece of a message starts saying what has become hard: the negation of being able
 * ("mia nonna | non riesce più a cucinare"), so that who it is about and since when weigh
 * nothing, or the piece's start for a word of difficulty ("carrying bags up is impossible",
 * «去超市买菜提不动»);
 * -1 when it says nothing of the kind.
 */
export function hardFrom(
  tokens: readonly string[],
  negated: readonly boolean[],
  other: OtherWords = NO_OTHER_WORDS,
): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if ((DIFFICULTY.test(token) || other.unable.has(token)) && !negated[i]) return 0;
    // The North's «no» before the verb («me mare no la pol pi», «no riesse»): only with a
    // verb of being able, as a bare «no» answers or refuses (another language's «no» is its own).
    const northern = token === "no" && !other.negations.has(token);
    if (!northern && !NEGATION.has(token) && !other.negatesAt(tokens, i)) continue;
    // English puts the verb of being able first: "she can not do the shopping".
    if (tokens[i - 1] === "can") return i - 1;
    let j = i + 1;
    while (j < tokens.length && isBetween(tokens[j] as string, other) && tokens[j] !== "piu") j++;
    const head = tokens[j];
    if (northern) {
      if (head !== undefined && ABLE_NOW.test(head)) return i;
      continue;
    }
    // Before the past's endings: Romanian «poate» (can) ends like a participle.
    if (head !== undefined && other.ableNow.has(head)) return i;
    if (
      head === undefined ||
      WANTING.test(head) ||
      other.wanting(head) ||
      KNOWING.has(head) ||
      BEFORE.test(head)
    )
      continue;
    if (head === "piu" || ABLE_NOW.test(head)) return i;
    if (MANAGING.has(head) && tokens[j - 1] === "la" && tokens[j - 2] === "ce") return i;
    if (tokens.slice(j + 1, j + 4).some(meansNoLonger)) return i;
    // «Ya no camina», «теперь совсем не ходит», «nu mai gătește», «il ne cuisine plus»: «no
    // longer» before the negation, between it and the verb, or after the verb.
    let before = i;
    while (before > 0 && isBetween(tokens[before - 1] as string, other)) before--;
    const near = [...tokens.slice(Math.max(before - 1, 0), i), ...tokens.slice(i + 1, j + 4)];
    if (near.some((t) => other.noLonger.has(t))) return i;
  }
  return -1;
}
