/**
 * A need told, not asked, beyond a service had (in-place.ts): whose the need is and when says
 * that it is met. Two shapes: the provider is the one the sentence is about — the family's
 * worker («our nanny starts her holiday tomorrow», «la badante di mia zia è bravissima») or
 * someone who does a provider's work («my neighbour does the grocery run for three old ladies»,
 * «my aunt is a carer for her husband», «mio papà fa ancora volontariato») — or a procedure is
 * told as gone through («la pratica di invalidità è andata a buon fine», «all sorted»). The need's
 * words are there, so the model reads a need; nothing asks, wants, refuses, lacks or turns, so
 * the teller asks for none. Decided after the model, as in-place.ts is: no feature, no retraining.
 */
import type { Classification } from "./decision.js";
import { saysNothingMissing, WORKER } from "./in-place.js";
import { offeredOnly, plainWords } from "./told-need.js";

/** One's own, a relative's or anyone's: «our», «la nostra», «my mum's» (plainWords: «mum s»). */
const WHOSE = "(?:my|our|his|her|their|mia|mio|nostra|nostro|sua|suo|\\w+ s)";

/** The family's worker opening a sentence: «our nanny…», «la nostra colf…», «la badante di mia zia…». */
const WORKER_TOLD = new RegExp(
  `^(?:(?:la|il|lo|the) )?(?:${WHOSE} (?:\\w+ s )?(?:\\w+ )?${WORKER}|${WORKER} (?:di|del|della) ${WHOSE} \\w+) \\w+`,
  "u",
);

/** People outside one's household, and one's own, who may do a provider's work for others. */
const PEOPLE =
  "(?:vicin[ao]|collega|amic[ao]|cugin[ao]|zi[ao]|suocer[ao]|cognat[ao]|papa|mamma|padre|madre|fratello|sorella|neighbou?r|colleague|friend|cousin|aunt|uncle|dad|mum|mom|brother|sister)";

/**
 * Someone who does a provider's work, told as what they do: «my neighbour does the grocery
 * run», «my colleague helps out the social custodian», «my aunt is a carer», «mio papà fa
 * ancora volontariato». What a person has or is («mia zia ha 90 anni», «my aunt is 85») is not.
 */
const PROVIDER_TOLD = new RegExp(
  `^(?:(?:la|il|lo|the) )?(?:mia|mio|my|our|nostra|nostro) ${PEOPLE} (?:\\w+ ){0,5}?(?:does the|helps out|volunteers|works as|is a ${WORKER}|fa (?:ancora |anche )?(?:(?:il|la|lo|l) ${WORKER}|volontariato)|lavora come|aiuta (?:il|la|i|le))\\b`,
  "u",
);

/**
 * A procedure told as gone through: «è andata a buon fine», «tutto approvato», «le hanno
 * riconosciuto il 100%», «it got approved», «all sorted»; in Tagalog the ISEE or the 730 done
 * («nag-ISEE na»: the completed prefix typed apart, then «na», already), in Romanian one done
 * every year («soacra mea face ISEE in fiecare an»). Here, after the model: as a past word of the
 * reading (locales/tl) «nag» moved the model on three unrelated lines.
 */
const GONE_THROUGH =
  /\b(?:andat[ao] a buon fine|approvat[aoie]|riconosciut[aoie]|accolt[ao]|tutto (?:a posto|risolto|sistemato)|(?:was|got|been|is) (?:approved|accepted|granted|sorted)|all sorted|nag (?:isee|730) na|(?:face|fac|facem) (?:\w+ )?(?:isee|730)(?: \w+)? (?:in )?fiecare an)\b/u;

/** Wanting, needing or leaving: the worker told may be the need («la mia badante vuole…», «…is leaving»). */
const WANTING_OR_LEAVING =
  /\b(?:vuol\w*|vorreb\w*|want\w*|would|need\w*|bisogno|serv(?:e|ono|irebbe|irebbero)|cerc\w*|looking|torna\w*|partit\w*|parte|andata via|se n e andat\w*|lascia\w*|leaving|left|quit\w*|going back|moving|licenzi\w*)\b/u;

/** Where a sentence ends: the provider opens one of them. */
const SENTENCE_END = /[.!…;]+/u;

/**
 * Whether a message tells of a need met by whose it is or how it went, and says nothing
 * missing, hard, wanted or turning: the caller checks that it asks nothing.
 */
export function toldNotAsked(text: string): boolean {
  if (text.includes("?")) return false;
  const plain = plainWords(text);
  if (!saysNothingMissing(plain) || WANTING_OR_LEAVING.test(plain)) return false;
  if (GONE_THROUGH.test(plain)) return true;
  return text.split(SENTENCE_END).some((sentence) => {
    const opening = plainWords(sentence);
    return WORKER_TOLD.test(opening) || PROVIDER_TOLD.test(opening);
  });
}

/**
 * A message that asks nothing and tells a need met is no request: the need read is offered as
 * «Intendevi…?», first among the alternatives.
 */
export function asToldNotAsked(decision: Classification, asksNothing: boolean): Classification {
  if (!asksNothing || decision.intent === null) return decision;
  if (!toldNotAsked(decision.text)) return decision;
  return offeredOnly(decision);
}
