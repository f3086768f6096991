import type { Classification, Ranking } from "./decision.js";
import { plainWords, turnedTo } from "./told-need.js";

/** Help with benefits, pensions and tax forms (CAF and patronato). */
export const BENEFITS_DESK_INTENT = "caf_patronato";

/**
 * A pension as money had or claimed, in the other languages as plainWords gives them: «la
 * pensión», «a pensão», «pensia», «пенсію», «пенсия», «pensionin», «pensyon», «退休金», «养老金»,
 * and the Italian «assegno sociale» they borrow. Not being retired, which those languages say
 * apart («jubilado», «pensionar», «la pensie», «на пенсії», «në pension»): that is an older
 * person's free time, not a claim.
 */
const PENSION_CLAIMED =
  /(?<![\p{L}\p{N}])(?:pension|pensiones|pensao|aposentadoria|pensia|pensiei|pensionin|pensyon|пенсію|пенсія|пенсию|пенсия|assegno sociale)(?![\p{L}\p{N}])|退休金|养老金/u;

/**
 * In another language a pension asked about («no sabe si le corresponde la pension de aqui»,
 * «退休金怎么申请？», «不知道能不能拿到退休金») is the CAF's and patronato's, though the years of
 * work told beside it lean the model to work or spread it below the bar. Taken only where the
 * model refused the message or was unsure, with the benefits desk among its best needs. A
 * message that only tells, or tells good news («Вчера мама наконец получила итальянскую пенсию,
 * патронат всё сделал быстро»), asks for nothing.
 */
export function asPensionAsked(
  decision: Classification,
  ranking: Ranking,
  otherLanguage: boolean,
  onlyTold: boolean,
): Classification {
  if (!otherLanguage || onlyTold || (decision.intent !== null && !decision.ambiguous))
    return decision;
  return PENSION_CLAIMED.test(plainWords(decision.text))
    ? turnedTo(decision, ranking, BENEFITS_DESK_INTENT, undefined)
    : decision;
}
