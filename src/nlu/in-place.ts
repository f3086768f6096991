/**
 * A service told as in place: someone has it, gets it, goes to it, has had it done or found it
 * («mio zio prende la pensione di invalidità», «grandpa gets his lunch delivered by the council»,
 * «my brother goes to a support group on Thursdays», «we had our ISEE done last week», «la mia
 * vicina ha trovato la badante in tre giorni»). The need's own words are there, so the model reads
 * a need; the grammar says the teller asks for none: the service is the object of a verb of
 * having in the indicative, and nothing is asked, missing or hard. Decided here, after the model:
 * the reading is no feature, so training does not move with it (the catalogue examples tried in
 * session 23 for these retrained the model and moved more lines than they fixed).
 */
import type { Classification } from "./decision.js";
import { tellsOfTrouble } from "./good-news.js";
import { NO_OTHER_WORDS, type OtherWords } from "./negation-languages.js";
import { NEGATION, offeredOnly, plainOf, plainWords } from "./told-need.js";

/** The people a family has come to help: a carer, a cleaner, a nanny, the social custodian. */
export const WORKER =
  "(?:badante|colf|tata|babysitter|baby sitter|nanny|cleaner|carer|home help|signora delle pulizie|donna delle pulizie|custode sociale|social custodian)";

/**
 * A therapist a child or an elder is taken to: followed as a habit («sees a speech therapist
 * twice a week», «va dalla logopedista il martedì») it is a service in place.
 */
const THERAPIST =
  "(?:logopedista|logopedia|psicomotricista|neuropsichiatra|fisioterapista|speech therapist|speech therapy|therapist|physio)";

/** The provision itself, as a family names what it gets: a person, a benefit, a group, a course. */
const SERVICE = `(?:${WORKER}|${THERAPIST}|pasti|pranzo|cena|lunch|meals?|dinners?|spesa|shopping|groceries|isee|730|pensione|pension|riconoscimento|invalidita|assegno|allowance|benefits?|gruppo|group|corso|corsi|course|classes|lessons|lezioni|psicomotricita|psychomotor|doposcuola|centro diurno|day centre|day center|coro|choir|club|associazione|association|wemi)`;

/**
 * A service had already, told with a verb of having beside «già», «already», «ya» («ha già la
 * badante», «she already has a carer», «ya tiene badante»; not «ya volvió a casa»): before a
 * turn it is set aside, as a need refused is (reading.ts).
 */
const ALREADY_HAD = new RegExp(
  `\\b(?:(?:ho|ha|abbiamo|hanno|has|have) (?:gia|already)|(?:gia|already|ya) (?:ho|ha|abbiamo|hanno|has|have|got|tiene|tienen|tenemos|tengo))\\b.*\\b${SERVICE}\\b`,
  "u",
);

export const toldAlreadyHad = (tokens: readonly string[]): boolean =>
  ALREADY_HAD.test(tokens.join(" "));

/**
 * More of the service had, asked after the turn («ma non basta, ne serve un'altra per la
 * notte», «but we need another one»): the service had is the need, not set aside.
 */
export const asksMoreOfIt = (rest: string): boolean =>
  /\b(?:altr[aoi]|another|second|seconda|secondo|otra|otro|basta|enough)\b/u.test(plainOf(rest));

/** What comes between the verb and the service: an article, a possessive, an adjective or two. */
const BETWEEN = "(?:\\w+ ){0,3}?";

/**
 * Verbs of having, getting, going to and doing, said as a fact (the indicative: present and
 * past, third person, «we» and «I»), and a past of having it done or found.
 */
const HAVING =
  "(?:prende|prendono|riceve|ricevono|frequento|frequentiamo|frequenta|frequentano|(?:i|we) attend|va (?:a|al|alla|in)|vanno (?:a|al|alla|in)|facevo|faceva|(?:ho|ha|abbiamo|hanno) (?:gia )?(?:avuto|ricevuto|trovato|preso|fatto|frequentato|assunto)|(?:ho|ha|abbiamo|hanno) (?:iniziato|cominciato)|gets|got|receives|received|attends|attended|goes to|went to|visited|has had|have had|had|does|did|found|hired|started|began|joined|si e iscritt[oa]|ci siamo iscritti|(?:ho|ha|abbiamo|hanno) (?:gia )?(?:finito|concluso|completato)|finished|completed)";

/**
 * How long a service has gone on, said after it: «da ottobre», «da un anno», «for two years»,
 * «since March». A present told with it is a habit in place («fa il doposcuola da ottobre»),
 * where the same present alone asks as often («mi fa la spesa qualcuno»).
 */
const SINCE =
  "(?:da (?:un|una|due|tre|quattro|cinque|sei|sette|otto|dieci|qualche|alcuni|molti|\\d+) (?:anni|anno|mesi|mese|settimane)|da (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)|for (?:a|one|two|three|four|five|six|seven|ten|some|several|many|\\d+) (?:years?|months?|weeks?)|since (?:january|february|march|april|may|june|july|august|september|october|november|december|last|\\d+))";

