import type { Classification, Ranking } from "./decision.js";
import { JOB_INTENT } from "./need.js";
import { plainWords, turnedTo } from "./told-need.js";
import { toldWorkFound } from "./work.js";

/** Someone who looks after the children at home: a babysitter, a nanny. */
export const CHILDCARE_INTENT = "babysitter";

/** One's children, named or told by age: «mia figlia», «i gemelli», «our daughter is two». */
const CHILDREN =
  /\b(?:figli[oa]?|bambin[oaie]|bimb[oaie]|gemelli|piccol[oa]|neonat\w*|(?:my|our|the) (?:son|daughter|kids?|children|twins|toddler|baby|boy|girl)|toddler|twins|\d+ year old|(?:ha|hanno) \d+ (?:e \d+ )?anni)\b/u;
/**
 * The hours the children are left without someone: the one who kept them no longer can («mia
 * suocera ci dava una mano ma…», «my neighbour helped until now», «la ragazza che li teneva»), the
 * nursery closes before work ends («il nido chiude alle 16»), nobody to leave them with, a
 * sitter who let them down, no family in a new city, no work done with a child at home;
 * in English too, the nursery's hour («the nursery closes at 4»), the favours the family lives on
 * («relying on favours from neighbours»), neither parent home in time, no family («we don't have
 * any family here»).
 */
const NOBODY_FOR_THEM =
  /\b(?:a chi lasciar\w*|(?:daycare|day care|nursery|school|kindergarten|preschool|club) (?:closes|finishes|ends|lets out) (?:at|before)|favou?rs from (?:the )?(?:neighbou?rs|friends)|neither of us (?:is|gets) (?:home|back)|(?:don t|do not) have (?:any )?(?:family|relatives|grandparents) (?:here|nearby|in milan)|(?:nobody|no one|noone) to (?:leave|look after|watch|mind)|(?:asilo|nido|scuola|materna) (?:chiude|finisce|esce)|(?:ci|mi)? ?dava una mano|(?:helped|took them|took her|took him|looked after them)[\w ]{0,25}(?:until now|but)|(?:until now|fino ad ora|finora)(?: \w+){0,3} (?:accompagnava|teneva|guardava|prendeva|aiutava|helped|took|looked after|minded)|che (?:li|la|lo) (?:teneva|tenevano|guardava)|who (?:minded|looked after|watched|took care of) (?:them|her|him)|(?:ci|mi) ha dato buca|can t get anything done|can not (?:get anything done|work with)|cannot work with|non riesco a lavorare|don t (?:know|have) anyone|non conosciamo nessuno|no family here|nessuno qui)\b/u;

/**
 * A parent's children left without someone for some hours (see asChildcare), in a message as
 * plainWords gives it.
 */
export const toldChildrenUnminded = (plain: string): boolean =>
  CHILDREN.test(plain) && NOBODY_FOR_THEM.test(plain);

/**
 * A parent's story of children left without someone («I work shifts… my daughter is 5… my
 * neighbour helped until now», «il nido chiude alle 16 e io esco alle 18») is about a
 * babysitter, though its words of work lean the model to looking for work, or leave it below
 * the bar. Taken where the model refused the message, was unsure, or read a job search the
 * message never asks for (a job seeker's «cerco lavoro, l'asilo chiude alle 16» keeps work),
 * and counts a babysitter among its best needs.
 */
export function asChildcare(
  decision: Classification,
  ranking: Ranking,
  unminded: boolean,
  seeksWork: boolean,
): Classification {
  if (!unminded) return decision;
  const readAsWork = decision.intent === JOB_INTENT && !seeksWork;
  if (decision.intent !== null && !decision.ambiguous && !readAsWork) return decision;
  // Work just found («I've just been offered part-time work», «I just started working»): no job
  // search is left, however sure the model's, so where it read work or refused, the children are
  // the need wherever it ranks them.
  const workFound =
    (readAsWork || decision.intent === null) && toldWorkFound(plainWords(decision.text));
  const reach = workFound ? ranking.ranked.length : undefined;
  return turnedTo(decision, ranking, CHILDCARE_INTENT, undefined, reach);
}
