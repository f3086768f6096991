import { OFFERS_FOR_A_TRADE, WORK_WISHED } from "./asking.js";
import { ALTERNATIVES, type Classification, type Ranking } from "./decision.js";
import { familyHires } from "./hiring.js";
import { ITALIAN_COURSE_INTENT, toldLanguageBarrier } from "./learner.js";
import {
  BABYSITTER_INTENT,
  DOMESTIC_HELP_INTENT,
  HIRING,
  HOME_CARER_INTENT,
  JOB_INTENT,
} from "./need.js";
import { plainWords, turnedTo } from "./told-need.js";

/**
 * A message that looks for work or tells one's own trade (the reading's "work" cue) and was
 * read as hiring that trade asks for work: the words say which trade, the cue whose side of it
 * the citizen is on. A second need of hiring is the same trade again, and is dropped. Refused in
 * another language with work first in the model's ranking, or a trade with work next, it is
 * work all the same: the words asked for it («أريد أن أعمل ممرضة», the model spread between the
 * trade and work; «Busco trabajo de niñera…», the nanny first at 0.14, work next). Read as
 * looking for work, it is not asked «Intendevi…?» between that and hiring the same trade
 * («caut de lucru ca îngrijitoare»).
 */
export function asWorkSought(
  decision: Classification,
  ranking: Ranking,
  seeksWork: boolean,
  /**
   * Work asked for in another language: there the cue asks in so many words, while in Italian
   * and English it also tells one's own trade («faccio la badante da quindici anni»), and a job
   * outside WeMi's trades is refused («Sto cercando lavoro come ingegnere meccanico»).
   */
  askedElsewhere: boolean,
): Classification {
  if (!seeksWork) return decision;
  const plain = plainWords(decision.text);
  if (asksSomeoneForOthers(plain)) return withoutOwnTrade(decision, ranking, plain);
  if (decision.intent === null) {
    const [first, second] = ranking.ranked;
    return askedElsewhere &&
      (first?.intent === JOB_INTENT ||
        (first !== undefined &&
          HIRING.has(first.intent) &&
          first.confidence >= SPREAD_TRADE &&
          second?.intent === JOB_INTENT))
      ? turnedTo(decision, ranking, JOB_INTENT, undefined)
      : decision;
  }
  if (decision.intent === JOB_INTENT) {
    const next = decision.alternatives[0]?.intent;
    return decision.ambiguous && next !== undefined && HIRING.has(next)
      ? { ...decision, ambiguous: false }
      : decision;
  }
  if (!HIRING.has(decision.intent)) return decision;
  const { also, ...rest } = decision;
  const keptAlso = also === undefined || also === JOB_INTENT || HIRING.has(also) ? {} : { also };
  return {
    ...rest,
    ...keptAlso,
    intent: JOB_INTENT,
    alternatives: ranking.ranked.filter((r) => r.intent !== JOB_INTENT).slice(0, ALTERNATIVES),
    ambiguous: false,
  };
}

/**
 * How sure a refused reading must be of the trade, work next, to be taken for work sought: a
 * tenth («Busco trabajo de niñera…», 0.14); one's own trade told with nothing asked leaves the
 * model on no need («أعمل colf عند عائلة… والحمد لله», 0.01).
 */
const SPREAD_TRADE = 0.1;

/** Work asked for in so many words: «cerco lavoro», «looking for work», «a job». */
const WORK_ASKED =
  /\b(?:cerc\w*|trovar\w*|busc\w*|looking for|find|need|want) (?:\w+ ){0,2}(?:lavoro|lavorare|impiego|trabajo|job|work)\b/u;
/**
 * Someone sought to do something for another («cerco qualcuna che guarda lui», «voglio trovare
 * qualcuno che porta mangiare a lui», «lei vuole qualcuno porta spesa», «I need someone to sit
 * with her», «ci servirebbe una ragazza che li porti a scuola»): not for the teller («qualcuno
 * che mi assuma», «someone to hire me»).
 */
const SOMEONE_FOR_OTHERS =
  /\b(?:cerc\w*|trovar\w*|vuole|voglio|vorrei|serve|servirebbe|bisogno di|need|looking for|want) (?:\w+ ){0,2}(?:qualcun[oa]|una persona|una signora|una ragazza|una donna|someone|somebody|a girl|a woman)\b(?! (?:\w+ )?(?:mi|me|assum\w*|hire|employ)\b)/u;

