/**
 * A child's learning disorder told with when or how it was found, and nothing else: «Mio figlio
 * è dislessico, l'abbiamo scoperto in terza elementare», «My daughter has dyscalculia, runs in
 * the family apparently». The disorder's name makes the model read the need for a study method;
 * told in one sentence with no trouble, no request and no question, the family tells its story
 * and asks for none, so the need is only offered as «Intendevi…?». A story that goes on to the
 * homework, the tears or the school («…a gennaio gli hanno certificato la dislessia. I compiti
 * sono una guerra») is several sentences or names a trouble, and keeps its need.
 */
import type { Classification } from "./decision.js";
import { tellsOfTrouble } from "./good-news.js";
import { isOneSentence } from "./telling.js";
import { NEGATION, offeredOnly, plainWords } from "./told-need.js";

const LEARNING_DISORDER =
  /\b(?:disless\w*|discalcul\w*|disgrafi\w*|disortografi\w*|dsa|dyslex\w*|dyscalcul\w*|dysgraph\w*)\b/u;

/**
 * When or how it was found, or that the family shares it: «l'abbiamo scoperto tardi», «was
 * diagnosed last year», «runs in the family», «my husband is dyslexic and so is our son».
 */
const HOW_IT_WAS_FOUND =
  /\b(?:(?:l |lo |la )?(?:abbiamo|hanno) scopert[oa]|(?:e|sono) stat[oa] (?:diagnosticat|certificat)\w*|(?:gli|le) hanno (?:diagnosticato|certificato)|(?:was|were|got) (?:diagnosed|certified)|(?:we|they) found out|runs in the family|e di famiglia|e ereditari\w*|and so (?:is|are|am|was|do|does) (?:his|her|their|our|my|i|he|she)\b|anche (?:suo|sua|mio|mia|nostr\w*) (?:\w+ )?(?:lo|la) e|like (?:his|her|their) (?:dad|father|mum|mom|mother))\b/u;

/** What the disorder costs the child at school and at home: the need, told. */
const SCHOOL_TROUBLE =
  /\b(?:compit\w*|homework|studi\w*|study\w*|piang\w*|lacrim\w*|tears|crying|cries|guerra|incubo|nightmare|indietro|behind|odia|hates)\b/u;

/** Whether the message tells a learning disorder and how it was found, in one quiet sentence. */
export function toldDiagnosis(text: string): boolean {
  if (text.includes("?") || !isOneSentence(text)) return false;
  const plain = plainWords(text);
  if (!LEARNING_DISORDER.test(plain) || !HOW_IT_WAS_FOUND.test(plain)) return false;
  // Any negation left: «non l'avevamo capito», «nobody noticed» tell more than a finding.
  if (NEGATION.test(plain) || SCHOOL_TROUBLE.test(plain)) return false;
  return !tellsOfTrouble(plain);
}

/** A diagnosis told, nothing asked: the need read is offered as «Intendevi…?». */
export function asDiagnosisTold(decision: Classification, asksNothing: boolean): Classification {
  if (!asksNothing || decision.intent === null || !toldDiagnosis(decision.text)) return decision;
  return offeredOnly(decision);
}
