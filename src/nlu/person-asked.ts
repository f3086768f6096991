/**
 * A person asked for in so many words: a number to call, someone to ring back, a real person
 * to speak with («is there a phone number I can call instead?», «can someone ring me?», «mi
 * richiamate?», «voglio parlare con una persona vera», «put me through to a human»; not «sei un
 * robot o una persona vera?»).
 * Writers of every set ask it this way while the model, which learnt it from fewer words,
 * leaves it below the bar.
 */
import type { Classification, Ranking } from "./decision.js";
import { OPERATOR_INTENT } from "./need.js";
import { plainWords, turnedTo } from "./told-need.js";

const PERSON_ASKED =
  /\b(?:(?:a|the|your|un|il) (?:phone|telephone|contact) number|number (?:i|we) (?:can|could) (?:call|ring|phone)|numero (?:di telefono|(?:\w+ ){0,2}(?:da|per) chiamare)|(?:ring|call|phone) me|call me back|richiamat\w*|chiamatemi|mi (?:puo|potete|possono) (?:chiamare|telefonare)|(?:telefonate|chiamate) me|con (?:una |un )?persona vera|(?:to|with) (?:a |an )?(?:real|actual) person|(?:to|with) (?:a |an )?(?:real |actual )?human|(?:put|get) me through|connect me (?:to|with))\b/u;

/**
 * A call asked about something named in the same sentence («call me on … about the football
 * results», «chiamatemi … per sapere a che ora chiude il supermercato») is asked for that
 * subject: it decides the need, and one WeMi does not offer is none.
 */
const CALL_ABOUT =
  /\b(?:call|ring|phone|chiamat\w*|richiamat\w*|telefonat\w*)\b[^.?!\n]*\b(?:about|regarding|riguardo|a proposito|per sapere|per chiedere)\b/u;

/**
 * A refused or unsure reading of a message that asks for a person is the person to talk to,
 * however low the model ranks it; a need read surely is kept (the person is offered with it
 * elsewhere), and so is a message that asks nothing WeMi does («assistenza caldaia, qualcuno
 * ha un numero?»: ReadWords.satisfied).
 */
export function asPersonAsked(
  decision: Classification,
  ranking: Ranking,
  asksNothingWemiDoes: boolean,
): Classification {
  if (asksNothingWemiDoes || (decision.intent !== null && !decision.ambiguous)) return decision;
  // Already offered, first or beside a need («una badante, ma preferisco parlarne al telefono»).
  if (decision.intent === OPERATOR_INTENT || decision.also === OPERATOR_INTENT) return decision;
  if (!PERSON_ASKED.test(` ${plainWords(decision.text)} `)) return decision;
  if (CALL_ABOUT.test(decision.text.toLowerCase())) return decision;
  return turnedTo(decision, ranking, OPERATOR_INTENT, undefined, ranking.ranked.length);
}