/**
 * A worker who tells their own trade («io lavoro come badante di notte», «io lavoro colf per
 * signora Anna») and asks someone for another — their child, the person they look after — asks
 * for that, not for work: the trade is who they are, the «work» cue only the telling of it.
 */
export const asksSomeoneForOthers = (plain: string): boolean =>
  SOMEONE_FOR_OTHERS.test(plain) && !WORK_ASKED.test(plain);

/** One's own trade told, and the need its words name: «lavoro come badante», «io lavoro colf». */
const OWN_TRADE =
  /\b(?:lavoro|lavorato|lavoravo|faccio|work|working) (?:come |da |as |la |il |a |an )*(badante|colf|pulizie|babysitter|baby sitter|tata|carer|cleaner|nanny)\b/u;
const TRADE_NEED: Readonly<Record<string, string>> = {
  badante: HOME_CARER_INTENT,
  carer: HOME_CARER_INTENT,
  colf: DOMESTIC_HELP_INTENT,
  pulizie: DOMESTIC_HELP_INTENT,
  cleaner: DOMESTIC_HELP_INTENT,
  babysitter: BABYSITTER_INTENT,
  "baby sitter": BABYSITTER_INTENT,
  tata: BABYSITTER_INTENT,
  nanny: BABYSITTER_INTENT,
};

/**
 * The worker's own trade is not what they ask for someone else: a reading of it (or of work)
 * turns to the model's next need among its best three («io lavoro colf per signora Anna… lei
 * vuole qualcuno porta spesa»: the shopping, not a home helper).
 */
function withoutOwnTrade(
  decision: Classification,
  ranking: Ranking,
  plain: string,
): Classification {
  const trade = OWN_TRADE.exec(plain)?.[1];
  const own = trade === undefined ? undefined : TRADE_NEED[trade];
  if (own === undefined || (decision.intent !== own && decision.intent !== JOB_INTENT))
    return decision;
  const next = ranking.ranked.find((r) => r.intent !== own && r.intent !== JOB_INTENT);
  return next === undefined ? decision : turnedTo(decision, ranking, next.intent, undefined);
}

/**
 * Work lost or never had, told of oneself: «mi hanno lasciata a casa», «sono stato licenziato»,
 * «hanno chiuso la fabbrica», «il contratto è finito», «rimasta senza lavoro», «my contract
 * ended», «I was laid off», «the factory closed down», a student's «scholarship got cut»; «sono a spasso», Milanese «sont a spass» (not
 * out for a walk: «a spasso col cane»).
 */
const WORK_LOST =
  /\b(?:mi hanno (?:lasciat[oa] a casa|licenziat[oa]|mandat[oa] via)|(?:sono (?:stat[oa] )?|mi sono )licenziat[oa]|licenziat[oa] (?:dalla|dal|dall)|ho perso (?:il |mio )?(?:lavoro|posto)|(?:hanno|ha) chiuso (?:la |il |l )?(?:ditta|fabbrica|azienda|negozio|supermercato|magazzino|mensa|ristorante|albergo|hotel|impresa|cooperativa|cantiere|officina|bar)|(?:ditta|fabbrica|azienda|negozio|supermercato|magazzino|mensa|ristorante|albergo|hotel|impresa|cooperativa|cantiere|officina)(?: \w+){0,6} (?:ha|hanno) chiuso|rimast[oa] senza (?:lavoro|niente)|senza lavoro|(?:sono|son|sont|sto|siamo|rimast[oa]) (?:gia |ancora )?a spass(?:o)?\b(?! (?:con|col|coi|per|in|al|nel))|disoccupat\w*|cassa integrazione|contratto (?:e |mi )?(?:scaduto|finito|scade)|(?:scaduto|finito) il contratto|non ho mai lavorato|(?:lost|losing) my job|laid off|let go|made redundant|(?:was|got|been) fired|contract(?: \w+){0,4} (?:ended|finished|expired|ran out|is ending)|out of work|unemployed|(?:scholarship|grant|borsa di studio|bursary)(?: \w+){0,2} (?:cut|ended|stopped|revoked|tagliata|finita|revocata)|(?:tagliato|tolto|revocato) (?:la )?borsa di studio|(?:closed|shut) down)\b/u;
