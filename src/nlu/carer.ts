import type { Classification, Ranking } from "./decision.js";
import { tellsOfTrouble } from "./good-news.js";
import { HOME_CARER_INTENT } from "./need.js";
import { isOneSentence } from "./telling.js";
import { offeredOnly, plainWords, turnedTo } from "./told-need.js";

/** Support for the family member who looks after someone: groups, respite, someone to listen. */
export const CARER_INTENT = "caregiver";

/** One's own people, as a family carer names whom they look after. */
const OWN_PEOPLE =
  "(?:io )?(?:(?:di |a )?(?:mi|mio|mia|miei|mie|la mia|il mio|nostr\\w*|my|our|her|his|him|them)\\b|(?:della |del |la |il )?(?:mamma|papa|madre|padre|marito|moglie|fratell\\w*|sorell\\w*|figli\\w*|nonn\\w*|suocer\\w*|zi[oa])\\b)";
/**
 * The body's care done in the first person to someone close, told by its acts: «lo lavo, lo
 * imbocco», «la cambio», «gli do le medicine», «I wash her», «I feed him». Only a family carer
 * or a worker tells it so; the worker's own trade is read before (work.ts) and a worker asks
 * for work, not for someone to talk to (ASKS_FOR_ONESELF).
 */
const PERSONAL_CARE =
  "\\b(?:(?:lo|la|li) (?:lavo|imbocco|cambio|vesto|giro|alzo|metto a letto)|gli do (?:da mangiare|le medicine|le pastiglie)|i (?:wash|feed|bathe|dress|change|lift) (?:him|her|them)\\b)";
/**
 * The care told as the weight one carries: «(lo|la) seguo io», «faccio tutto io», «la mia vita è
 * lei», «le notti e i weekend sono miei», «è tutto sulle mie spalle», «it's all on me», «sono io
 * a fare tutto», «lo accompagno sempre io».
 */
const CARE_ON_ONESELF =
  "\\b(?:(?:lo|la|li) (?:seguo|accompagno) (?:sempre )?io|faccio tutto io|sono io a fare tutto|la mia vita e (?:lei|lui)|(?:le notti|i weekend|il weekend|le domeniche)(?: e (?:le notti|i weekend|il weekend|le domeniche))? sono mie?i?|(?:tutto )?(?:il resto )?(?:e |sta |pesa )?sulle mie spalle|(?:it s|it is) all on me)\\b";
/**
 * A relative the teller sees looking after their own, told in English by the third person
 * («my dad looks after my mum», «my wife has been caring for her father»): kin or he/she, never
 * a worker («our nanny looks after the kids» names no kin as the one who cares).
 */
const CARED_BY_KIN = `\\b(?:dad|father|mum|mom|mother|husband|wife|brother|sister|son|daughter|grandma|granny|grandad|grandpa|aunt|uncle|he|she) (?:s |has |is )?(?:been )?(?:looks after|takes care of|cares for|looking after|taking care of|caring for) ${OWN_PEOPLE}`;
/**
 * The care told as every role one plays for one's own («I've been his nurse, cook, driver,
 * everything»): a list, as a single role («I'm her nurse») is a worker's trade.
 */
const ROLE_FOR_OWN = "(?:nurse|cook|driver|cleaner|secretary|carer|everything)";
const ROLES_FOR_OWN = `\\bi (?:ve been|have been|am|m) (?:his|her|their) ${ROLE_FOR_OWN}(?: (?:and )?${ROLE_FOR_OWN})+\\b`;
/**
 * Looking after one's own people, said in the first person: «assisto mia madre», «mi occupo di
 * mio fratello», «faccio tutto io per la nonna», «sto appresso a mi madre», «I've been looking
 * after my dad», «I'm her main carer», «sono la caregiver di mio marito»; a relative the teller sees
 * caring for their own («mia mamma fa tutto per mio fratello disabile», CARED_BY_KIN), every
 * role played for them (ROLES_FOR_OWN). A worker looks after «una signora», not one's own: no cue.
 */