/**
 * A service followed as a habit, in the present: «mio figlio fa il doposcuola per DSA da
 * ottobre», «I'm doing Italian lessons twice a week», a therapist seen («sees a speech therapist
 * twice a week», «va dalla logopedista il martedì»). Said only with how long or how often.
 */
const FOLLOWING =
  "(?:fa|fanno|faccio|facciamo|i m doing|im doing|i am doing|is doing|are doing|we re doing|i m taking|is taking|are taking|sees|is seeing|vede|va (?:da|dal|dalla|dallo)|vanno (?:da|dal|dalla|dallo))";

/**
 * A time that comes back, as a family tells a worker who keeps coming: «on Tuesdays», «il
 * giovedì», «every year», «twice a week», «tre volte alla settimana», «tutte le mattine». A
 * worker asked for with the hours («cerco una colf il giovedì») asks, and the caller has set it
 * aside by then.
 */
const RECURRENCE =
  "(?:on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)|every (?:day|week|month|year|morning|evening|\\w+day)|(?:once|twice|three times) a (?:week|month|year)|(?:il|la|del|della|ogni) (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)|ogni (?:giorno|settimana|mese|anno|mattina|sera)|(?:una|due|tre) volt[ae] (?:a|al|alla) (?:settimana|mese|anno)|tutt[ie] (?:i giorni|le mattine|le sere|le settimane|i (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabati)))";

/**
 * Whose the worker is: one's own or a relative's («our nanny», «grandma's home help», «la
 * nostra colf»). A worker named bare with the hours is how a request is jotted down («cleaner
 * for my flat, once a week»), and a chore with them is asked as often as had («someone to bring
 * his shopping once a week»).
 */
const OURS = "(?:my|our|his|her|their|\\w+ s|mia|mio|nostra|nostro|sua|suo|loro)";

/**
 * The service named, then who goes to it or brings it, as a habit told: «al gruppo delle
 * famiglie ci andiamo da anni», «la spesa gliela portano i volontari».
 */
const GONE_TO_OR_BROUGHT = `${SERVICE}(?: \\w+){0,6}? ci (?:vado|va|andiamo|vanno)|${SERVICE} (?:gliel[aoie]|ce l|ce la|ce lo) (?:porta|portano|fa|fanno|consegna|consegnano|prepara|preparano)`;

/**
 * A meeting, group or course attended, told by who was there or how it went: «al gruppo per
 * genitori… eravamo in dodici», «the carers' meeting… was really useful»; not a group asked
 * for, which the caller has set aside.
 */
const MEETING = "(?:gruppo|group|incontro|meeting|corso|course)";
const ATTENDED = `(?:al|all|alla|allo|at the) (?:\\w+ )?${MEETING}(?: \\w+){0,8}? (?:eravamo|siamo stati|c erano|there were|we were)|${MEETING}(?: \\w+){0,8}? (?:was|were|e stato|e stata) (?:so |very |really |davvero |molto )?(?:helpful|useful|great|lovely|utile|utilissim\\w*|bell\\w*|prezios\\w*)|${MEETING}(?: \\w+){0,8}? (?:e|is|was|e stat[oa]) (?:la cosa migliore|the best thing)`;

/**
 * Belonging to a group, told as a fact: «facciamo parte di un'associazione di genitori», «we've
 * been part of a parents' association for years»; or meeting as a habit, «con altre mamme ci
 * troviamo già il sabato», «we meet up every Friday». A family that belongs or meets already asks
 * for no group, though the group's own words (a disability, carers) are there for the model.
 */
const BELONGING = `(?:(?:faccio|fa|facciamo|fanno|facevo|faceva) parte (?:di|del|della|dell|dello|dei|delle) ${BETWEEN}${SERVICE}|(?:been|are|re|am|m|is|s|was|were) (?:\\w+ )?(?:part|members?|a member) of ${BETWEEN}${SERVICE}|(?:ci troviamo|ci vediamo|ci incontriamo|ci ritroviamo|we meet|we meet up|we get together) (?:gia |already )?${RECURRENCE})`;

/**
 * A service had: the verb of having before the service named; the family's worker told with
 * a time that comes back («grandma's home help comes on Tuesdays and Fridays»); the service, WeMi or a
 * provider, having helped someone or the teller («the WeMi space helped my neighbour a lot»,
 * «the carers' support group last night really helped me», «grazie a chi mi ha aiutato col
 * patronato»); a group one belongs to («nel nostro gruppo di genitori ormai siamo venti
 * famiglie», «in our group»); or a meeting attended, told by who was there, how it went or as
 * the best thing that happened (ATTENDED); a service followed as a habit with how long or how
 * often (FOLLOWING); the worker named with an article and coming back («la colf viene il
 * martedì», «il custode sociale passa ogni settimana»: an article names one already known).
 */