/**
 * What the teller offers or needs as a worker: skills, a licence, experience, being ready to
 * start, a wage, and what presses for one without asking: the rent due, not knowing where to
 * turn. «so cucinare, pulire», «ho la patente», «sono forte e paziente», «potrei farlo di
 * mestiere», Milanese «foo de tutt», «ho bisogno di uno stipendio», «l'affitto da pagare», «da dove si
 * comincia?», «I can start anytime», «I'm good with kids», «I don't know where to turn».
 */
const OFFERS_ONESELF =
  /\b(?:so (?:fare|cucinare|pulire|stirare|guidare|cucire|assistere|badare)|ho la patente|ho (?:\w+ )?esperienza|sono (?:brav[oa]|forte|paziente|affidabile|svelt[oa]|precis[oa]|volenteros[oa]|seri[oa]) |(?:posso|potrei) (?:iniziare|cominciare|farlo|fare (?:la|il|le|qualsiasi|di tutto))|di mestiere|mi andrebbe bene (?:anche )?(?:fare|lavorare)|(?:faccio|farei) (?:qualsiasi|di tutto)|fo+ de tutt?\b|ho bisogno di (?:uno stipendio|lavorare|guadagnare)|devo (?:lavorare|guadagnare)|(?:continuare a|tornare a|ricominciare a) lavorare|ripartire|(?:i ve|i have|i) worked as|i (?:m|am) good (?:with|at)|i can (?:cook|clean|drive|start|iron|look after|do)|can (?:start|join)|(?:have|having|with) (?:\w+ )?(?:years (?:of )?)?experience|need (?:a |an |some )?(?:wage|income|salary)|(?:l )?affitto da pagare|bollette da pagare|(?:the )?rent (?:is )?due|bills to pay|where to turn|da dove (?:si )?(?:comincia|cominciare|parte|partire))/u;

/**
 * Work just found, told of oneself: «ho trovato lavoro in un ufficio», «I've just started a new
 * job», «I've been offered part-time work». «trovato lavoro» reads as «trovare lavoro» to the work cue; found, it asks for none.
 */
const WORK_FOUND =
  /\b(?:(?:ho|abbiamo) (?:appena |finalmente |da poco )?(?:trovat[oa] (?:un )?(?:nuovo )?(?:lavoro|posto)|iniziato a lavorare)|mi hanno (?:appena )?offerto (?:un )?(?:lavoro|posto)|(?:i|we) (?:ve |have )?(?:just |finally )?(?:found|got|started) (?:a |my |our )?(?:new )?job|(?:i|we) (?:ve |have )?(?:just )?started working|(?:i ve|i have) (?:just )?been offered (?:a )?(?:\w+ ){0,2}(?:job|work))\b/u;

/** Work just found (see WORK_FOUND), as plainWords gives it: no job search. */
export const toldWorkFound = (plain: string): boolean => WORK_FOUND.test(plain);

/** One's own work lost and oneself offered as a worker (see asWorkAfterLoss), as plainWords gives it. */
export const toldWorkLost = (plain: string): boolean =>
  WORK_LOST.test(plain) && OFFERS_ONESELF.test(plain);

/**
 * A worker's story of work lost told with what they can do («Ho 52 anni, hanno chiuso la ditta…
 * so cucinare, pulire… ora ho bisogno di uno stipendio») looks for work though it never says so:
 * its words of cleaning, cooking and old people lean the model to hiring, or spread it below the
 * bar. Taken only where the model refused the message or was unsure, and counts work among its
 * best needs.
 */
export function asWorkAfterLoss(
  decision: Classification,
  ranking: Ranking,
  /** The message as read; work lost is read only for a need still open (ReadWords). */
  words: OfferWords & { readonly workLost: boolean; readonly satisfied: boolean },
  otherLanguage = false,
): Classification {
  // In another language the phrases are said from the worker's side only («am referințe bune»,
  // «ofrezco servicios de niñera», «știu să fac curățenie»): the trade the model was sure of is
  // the one offered, and a newcomer's story read as an Italian course with the language never in
  // the way is a newcomer who offers themselves. Work however low the model ranks it.
  if (otherLanguage && words.workLost && !words.satisfied && offersForWhatWasRead(decision, words))
    return turnedTo(decision, ranking, JOB_INTENT, undefined, ranking.ranked.length);
  if (decision.intent !== null && !decision.ambiguous) return decision;
  // In another language a training for care work told with good news is someone's work found
  // («ma cousine a fini sa formation OSS… on est fiers d'elle»), not oneself offered.
  if (!words.workLost || (otherLanguage && words.satisfied)) return decision;
  return turnedTo(decision, ranking, JOB_INTENT, undefined);
}