const CARES_FOR_OWN = new RegExp(
  `(?:\\b(?:mi occupo (?:io )?(?:di |della |del )?|mi prendo cura (?:di )?|assisto |accudisco |curo |seguo |guardo |(?:lo|la) accompagno (?:sempre )?(?:io )?|faccio tutto (?:io )?per |fa tutto (?:lei |lui )?per |(?:i )?(?:ve been |have been |am |m )?doing everything for |faccio da (?:infermier\\w*|badante) a |sto (?:dietro|appresso) a |(?:i|we) (?:have |ve |am |are |m )?(?:been )?(?:looking after|taking care of|caring for|look after|take care of|care for) )${OWN_PEOPLE}|\\b(?:lo|la) cuido\\b|\\bsono (?:la |il )?(?:sua |loro )?(?:unic[oa] )?caregiver (?:di |della |del )${OWN_PEOPLE}|\\bi (?:am|m|ve been|have been) (?:her |his |their |the |my \\w+ s )?(?:main |only |full time )?(?:carer|caregiver)\\b|\\bthe (?:only )?one (?:looking after|taking care of|caring for)\\b|${CARED_BY_KIN}|${ROLES_FOR_OWN}|${PERSONAL_CARE}|${CARE_ON_ONESELF})`,
  "u",
);
/**
 * Asking for oneself, as a carer does: someone to talk to or who understands, a group of people
 * in the same boat, a break or a day off, help «anche per me». Not a weekend or a group alone:
 * «una badante per il weekend», «un gruppo di attività per la mamma» are the cared-for's needs.
 */
const ASKS_FOR_ONESELF =
  /\b(?:parlare con (?:qualcun\w*|altr\w+|chi)|co cui parla\w*|con (?:chi|cui) (?:poter )?parla\w*|sfoga\w*|staccare|respirare|confrontarmi|anche per me|per me\b|come sto io|sono io che ho bisogno|qualcuno che (?:mi )?capisc\w*|(?:giorno|giornata) di riposo|gruppo (?:di (?:sostegno|auto aiuto|mutuo aiuto)|dove|per (?:chi|familiari|caregiver|persone come))|(?:time|hours?|moments?|minutes?|afternoons?|days?|evenings?) to breathe|breathing space|a breather|someone (?:to talk to|who understands|to listen)|who (?:i )?(?:could|can|might) talk to|talk to (?:someone|anyone|somebody|other)|listen to me|support group|for myself|for me\b|(?:weekend|day|evening|night) off|a break\b|who supports|groups? for (?:carers|caregivers|people like)|(?:chi|persone|altri) (?:e |sono |come me )?nella (?:mia|stessa) (?:stessa )?situazione|(?:people|others|anyone) (?:like me|in (?:my|the same) (?:situation|boat))|(?:somewhere|a place) to talk|(?:darmi|mi dia|mi desse|dare) il cambio|qualcuno che (?:mi )?(?:m )?ascolt\w*|grupp?o per persone come (?:me|io))/u;

/**
 * One's own person living in the carer's home («mia madre vive con noi da due anni», «my
 * mother-in-law lives with us»): beside a wish for oneself, a break or to breathe, it tells the
 * care that the wish is a rest from.
 */
const LIVES_WITH_ONESELF =
  /\b(?:(?:vive|abita|sta) (?:con me|con noi|da noi|da me)|lives with (?:me|us))\b/u;

/**
 * A family carer who asks for themselves: the words of one's own people looking after them, or
 * living with them. Read on the whole message, as plainWords gives it (the care and the wish are
 * often told sentences apart).
 */
export const asksAsCarer = (plain: string): boolean =>
  (CARES_FOR_OWN.test(plain) || LIVES_WITH_ONESELF.test(plain)) && ASKS_FOR_ONESELF.test(plain);

/**
 * The carer's own strain told, not asked for: tears, no time left for oneself, worn out («some
 * nights I sit in the kitchen and cry», «the only ten minutes I get to myself», «sono stufa, stufa
 * morta», «non ce la faccio più», «sono scoppiata a piangere», «I feel like I'm falling apart», «mi
 * sento sola»), or seen in a relative who cares («non si è mai presa un giorno di riposo», «la vedo
 * distrutta»). Read only beside one's own people cared for (CARES_FOR_OWN).
 */
const OWN_STRAIN =
  /\b(?:(?:i )?(?:just )?(?:sit \w+ (?:\w+ ){0,4})?cry|piango|mi (?:metto|viene da) piangere|(?:to|for) myself|(?:tempo|un minuto) per me|(?:worn|burnt|burned) out|exhausted|at the end of my tether|can t (?:cope|go on|take it)|sfinit[oa]|esaust[oa]|stuf[oa] mort[oa]|non ce la faccio piu|non ne posso piu|scoppiat[oa] a piangere|burst (?:into tears|out crying)|fall(?:ing)? apart|(?:a|in) pezzi|mi sento (?:tanto |cosi |molto )?sol[oa]|i feel (?:so |very )?(?:alone|lonely)|distrutt[oa]|mai pres[oa] un giorno di riposo|never (?:had|taken|took) a (?:day|week) off|(?:the )?only (?:quiet|peaceful) (?:place|time|moment|minutes?|hour) i (?:have|get))\b/u;

