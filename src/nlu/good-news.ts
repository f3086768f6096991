/**
 * Good news about a need ("la badante di papà è una donna d'oro", "we used the meal service
 * last winter, it was fine"): a message that ends on it, and says no trouble, asks nothing.
 */
import { DIFFICULTY } from "./difficulty.js";
import {
  GOING_WELL_ELSEWHERE,
  GOING_WELL_OTHER_READING,
  TURNS_ELSEWHERE,
} from "./language-cues.js";
import { negateSegment } from "./negation.js";
import { normalizeText, wordsOf } from "./normalize.js";
import { standardWords } from "./regional.js";

/**
 * Words of things going well. Only a message that asks nothing, says no trouble and turns on
 * no "ma"/"but" reads as satisfied: "è bravissima ma torna in Romania" still needs someone.
 */
const GOING_WELL =
  /^(bene|benissimo|brav[oaie]|bravissim[oaie]|content[oaie]|contentissim[oaie]|felic[ei]|felicissim[oaie]|soddisfatt[oaie]|ottim[oaie]|ottimamente|bellissim[oaie]|interessant[ei]|splendid[oaie]|meraviglios[oaie]|fantastic[oaie]|perfett[oaie]|oro|adora|adorano|piace|piacciono|rinat[oaie]|divertit[oaie]|orgoglios[oaie]|orgogliosissim[oaie]|volentieri|meglio|dolcissim[oaie]|gentilissim[oaie]|simpaticissim[oaie]|accoglient[ei]|finalmente|finally|great|better|loved|loves|happy|brilliant|wonderful|lovely|amazing|fantastic|excellent|perfect|interesting|enjoyed|enjoys|blast|proud|angel|angelo|approvat[oaie]|accolt[oaie]|concess[oaie]|approved|granted|painless|sorted)$/;
/** "It was fine", "she's doing well": English "fine" and "well" after a verb of being. */
const BEING = new Set("is was are were s am doing going all".split(" "));
const FINE = new Set(["fine", "well"]);
/**
 * Trouble told beside good news: the need may be real ("sta bene ma è sempre da sola"). A wish
 * ("le farebbe bene uscire") is one too, and so is a child's clumsiness ("è impacciata").
 */
export const TROUBLE =
  /^(stanc|esaust|paur|impacciat|goff[oaie]$|maldestr|clums|preoccup|dimentic|cad[eu]|peggior|malat|problem|difficil|difficolt|purtropp|sol[oa]$|alone|lonely|tired|exhaust|scared|afraid|worr|forget|forgot|fell$|falls?$|worse|sick|ill$|problem|difficult|struggl|unfortunately|anymore|tropp|too$)|[a-z]{2,}ebber?o?$/;

const CONTRAST = new Set("ma pero però but however though tranne except invece".split(" "));
const NOTHING_ELSE: ReadonlySet<string> = new Set();

/**
 * Whether a word turns the message («ma», «but»). `notTurning`: the words that are another word
 * in the message's language, when it is known (French «ma mère», Romanian «mă ocup»).
 */
export const turnsAt = (word: string, notTurning: ReadonlySet<string> = NOTHING_ELSE): boolean =>
  CONTRAST.has(word) && !notTurning.has(word);

/**
 * Whether a message's plain words (plainWords) name a trouble, a difficulty or a turn: what a
 * message that only tells (a service had, a role, a diagnosis) must not hold to be no request.
 */
export const tellsOfTrouble = (
  plain: string,
  notTurning: ReadonlySet<string> = NOTHING_ELSE,
): boolean =>
  plain
    .split(" ")
    .some((word) => TROUBLE.test(word) || DIFFICULTY.test(word) || turnsAt(word, notTurning));

/**
 * Coping, said as how things go now: «è dura ma ce la stiamo facendo», «we're managing». Not
 * the refused «non ce la facciamo più», which the negation in front of it rules out.
 */
const COPING =
  /(?<!\b(?:non|nun|not) )\b(?:ce la (?:stiamo|sto|sta|stanno) facendo|ce la (?:caviamo|cavo)|(?:we|i) (?:re|are|m|am) (?:managing|coping|getting by))\b/u;

/** Where a message turns: what follows the last turn is how it ends. */
const TURN = new RegExp(
  `\\s(?:ma|però|pero|but|however|though|invece|instead|tranne|except|${TURNS_ELSEWHERE.join("|")})\\s`,
  "gu",
);

/**
 * Whether the message ends on good news and no trouble: "è dislessico ma va benissimo a scuola"
 * does, "è bravissima ma a giugno torna in Romania" and "sta bene, però è sempre sola" do not.
 * `otherReading`: read by the model of every language, where GOING_WELL_OTHER_READING's words
 * tell good news too.
 */
export function endsWell(lowered: string, otherReading = false): boolean {
  // «he's doing fine with it now though»: a «though» that ends the message turns to nothing.
  const turn = [...` ${lowered} `.matchAll(TURN)].findLast(
    (t) => wordsOf(normalizeText(` ${lowered} `.slice(t.index + t[0].length))).length > 0,
  );
  const end = turn === undefined ? lowered : ` ${lowered} `.slice(turn.index + turn[0].length);
  const tokens = standardWords(wordsOf(normalizeText(end)));
  const { negated } = negateSegment(tokens);
  // «vuole imparare meglio l'italiano», «wants to get better at it»: what is wished is not yet so.
  const wished = tokens.findIndex(wishes);
  const good = tokens.some(
    (t, i) =>
      !negated[i] &&
      (wished === -1 || i < wished) &&
      (GOING_WELL.test(t) ||
        GOING_WELL_ELSEWHERE.has(t) ||
        (otherReading && GOING_WELL_OTHER_READING.has(t)) ||
        (FINE.has(t) && BEING.has(tokens[i - 1] as string)) ||
        // "va alla grande", "sta alla grande": going great.
        (t === "grande" && tokens[i - 1] === "alla")),
  );
  const coping = COPING.test(tokens.join(" "));
  return (good || coping) && !tokens.some(namesTrouble);
}

/** Wanting, of oneself or another: «vuole», «vogliono», «vorrebbe», «desidera», «wants». */
const WISHING = /^(vuol|vogli|vorreb|desider|want)/;
/** Made once, not per call: see read-words.ts. */
const wishes = (t: string) => WISHING.test(t);
const namesTrouble = (t: string) => TROUBLE.test(t);