/** What tells a worker's offer from a family's request: the language in the way, a request, work sought. */
interface OfferWords {
  readonly languageBarrier: boolean;
  readonly requests: boolean;
  readonly seeksWork: boolean;
}

/**
 * What a worker's offer leans the model to: a trade not asked for outright but as work
 * («عايزة اشتغل ومحتاجة بيبي سيتر لبنتي» asks for a babysitter, to be able to work), or an
 * Italian course, the language not told in the way.
 */
const offersForWhatWasRead = (decision: Classification, words: OfferWords): boolean =>
  decision.intent !== null &&
  ((HIRING.has(decision.intent) && (!words.requests || words.seeksWork)) ||
    (decision.intent === ITALIAN_COURSE_INTENT && !words.languageBarrier));

/** An Italian course named: «corso di italiano», «lezioni d'italiano», «Italian classes». */
const ITALIAN_COURSE_NAMED =
  /\b(?:(?:cors[oi]|lezion[ei]|scuola|classe) (?:di |d )?(?:lingua )?italiano|italian (?:classes|class|courses?|lessons?|school))\b/u;

/**
 * Work wished for in so many words («vorrei cambiare mestiere… da dove si comincia?», «quello che
 * mi manca è un lavoro», «disponibile come badante convivente», «vorrei lavorare qualche ora nei
 * weekend»): the rest of the story (a bad back, the rent, children or old people it would be
 * fine to work with) spreads the model below the bar, or between the trade and work. Taken only
 * where the model refused the message or was unsure, and counts work among its best needs; or
 * read as hiring the trade one offers oneself for («studentessa disponibile come babysitter,
 * come mi candido?»): the family's words, said from the worker's side; or read as an Italian
 * course where the language is neither asked for nor told as a barrier («sono ucraina… parlo
 * italiano. Vorrei continuare a lavorare», «un corso per imparare un mestiere»): a newcomer's
 * origin and a course, not the language, leaned the model there.
 */
export function asWorkWished(decision: Classification, ranking: Ranking): Classification {
  const plain = plainWords(decision.text);
  const offered =
    decision.intent !== null && HIRING.has(decision.intent) && OFFERS_FOR_A_TRADE.test(plain);
  const notTheLanguage =
    decision.intent === ITALIAN_COURSE_INTENT &&
    !ITALIAN_COURSE_NAMED.test(plain) &&
    !toldLanguageBarrier(plain);
  if (decision.intent !== null && !decision.ambiguous && !offered && !notTheLanguage)
    return decision;
  if (!WORK_WISHED.test(plain)) return decision;
  // Oneself offered for the trade the model read is work however low it ranks work: the trade
  // read says the message is about that work, the words whose side of it the teller is on.
  const reach = offered ? ranking.ranked.length : undefined;
  return turnedTo(decision, ranking, JOB_INTENT, undefined, reach);
}

/** The care trades' qualification, OSS (operatore socio-sanitario), named as a word of its own. */
const CARE_QUALIFICATION = /\boss\b/u;
/**
 * Italian itself named (Latin letters, Ukrainian, Russian): then the language may be the ask.
 * As plainWords writes it: Ukrainian «італійськ» loses the breve of «й» («італіиськ»).
 */
const ITALIAN_NAMED = /(?:\bitali[ae]n|\bitaliano|італіиськ|итальянск)/u;

/**
 * Becoming an OSS, said with the verb's infinitive: «devenir OSS», «para ser OSS», «maging
 * OSS», «a deveni OSS», «стати OSS». Not the verb as done («est devenue OSS»: work found).
 */
const BECOMING_QUALIFIED =
  /\b(?:devenir|ser|deveni|maging|become|tornar me|стати|стать) (?:un |une |una |um |uma |an? )?oss\b/u;