/** A carer already had: «ho una badante che mi aiuta», «la badante c'è», «we already have a carer». */
const CARER_HAD =
  /\b(?:(?:ho|abbiamo) (?:gia )?(?:una|la) badante|la badante (?:c e|viene)|c e (?:gia )?(?:una|la) badante|(?:we|i) (?:already )?have (?:a|an) (?:carer|caregiver|live in)|there s (?:a|already a) carer)\b/u;

/**
 * A family carer who tells their own strain and asks nothing («I've been his main carer for
 * years… some nights I sit in the car and cry»): the need implied is support for carers, which
 * the model often counts among its best needs under the bar. Taken where the model refused the
 * message, or read a carer to hire that the story says is already there («ho una badante che mi
 * aiuta ma tutto il resto è sulle mie spalle… piango in macchina»): a need read otherwise, even
 * unsure («…sono esausta, cerco una badante per le notti» leans to support for carers too), is
 * what the words ask for. A refusal is turned even where the model ranks support for carers
 * low («Io faccio tutto per mia madre: medici, farmaci, bollette… sono scoppiata a piangere in
 * macchina»): on the it/en development sets (session 29) every message with both the care and
 * the strain told is a family carer's, none out of scope.
 */
export function asWornCarer(
  decision: Classification,
  ranking: Ranking,
  { wornCarer, requests }: { wornCarer: boolean; requests: boolean },
): Classification {
  const plain = plainWords(decision.text);
  const hiredAlready = decision.intent === HOME_CARER_INTENT && CARER_HAD.test(plain);
  // In another language's words («Am grijă de mama… nu mai am putere… plâng toată noaptea»,
  // «我一个人照顾…快撑不住了») a carer read where nothing is requested is the story's care, not a
  // hire; what has become hard («nu mai am putere») is the strain itself.
  const toldElsewhere = wornCarer && decision.intent === HOME_CARER_INTENT && !requests;
  // Support for carers read, only unsure of it: the care and the strain told say it is meant,
  // whatever the runner-up (a model learning more writers moves the margin, session 41).
  const unsureOfIt = decision.intent === CARER_INTENT && decision.ambiguous;
  if (decision.intent !== null && !hiredAlready && !toldElsewhere && !unsureOfIt) return decision;
  if (!wornCarer && (!CARES_FOR_OWN.test(plain) || !OWN_STRAIN.test(plain))) return decision;
  const reach = decision.intent === null ? ranking.ranked.length : undefined;
  return turnedTo(decision, ranking, CARER_INTENT, undefined, reach);
}

/**
 * Needs of the person cared for that a carer's story names on the way: kept as a second need
 * when the carer's own is read first («I look after my sister who has Down syndrome… support
 * for myself too»). A carer hired and a person to talk to are what the carer's need replaces.
 */
const REPLACED: ReadonlySet<string> = new Set(["badante", "operatore"]);
/**
 * A family carer who looks after their own people and asks for themselves («mi occupo di mio
 * marito… avrei bisogno di parlare con qualcuno», «I look after my brother… I need someone to
 * talk to») needs support for carers, though the story's words (a stroke, dementia, a carer by
 * day) lean the model to hiring a carer, to disability, or below the bar. Taken when the model
 * counts support for carers among its best needs; the need of the person cared for it read
 * first stays as the second.
 */
export function asCarersOwnNeed(
  decision: Classification,
  ranking: Ranking,
  asksForOneself: boolean,
): Classification {
  if (!asksForOneself) return decision;
  const { intent } = decision;
  const second =
    intent === CARER_INTENT
      ? decision.also
      : intent !== null && !REPLACED.has(intent)
        ? intent
        : undefined;
  return turnedTo(decision, ranking, CARER_INTENT, second);
}

/**
 * A family carer's role told in one sentence, and no more: whom they look after and since when
 * («I've been my husband's caregiver since his diagnosis», «I'm her main carer, have been for five
 * years»), with no strain, trouble or turn told and nothing asked. It asks for no support yet: the
 * need read is offered as «Intendevi…?». A story that goes on tells the weight (asWornCarer).
 */
export function asCarerRoleTold(decision: Classification, asks: boolean): Classification {
  if (asks || decision.intent === null || !isOneSentence(decision.text)) return decision;
  const plain = plainWords(decision.text);
  if (!CARES_FOR_OWN.test(plain) || OWN_STRAIN.test(plain)) return decision;
  return tellsOfTrouble(plain) ? decision : offeredOnly(decision);
}
