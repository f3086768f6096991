import type { Classification, Ranking } from "./decision.js";
import { HOME_CARER_INTENT, OPERATOR_INTENT } from "./need.js";
import type { ReadWord } from "./reading.js";
import { STORY_CONFIDENCE } from "./story.js";

/**
 * Starts of the words that name a person who nurses or cares for someone at home, in the
 * languages the bot reads, as the reader gives them (lower case, no accents): nurse, carer,
 * badante. Refused («no necesita una enfermera», «їй не потрібна медсестра»), they refuse the
 * carer, whom the model alone cannot tell from a nurse: a nurse is no WeMi need of its own.
 */
const CARE_PERSON = [
  "badant",
  "бадант",
  // it, en
  "infermier",
  "nurse",
  "carer",
  "caregiver",
  // es, pt
  "enfermer",
  "enfermeir",
  "cuidador",
  // ro
  "asistent",
  "ingrijitoar",
  "infirmier",
  // uk, ru
  "медсестр",
  "медбрат",
  "сиделк",
  "доглядальниц",
  // fr
  "infirmi",
  "soignant",
  // ar: nurse, with the article or a preposition written on the word
  "ممرض",
  "الممرض",
  "لممرض",
];

/** The needs a message refuses outright: the carer (refusesCarer), the person to speak with. */
export const refusedOutright = (carer: boolean, person: boolean): string[] => [
  ...(carer ? [HOME_CARER_INTENT] : []),
  ...(person ? [OPERATOR_INTENT] : []),
];

/** Words of a refusal that name only whom («need a nurse», «nevoie de asistenta»). */
const PLAIN_REFUSAL = 3;

// Made once, not per call: see read-words.ts.
const isCarePerson = ({ word }: ReadWord) => {
  for (const start of CARE_PERSON) if (word.startsWith(start)) return true;
  return false;
};
const namesCarePerson = (words: readonly ReadWord[]) => words.some(isCarePerson);
const notNegated = (w: ReadWord) => !w.negated;
const askedIn = (segment: readonly ReadWord[]) => segment.filter(notNegated);

/**
 * Whether the message refuses a nurse or a carer and asks for none: «she doesn't need a
 * nurse, she is alone all day» is no request for a carer; «non un'infermiera, una badante» is.
 */
export function refusesCarer(
  segments: readonly (readonly ReadWord[])[],
  refused: readonly (readonly ReadWord[])[],
): boolean {
  const asked = segments.map(askedIn);
  // A care person refused with more said of them («I don't want a full-time carer, just a
  // couple of hours») refuses that kind only, as the model's reading of a refusal above.
  const plainly = refused.filter((words) => words.length <= PLAIN_REFUSAL);
  return plainly.some(namesCarePerson) && !asked.some(namesCarePerson);
}

/**
 * A need the message refuses by name («I don't need a carer, but cleaning and someone for the
 * kids») is never offered: not among «Intendevi…?»'s guesses, not as the second need. What a
 * refusal names is read plainly, alone, and counts only when that reading is sure of one need
 * (as sure as a story's sentence must be), so a refusal that names none («non sono io che ho
 * bisogno») takes nothing away; a nurse or a carer refused refuses the carer (refusesCarer),
 * and a person to speak with refused («je ne veux pas parler à quelqu'un», «non voglio essere
 * richiamato»: ReadWords.personRefused) the person. The need understood stays the model's; only
 * a reading or a guess that is the carer or the person refused is dropped for the other guesses
 * («not a full-time carer, a few hours» is sure).
 */
export function withoutRefused(
  decision: Classification,
  /** Rankings of what the message refuses, its negated words read plainly. */
  refused: readonly Ranking[],
  /** Needs refused outright, whatever the model read: the carer, the person (see above). */
  outright: readonly string[] = [],
): Classification {
  const notAsked = new Set(
    refused.flatMap((r) => {
      if (r.knownWords > PLAIN_REFUSAL) return [];
      const top = r.ranked[0];
      return top !== undefined && top.confidence >= STORY_CONFIDENCE ? [top.intent] : [];
    }),
  );
  for (const intent of outright) notAsked.add(intent);
  // A message read as no need keeps its guesses, unless one is refused outright.
  if (notAsked.size === 0 || (decision.intent === null && outright.length === 0)) return decision;
  const alternatives = decision.alternatives.filter((a) => !notAsked.has(a.intent));
  const { also: _also, ...rest } = decision;
  if (decision.intent !== null && outright.includes(decision.intent))
    return {
      ...rest,
      intent: null,
      confidence: alternatives[0]?.confidence ?? 0,
      ambiguous: alternatives.length > 0,
      alternatives,
    };
  const dropAlso = decision.also !== undefined && notAsked.has(decision.also);
  if (alternatives.length === decision.alternatives.length && !dropAlso) return decision;
  return { ...(dropAlso ? rest : decision), alternatives };
}