/**
 * In another language a course for the OSS qualification asked about («чи є безкоштовні курси
 * ASA OSS для іноземців?», «quiero estudiar para OSS») is training for care work, which is
 * work, though the model hears Italian courses in «courses for foreigners». Not «ASA» alone,
 * Romanian «asa» (so) typed without diacritics; nor where Italian itself is named («un corso
 * di italiano per poi fare OSS»), the language then maybe the ask. Wanting to become one is
 * work even where the model, spread over the training's words, refused the message («une
 * formation gratuite pour devenir OSS?»); a training only told of stays refused («ma cousine a
 * fini sa formation OSS»).
 */
export function asCareTraining(
  decision: Classification,
  ranking: Ranking,
  otherLanguage: boolean,
): Classification {
  if (!otherLanguage || (decision.intent !== null && decision.intent !== ITALIAN_COURSE_INTENT))
    return decision;
  const plain = plainWords(decision.text);
  const training =
    decision.intent === null
      ? BECOMING_QUALIFIED.test(plain)
      : CARE_QUALIFICATION.test(plain) && !ITALIAN_NAMED.test(plain);
  return training ? turnedTo(decision, ranking, JOB_INTENT, undefined) : decision;
}

/**
 * What the teller must earn for, said of themselves: the rent («per pagarmi l'affitto», «mi
 * servono soldi per l'affitto», «gli affitti a Milano sono folli», «rent in Milan is absolutely
 * killing me»), their studies («to pay for my studies»), «per guadagnare».
 */
const EARNING_PRESSED =
  /\b(?:(?:pagarmi|pay for) (?:\w+ ){0,2}(?:l )?(?:affitto|studi|rent|studies|tuition)|soldi per (?:l )?affitto|per guadagnare|affitt[oi] (?:\w+ ){0,4}(?:foll[ei]|assurd[oi]|carissim[oi]|altissim[oi])|rent (?:\w+ ){0,4}(?:killing|crazy|insane))\b/u;
/**
 * The teller's own hand at a family's trade, done or offered: «ho già tenuto bambini», «ho fatto
 * animazione», «I babysat for years», «fare babysitter», «lavorare… con bambini o con anziani»,
 * «a few hours a week cleaning or babysitting», a family sought to work for («qualche famiglia
 * per cui fare dei pomeriggi», «any families looking for a sitter»).
 */
const OWN_HAND_AT_A_TRADE =
  /\b(?:ho (?:gia |sempre )?(?:tenuto|curato|badato|guardato) (?:\w+ )?(?:bambini|bimbi|anziani)|ho fatto (?:la |il |l |da )?(?:baby ?sitter|tata|animazione|animatric\w+|animatore|compagnia)|i (?:ve )?(?:babysat|nannied)|fare (?:la |il |da )?(?:baby ?sitter|tata|colf)|lavorare (?:\w+ ){0,4}con (?:i )?(?:bambini|anziani)|hours (?:a week )?(?:of )?(?:cleaning|babysitting)|famiglia per cui|families looking for)\b/u;

/**
 * A student or a worker who must earn for the rent or their studies and tells their own hand at
 * a family's trade («studentessa di infermieristica… mi servono soldi per l'affitto. Ho già
 * tenuto bambini», «I babysat for years… Rent in Milan is killing me») looks for work, though
 * the trade's words lean the model to hiring it or spread it below the bar. Both are needed: a
 * family tells no rent it must earn, and a worker's trade alone is often a past («ho fatto la
 * badante, adesso sono in pensione»). Not where someone, or the trade, is sought for another
 * («cerco qualcuno che tenga i bambini», «mi serve una tata»). Taken where the model refused, was
 * unsure or read hiring, however low it ranks work: the trade read says what the work is, the
 * rent whose side the teller is on.
 */
export function asWorkToEarn(
  decision: Classification,
  ranking: Ranking,
  otherLanguage: boolean,
): Classification {
  if (decision.intent !== null && !decision.ambiguous && !HIRING.has(decision.intent))
    return decision;
  const plain = plainWords(decision.text);
  if (!EARNING_PRESSED.test(plain) || !OWN_HAND_AT_A_TRADE.test(plain)) return decision;
  if (SOMEONE_FOR_OTHERS.test(plain) || familyHires(plain, otherLanguage)) return decision;
  return turnedTo(decision, ranking, JOB_INTENT, undefined, ranking.ranked.length);
}
