import type { Classification, Ranking } from "./decision.js";
import { DOMESTIC_HELP_INTENT, HOME_CARER_INTENT, JOB_INTENT } from "./need.js";
import { NEGATION, plainOf, plainWords, turnedTo } from "./told-need.js";
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
 * Both parents at work in the hours a child needs someone, the need never named: the partner's
 * nights or shifts beside the teller's («il mio compagno fa le notti», «mio marito fa i turni pure
 * lui»), both at work at an hour («io e mio marito apriamo il bar alle 6»), a gap told («restiamo
 * scoperti»). Not «we both work», «lavoriamo tutti e due»: a house left dirty is told so, a toddler
 * beside it. Cleaners and carers are told with shifts too, hence YOUNG_CHILD, and asChildcare
 * turns only a message the model refused, was unsure of or read as work.
 */
const BOTH_AT_WORK =
  /\b(?:(?:mio marito|mia moglie|il mio compagno|la mia compagna|my husband|my wife|my partner)(?: \w+){0,6} (?:fa (?:le notti|i turni|il turno)|works? (?:nights|shifts|late)|is on (?:nights|shifts))|restiamo scoperti|(?:io e mio marito|io e mia moglie|my husband and i|my wife and i) (?:apriamo|attacchiamo|facciamo i turni|work (?:nights|shifts)|open))\b/u;
/**
 * A child young enough to need minding: named as one, by the nursery, or by an age under 13 (not
 * CHILDREN's «ha 91 anni», which an older relative's story tells too).
 */
const YOUNG_CHILD =
  /\b(?:bambin[oaie]|bimb[oaie]|(?:il|la) piccol[oa]|toddler|kids|children|(?:my|our) (?:son|daughter|baby)|nido|asilo|daycare|nursery|(?:ha|hanno|is|are) (?:[1-9]|1[0-2])(?: e (?:[1-9]|1[0-2]))? (?:anni|years?))\b/u;

/**
 * A parent's children left without someone for some hours (see asChildcare), in a message as
 * plainWords gives it.
 */
export const toldChildrenUnminded = (plain: string): boolean =>
  (CHILDREN.test(plain) && NOBODY_FOR_THEM.test(plain)) ||
  (BOTH_AT_WORK.test(plain) && YOUNG_CHILD.test(plain));

/**
 * Someone asked to come and mind the children: «una persona che venga a casa a tenere il
 * bambino», «una ragazza che stia con i bambini», «someone to come and look after the kids».
 * Four older writers asked so; the words of a home («venga a casa») leaned the model to a
 * cleaner, or left it unsure (data/nlu/README.md, session 33).
 */
const MINDING_ASKED =
  /\b(?:che (?:venga (?:a casa )?(?:a |ad )?)?(?:tenga|tenere|guardi|guardare|stia con|stare con|badi a|badare a)|(?:someone|somebody|a person|a girl|a lady) (?:to|who (?:can|could|will|would)) (?:come (?:round |over |to the house |home )?(?:and |to )?)?(?:look after|mind|watch|stay with|sit with)) (?:(?:i|il|la|le|lo|mio|mia|miei|mie|nostr\w+|the|my|our) )*(?:bambin\w*|bimb\w*|figli\w*|kids?|children|son|daughter|baby)\b/u;

/** Whether a clause of the message, not negated, asks for someone to mind the children. */
const asksMinding = (text: string): boolean =>
  text.split(/[,.;:!?—]/u).some((clause) => {
    const plain = plainOf(clause);
    const asked = MINDING_ASKED.exec(plain);
    return asked !== null && !NEGATION.test(plain.slice(0, asked.index));
  });

/**
 * A parent's story of children left without someone («I work shifts… my daughter is 5… my
 * neighbour helped until now», «il nido chiude alle 16 e io esco alle 18») is about a
 * babysitter, though its words of work lean the model to looking for work, or leave it below
 * the bar. Taken where the model refused the message, was unsure, or read a job search the
 * message never asks for (a job seeker's «cerco lavoro, l'asilo chiude alle 16» keeps work),
 * and counts a babysitter among its best needs; so is someone asked to mind the children, read
 * as a cleaner or a carer (MINDING_ASKED).
 */
export function asChildcare(
  decision: Classification,
  ranking: Ranking,
  /** The message as read; the children's hours are read only for a need still open (ReadWords). */
  words: { readonly childrenUnminded: boolean; readonly seeksWork: boolean },
): Classification {
  // Minding asked beside a second need («una colf che tenga anche…») keeps both.
  const minding = decision.also === undefined && asksMinding(decision.text);
  const readAsWork = decision.intent === JOB_INTENT && !words.seeksWork;
  // Asked to mind the children, not to clean or to care for an elder, whoever comes home.
  const readAsHome =
    minding && (decision.intent === DOMESTIC_HELP_INTENT || decision.intent === HOME_CARER_INTENT);
  if (decision.intent !== null && !decision.ambiguous && !readAsWork && !readAsHome)
    return decision;
  if (!minding && !words.childrenUnminded) return decision;
  // Work just found («I've just been offered part-time work», «I just started working»): no job
  // search is left, however sure the model's, so where it read work or refused, the children are
  // the need wherever it ranks them.
  const workFound =
    (readAsWork || decision.intent === null) && toldWorkFound(plainWords(decision.text));
  const reach = workFound ? ranking.ranked.length : undefined;
  return turnedTo(decision, ranking, CHILDCARE_INTENT, undefined, reach);
}
