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
import { TURN_WORDS } from "../language/turns.js";
import type { Classification } from "./decision.js";
import { type MissingWords, saysNothingMissing, WORKER } from "./in-place.js";
import type { OtherWords } from "./negation-languages.js";
import { HAN } from "./normalize.js";
import { offeredOnly, plainOf, plainWords } from "./told-need.js";

/** One's own, a relative's or anyone's: «our», «la nostra», «my mum's» (plainWords: «mum s»). */
const WHOSE = "(?:my|our|his|her|their|mia|mio|nostra|nostro|sua|suo|\\w+ s)";

/**
 * The family's worker named by what she does for it, as families call one they know: «la
 * signora che ci fa le pulizie», «la ragazza che mi stira», «the lady who cleans for us».
 */
const DOES_FOR_US =
  "(?:signora|ragazza|ragazzo|donna|signore|lady|woman|girl|guy|man) (?:che|who) (?:ci |mi |gli |le )?(?:fa|stira|pulisce|tiene|porta|cleans|irons|minds|looks after|does|brings)";

/**
 * The family's worker opening a sentence: «our nanny…», «la nostra colf…», «la badante di mia
 * zia…», «la signora che ci fa le pulizie…».
 */
const WORKER_TOLD = new RegExp(
  `^(?:(?:la|il|lo|the) )?(?:${WHOSE} (?:\\w+ s )?(?:\\w+ )?${WORKER}|${WORKER} (?:di|del|della) ${WHOSE} \\w+|${DOES_FOR_US}) \\w+`,
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

const TURN_AFTER = new RegExp(
  `(?<![\\p{L}])(?:${TURN_WORDS}|mas|porem|bas|بس)(?![\\p{L}])|但是|可是`,
  "gu",
);

/**
 * Whether the words turn: a turn that is no other word in the message's language (French «ma»,
 * my; Portuguese «mais», Spanish «más», more; Spanish «dar», to give).
 */
const turnsIn = (rest: string, notTurning: ReadonlySet<string>): boolean =>
  [...rest.matchAll(TURN_AFTER)].some(([word]) => !notTurning.has(word));

/** The teller turning to oneself after a relative's news: «…y yo…», «…а мені…», «…e eu…». */
const TO_ONESELF =
  /(?<![\p{L}])(?:y|e|et|si|iar|а|и|і|dhe) (?:yo|a mi|eu|moi|je|noi|я|мені|мне|нам|nosotros|nos|une)(?![\p{L}])/u;

/**
 * What follows a search told as over adds nothing: no turn, no need of the teller's, nothing
 * missing.
 */
const endsTheStory = (rest: string, other: MissingWords): boolean =>
  !turnsIn(rest, other.notTurning) && !TO_ONESELF.test(rest) && saysNothingMissing(rest, other);

/**
 * The other languages' words a need told as met is read with (negation-languages.ts): where the
 * need is told as met (reading.yaml met: work found, a worker taken on or praised, help had),
 * and the words of wanting, which ask in those languages where «asks» does not hear them.
 */
export type MetWords = Pick<OtherWords, "met" | "justTelling" | "visited" | "wanting" | "past"> &
  MissingWords;

/**
 * A word of wanting, in a message's words as plainWords gives them: Chinese writes no spaces,
 * so anywhere in a clause of Han characters («我也想找工作»).
 */
function wantsIn(plain: string, wanting: OtherWords["wanting"]): boolean {
  return plain
    .split(" ")
    .some((word) =>
      HAN.test(word) ? [...word].some((_, i) => wanting(word.slice(i))) : wanting(word),
    );
}

/**
 * A need told as met with nothing wanted around it nor turning after it: «Ele já achou serviço
 * numa pizzaria, mas eu tô em casa…» seeks work, «ang bait ng dati naming yaya, kailangan
 * namin ng bagong yaya» a nanny. The phrase itself may hold a stem of wanting («nos ayudó
 * mucho», «帮了我们很多»).
 */
function metElsewhere(plain: string, other: MetWords): boolean {
  const said = other.met(plain);
  if (said === undefined) return false;
  const rest = plain.slice(said.end);
  return (
    endsTheStory(rest, other) && !wantsIn(`${plain.slice(0, said.start)} ${rest}`, other.wanting)
  );
}

/**
 * The teller saying they only wanted to tell («…ahora él está contento. Solo quería contarles»,
 * «…doar voiam să vă spun că totul a mers bine»), with nothing wanted around it nor missing
 * after it: whatever need the story names, and whatever it says of oneself, it asks for none.
 */
function justTelling(plain: string, other: MetWords): boolean {
  const said = other.justTelling(plain);
  if (said === undefined) return false;
  const rest = plain.slice(said.end);
  return (
    saysNothingMissing(rest, other) &&
    !wantsIn(`${plain.slice(0, said.start)} ${rest}`, other.wanting)
  );
}

/** The offices a family goes to for its papers, as citizens name them in any language. */
const OFFICE =
  /^(?:\p{L}+ ){0,2}?(?:caf|patronat\p{L}*|патронат\p{L}*|questur\p{L}*|квестур\p{L}*|inps|comune|anagrafe|sportello|wemi)(?![\p{Script=Latin}\p{Script=Cyrillic}])/u;

/**
 * A visit to an office told («fui al CAF… me hicieron esperar 3 horas», «am fost la patronato
 * pt pensie si m-au trimis acasa», «上次去CAF等了一上午»), nothing wanted but in the past
 * («faltaba un papel»): the teller tells how it went, good or bad, and asks for no need.
 */
function officeVisited(plain: string, other: MetWords): boolean {
  const said = other.visited(plain);
  if (said === undefined || !OFFICE.test(plain.slice(said.end).trimStart())) return false;
  return !plain.split(" ").some((word) => !other.past(word) && wantsIn(word, other.wanting));
}

/**
 * A relative's or a friend's work search told as over: sought in the past, then found after a
 * turn («mi cuñada estaba buscando trabajo… pero ya le salió algo», «теж шукала роботу але вже
 * знайшла в готелі»). The turn ends the search, so it is no contrast; the past search is needed
 * because «вже знайшла» alone may be a flat or a course.
 */
const SOUGHT_THEN_FOUND =
  /(?<![\p{L}])(?:(?:estaba|andaba) buscando|buscaba|estava procurando|procurava|cherchait|cauta|шукала|шукав|шукали|искала|искал|искали) (?:\p{L}+ ){0,6}?(?:pero|mas|mais|dar|але|но) (?:\p{L}+ )?(?:ya (?:le |les )?(?:salio algo|encontr\p{L}*)|ja (?:achou|encontrou|arrumou)|a (?:deja )?trouve|a gasit|вже знаишл\p{L}*|уже нашл\p{L}*)(?![\p{L}])/u;

/**
 * Wanting, needing or leaving: the worker told may be the need («la mia badante vuole…», «…is
 * leaving», «va in pensione a giugno»).
 */
const WANTING_OR_LEAVING =
  /\b(?:vuol\w*|vorreb\w*|want\w*|would|need\w*|bisogno|serv(?:e|ono|irebbe|irebbero)|cerc\w*|looking|torna\w*|partit\w*|parte|andata via|se n e andat\w*|lascia\w*|leaving|left|quit\w*|going back|moving|licenzi\w*|(?:va|vada|andra) in pensione|retir(?:es|ing))\b/u;

/**
 * The family seeing to the need itself, the one who does it said after the verb or as «I»:
 * «la bimba la tiene mia suocera», «i bambini li porto io», «lo seguiamo io e mia sorella a
 * turno», «ormai cucino io», «mangia da mia sorella», «my sister will help», «I cook for both
 * of us». What comes before it may tell what is missing («non cucina più»): that is why the
 * family sees to it; what comes after may not. «Lei», «lui», «she» are left out: «cucina lei»
 * is as often the one in need, who still cooks (a catalogue example of shopping asked).
 */
const SEEN_TO_BY_FAMILY = new RegExp(
  `\\b(?:(?:l[oaie]|ci) (?:tien\\w*|teng\\w*|port[aoi]\\w*|segu\\w*|accompagn\\w*|pens[aoi]\\w*) (?:io|noi|${WHOSE} ${PEOPLE})|(?:tengo|teniamo|cucino|cuciniamo) (?:io|noi)|(?:mangia|mangiano) da ${WHOSE} ${PEOPLE}|${WHOSE} ${PEOPLE} (?:ll|will) (?:help|look after|mind|cook|take care)|(?:my|our) ${PEOPLE} (?:looks after|takes care of|minds|cooks for)|i (?:cook|do the cooking|do the shopping) for)\\b`,
  "u",
);

/**
 * The teller saying it is fine as it is, at the end: «va bene così», «all good», «we're fine as
 * we are», «rispettiamo la sua scelta». Whatever came before (a need refused, called off, seen
 * to), the message settles it.
 */
const SETTLED_AS_IT_IS =
  /\b(?:(?:va|vanno|sta|stiamo|sto) bene cosi|all good|(?:we|i) (?:re|are|m|am) fine as (?:we|i) (?:are|am)|rispett\w+ la sua (?:scelta|decisione)|respect (?:her|his|their) (?:choice|decision|wishes))\b(?!.*\b(?:ma|but|pero)\b)/u;

/** A need called off by name («lascia stare la tata», «never mind the cleaner»): no leaving. */
const CALLED_OFF = /\b(?:lasci\w* (?:stare|perdere)|never mind|forget about)\b/gu;

/** Where a sentence ends: the provider opens one of them. */
const SENTENCE_END = /[.!…;]+/u;

/**
 * Whether a message tells of a need met by whose it is or how it went, and says nothing
 * missing, hard, wanted or turning: the caller checks that it asks nothing.
 */
export function toldNotAsked(text: string, other: MetWords): boolean {
  if (text.includes("?")) return false;
  const plain = plainWords(text);
  if (justTelling(plain, other) || officeVisited(plain, other)) return true;
  if (WANTING_OR_LEAVING.test(plain)) return false;
  const over = SOUGHT_THEN_FOUND.exec(plain);
  if (over !== null) return endsTheStory(plain.slice(over.index + over[0].length), other);
  if (!saysNothingMissing(plain, other)) return false;
  if (GONE_THROUGH.test(plain) || metElsewhere(plain, other)) return true;
  return text.split(SENTENCE_END).some((sentence) => {
    const opening = plainOf(sentence);
    return WORKER_TOLD.test(opening) || PROVIDER_TOLD.test(opening);
  });
}

/**
 * A message that asks nothing and tells a need met is no request: the need read is offered as
 * «Intendevi…?», first among the alternatives.
 */
export function asToldNotAsked(
  decision: Classification,
  asksNothing: boolean,
  other: MetWords,
): Classification {
  if (!asksNothing || decision.intent === null) return decision;
  if (!toldNotAsked(decision.text, other)) return decision;
  return offeredOnly(decision);
}

/**
 * Whether a message settles its need as it is (SETTLED_AS_IT_IS) or tells the family seeing to
 * it itself (SEEN_TO_BY_FAMILY), and says nothing missing, hard or turning from there on (nor,
 * the family's, anyone wanted or leaving).
 */
export function needSettled(text: string): boolean {
  if (text.includes("?")) return false;
  const plain = plainWords(text);
  const settled = SETTLED_AS_IT_IS.exec(plain);
  if (settled !== null) return saysNothingMissing(plain.slice(settled.index));
  if (WANTING_OR_LEAVING.test(plain.replace(CALLED_OFF, " "))) return false;
  const seenTo = SEEN_TO_BY_FAMILY.exec(plain);
  return seenTo !== null && saysNothingMissing(plain.slice(seenTo.index));
}

/**
 * A message that requests nothing and settles its need (the family sees to it, or it is fine as
 * it is) is no request, though it tells what someone can no longer do (an inability, which asks
 * elsewhere): the need read is offered as «Intendevi…?».
 */
export function asNeedSettled(decision: Classification, requestsNothing: boolean): Classification {
  if (!requestsNothing || decision.intent === null) return decision;
  if (!needSettled(decision.text)) return decision;
  return offeredOnly(decision);
}