const SERVICE_HAD = new RegExp(
  `\\b${HAVING} ${BETWEEN}${SERVICE}\\b|\\b${FOLLOWING} ${BETWEEN}${SERVICE}(?: \\w+){0,3}? (?:${SINCE}|${RECURRENCE})\\b|\\b(?:il|la|lo|l|the) ${WORKER} (?:viene|vengono|passa|passano|comes|come|calls in|drops in) ${BETWEEN}${RECURRENCE}\\b|\\b${GONE_TO_OR_BROUGHT}\\b|\\b(?:${ATTENDED})\\b|\\b${OURS} (?:\\w+ )?${WORKER} ${BETWEEN}${RECURRENCE}\\b|\\b(?:nel|al|in|to) (?:nostro|mio|our|my) (?:gruppo|group)\\b|\\b${BELONGING}\\b|\\b(?:helped|ha aiutato|hanno aiutato|aiutava) (?:a )?(?:my|our|mio|mia|nostro|nostra|la mia|il mio)\\b|\\b${SERVICE}(?: \\w+){0,4}? (?:really |so much |a lot )?helped (?:me|us)\\b|\\bgrazie a (?:\\w+ ){0,2}(?:mi|ci) (?:ha|hanno) aiutat\\w*|\\bthanks to (?:\\w+ ){0,3}helped (?:me|us)\\b`,
  "u",
);

/**
 * A verb of having that is wanted, owed or asked, not had: «ho da fare l'ISEE», «I have to do
 * my ISEE», «how did you get a carer?». English «did» and «had» are auxiliaries of a question or
 * a wish as often as facts, so a word of wanting or owing before the verb rules it out.
 */
const NOT_A_FACT =
  /\b(?:to|can|could|should|must|need|needs|want|wants|would|will|devo|deve|dobbiamo|vorrei|vuole|bisogno|per|come|how|when|if|se)\s+(?:\w+\s+)?(?:prende|riceve|frequenta|va|gets?|got|receives?|attends?|goes|went|had|does|did|do|found|hired|fare|fatto)\b/u;

/**
 * One's own trade done («ho fatto la badante per sei anni», «facevo la colf»): a worker's past,
 * which asks for work as often as not, not a service had.
 */
const OWN_TRADE =
  /\b(?:(?:ho|ha) fatto|facev[oa]|did) (?:la |il |lo |l |a |an )?(?:badante|colf|tata|babysitter|baby sitter|nanny|cleaner|carer)\b/u;

/** A word of missing: «senza», «still waiting» tell a service not yet had. */
const MISSING = /\b(?:senza|without|waiting|attesa)\b/u;

/**
 * Ease told by a trouble denied («no stress», «nessun problema», «senza pensieri», «no
 * worries»): it says the service goes well, not that something is missing or hard.
 */
const EASE =
  /\b(?:no|nessun|senza|zero) (?:stress|problem[ai]?|problems|worries|fuss|pensieri|hassle)\b|\bnever (?:been|looked|felt) (?:so|this|better)\b|\b(?:non (?:\w+ ){0,2})?mai stat[oaie] (?:cosi|meglio)\b/gu;

/**
 * Whether a message tells of a service in place and says nothing missing, hard or turning:
 * the caller checks that it asks nothing.
 */
export function toldInPlace(text: string): boolean {
  if (text.includes("?")) return false;
  const plain = plainWords(text);
  if (!SERVICE_HAD.test(plain) || OWN_TRADE.test(plain)) return false;
  return !NOT_A_FACT.test(plain) && saysNothingMissing(plain);
}

/**
 * The words a message known to be in another language negates and turns with, and the Italian
 * and English ones it writes for something else (negation-languages.ts otherWordsIn).
 */
export type MissingWords = Pick<OtherWords, "notNegating" | "notTurning" | "negatesAt">;

const NEGATIONS = new RegExp(NEGATION.source, "gu");

/**
 * Whether plain words negate: an Italian or English negation that is no other word in the
 * message's language (Portuguese «no», in the; Romanian «mai», more), or the language's own.
 */
function negates(plain: string, other: MissingWords): boolean {
  for (const [word] of plain.matchAll(NEGATIONS)) if (!other.notNegating.has(word)) return true;
  const tokens = plain.split(" ");
  return tokens.some((_, i) => other.negatesAt(tokens, i));
}

/**
 * Whether a message's plain words (plainWords) say nothing missing, hard or turning: no
 * negation, no word of waiting, no trouble once ease told by a trouble denied is set aside.
 */
export function saysNothingMissing(plain: string, other: MissingWords = NO_OTHER_WORDS): boolean {
  const rest = plain.replace(EASE, " ");
  return !negates(rest, other) && !MISSING.test(rest) && !tellsOfTrouble(rest, other.notTurning);
}

/**
 * A message that asks nothing and tells a service in place is no request: the need read is
 * offered as «Intendevi…?», first among the alternatives.
 */
export function asInPlace(decision: Classification, asksNothing: boolean): Classification {
  if (!asksNothing || decision.intent === null) return decision;
  if (!toldInPlace(decision.text)) return decision;
  return offeredOnly(decision);
}
