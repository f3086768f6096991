import type { Classification, Ranking } from "./decision.js";
import { namedTrade } from "./hiring.js";
import type { OtherWords } from "./negation-languages.js";
import type { ReadWord } from "./reading.js";
import { turnedTo } from "./told-need.js";

/** Italian courses for foreigners. */
export const ITALIAN_COURSE_INTENT = "corsi_italiano";

/**
 * Italian as what stands in the way, said of oneself or one's own: «la lingua non la conosce»,
 * «non capisco quando mi parla», «non capisco quasi niente di quello che dicono», «devo chiedere alla vicina di leggere», «I can't even read the
 * signs», «I can't order at the bakery without pointing», «parla solo spagnolo», «il capo dice che devo migliorare
 * l'italiano», «le faccio da interprete», «she can't follow conversations», «I can't follow a word of what they say», «nobody at the market
 * understands her», «at the supermarket, the doctor, the condo meetings I'm lost», «I'm lost at the doctor», «the school
 * emails are all in Italian», «can't… follow what the doctor says», «I still can't… understand my
 * landlord», «dal medico non capisco niente», «a scuola non capisco cosa dicono le maestre» (not «niente di matematica»: a subject, not the
 * language), and the wish to learn it («I want to learn the language properly»).
 */
const LANGUAGE_BARRIER =
  /\b(?:(?:non|nn) (?:la |lo )?(?:parla|parlo|capisce|capisco|conosce|sa) (?:\w+ )?(?:l )?(?:italiano|la lingua|una parola)|la lingua non la conosce|italian\w* (?:\w+ ){0,3}(?:parla|capiss\w*) minga|parla solo (?:spagnolo|inglese|arabo|cinese|francese|portoghese|russo|ucraino|rumeno)|migliorare (?:l )?italiano|parlo meglio|parlare meglio con (?:la gente|le persone|gli altri)|(?:faccio|fa) da interprete|(?:non|nn) (?:ci )?capisc[oe] quando (?:mi |le |gli |ci )?parl\w*|(?:non|nn) (?:ci )?capisc[oe] (?:quasi )?(?:niente|nulla) di quello che (?:mi |le |gli |ci )?dic\w*|(?:can t|can not|cannot|don t|do not) (?:even |really )?(?:understand|follow) (?:a word|a thing|anything|much) (?:of )?what (?:\w+ ){0,3}(?:say|says|said|tell|tells)|chiedere (?:alla |al |a )?(?:vicin\w*|(?:mi\w* )?figli\w*|(?:mio )?marito|(?:mia )?moglie|qualcuno|un amic\w*|una amic\w*) di (?:leggere|tradurre|leggermi|tradurmi)|(?:don t|doesn t|does not|do not|can t|can not|cannot) (?:even )?(?:speak|understand|follow|read)(?: \w+){0,2} (?:italian|conversations|the signs|the cashier|anyone)|(?:order|ask for|buy)(?: \w+){0,4} without pointing|only (?:speaks|knows) (?:english|spanish|tagalog|arabic|chinese|portuguese)|(?:need|needs) (?:\w+ ){0,3}to translate|nobody (?:at \w+ )?(?:\w+ )?understands (?:her|him|me)|at (?:the )?(?:\w+ ){1,7}(?:i m|she s|he s|is|are) (?:completely |totally )?lost|(?:i m|i am|she s|she is|he s|he is) (?:totally |completely |really )?lost at (?:the )?\w+|(?:want|wants|need|needs|like|love) to (?:actually |really |properly )?(?:learn|study) (?:\w+ ){0,2}(?:italian|the language)|(?:vorrei|voglio|vuole|vorrebbe|devo|deve) imparare (?:bene )?(?:l )?(?:italiano|la lingua)|everything (?:at \w+ )?is in (?:english|italian)|all in italian|(?:dal (?:medico|dottore|pediatra)|dalla (?:dottoressa|pediatra)|a scuola|in ospedale|all ospedale|in farmacia|ai colloqui|alle riunioni|con (?:la|le|il|i|gli) (?:maestr[ae]|insegnant[ei]|professor\w*))(?: \w+){0,3} (?:non|nn) (?:ci )?capisc[oe] (?:quasi )?(?:(?:niente|nulla)(?! di (?!quello))|cosa|quello che|una parola)|(?:non|nn) (?:ci )?capisc[oe] (?:quasi )?(?:niente|nulla|cosa|quello che)(?: \w+){0,3} (?:dal (?:medico|dottore|pediatra)|dalla (?:dottoressa|pediatra)|a scuola|in ospedale|all ospedale|in farmacia|(?:il|la|le|i|gli) (?:medico|dottore|dottoressa|pediatra|maestr[ae]|insegnant[ei]))|(?:can t|can not|cannot|couldn t|could not) (?:\w+ ){0,5}?(?:follow|understand) (?:what )?(?:the|my|her|his|our) (?:doctor|gp|teachers?|landlord|neighbou?rs?|pharmacist|nurse)\b)\b/u;

/** Being, or being born, said before a nationality: «è italiana», «she's Italian», «sono italiano». */
const BEING_OF = new Set("sono siamo sei is s are am was were".split(" "));
const ITALIAN = /^italian[oaie]?$/;

/**
 * «Italian» said as who someone is («my mother-in-law lives with us, she's Italian, 79», «sono
 * italiano ma…»): a nationality, not the language a newcomer asks to learn; Italian «è» is left
 * out, spelt as «e», «and» («corsi di inglese e italiano»).
 */
export const italianByNationality = (tokens: readonly string[], i: number): boolean =>
  ITALIAN.test(tokens[i] as string) && BEING_OF.has(tokens[i - 1] ?? "");

/** Italian told as the barrier, in a message as plainWords gives it (see asItalianCourse). */
export const toldLanguageBarrier = (plain: string): boolean => LANGUAGE_BARRIER.test(plain);

/** How far after its negation Italian may be named: «ما كتفهم حتى كلمة بالطليانية». */
const BARRIER_REACH = 5;

/**
 * Italian told as the barrier in another language's words (locales/<lang>/reading.yaml
 * `italian`): Italian, or «the language», a few words after a negation or negated by the list
 * it goes on («no habla nada de italiano», «no sabe ni una palabra de italiano», «без мови
 * нікуди не беруть», «ومش بتعرف ولا كلمة طلياني»). Not after a word of wanting: «no necesito
 * un curso de italiano» refuses the course, and «necesito…» asks for something else.
 */
export function toldLanguageBarrierElsewhere(
  segments: readonly (readonly ReadWord[])[],
  other: OtherWords,
): boolean {
  const words = segments.flat();
  const tokens = words.map(({ word }) => word);
  return words.some(
    (w, j) =>
      other.italian(w.word) &&
      !words.slice(0, j).some((before) => other.wanting(before.word)) &&
      (w.negated ||
        words
          .slice(Math.max(j - BARRIER_REACH, 0), j)
          .some(
            ({ word }, k) =>
              other.negatesAt(tokens, Math.max(j - BARRIER_REACH, 0) + k) ||
              other.determiners.has(word),
          )),
  );
}

/**
 * A newcomer's story whose trouble is the language («lavoro in un ristorante… il capo dice che
 * se parlo meglio posso stare alla cassa», «my wife… nobody at the market understands her») is
 * about Italian courses, though its words of work, children or loneliness spread the model
 * below the bar. Taken only where the model refused the message (an unsure reading, «I don't
 * speak Italian, I need a cleaner who speaks English», keeps its question) and counts the
 * courses among its best needs. Told without naming Italian, asking nothing else («en el trabajo
 * no entiendo lo que me dicen», `notUnderstood`), it is taken over an unsure reading or a need
 * read from the teller's own job or children too: the job is theirs, the trouble the language.
 * In another language the barrier told is taken over any reading less sure than BARRIER_OVER
 * with the courses next («No habla nada de italiano… Le gustaría aprender» read as activities
 * for older people at 0.42, «…italiana deloc, la poștă n-am înțeles nimic» as work at 0.60).
 * A home trade asked for by name and read keeps its reading.
 */
export function asItalianCourse(
  decision: Classification,
  ranking: Ranking,
  barrier: boolean,
  notUnderstood = false,
  otherLanguage = false,
  /** Asks outright (ReadWords.requests): a trade named and asked for is hired. */
  requests = false,
  /**
   * Tells what the teller cannot do, asking nothing outright (ReadWords.asks, not requests):
   * «non capisco quando mi parla», not «adesso parlo meglio» (progress told).
   */
  inabilityTold = false,
): Classification {
  // A worker asked for by the trade the model read («Потрібна доглядальниця… Мама говорить
  // тільки українською») is to speak the family's language: what the hire asks, not a barrier.
  // Not the teller's own trade told («Nagtatrabaho po ako bilang badante… hindi ko maintindihan
  // ang doktor»): that worker's trouble is the language.
  const hired = requests && decision.intent === namedTrade(decision.text);
  if (otherLanguage && decision.intent !== null && hired) return decision;
  if (notUnderstood) return turnedTo(decision, ranking, ITALIAN_COURSE_INTENT, undefined);
  // Read as the course already, it keeps the second need beside it («…і ще хотіла б записатися»).
  if (!barrier || decision.intent === ITALIAN_COURSE_INTENT) return decision;
  if (otherLanguage && decision.confidence < BARRIER_OVER && coursesAmongBestTwo(ranking))
    return turnedTo(decision, ranking, ITALIAN_COURSE_INTENT, undefined);
  // Unsure between needs, a story that leans to the courses second or first and says what the
  // language keeps from the teller («…non capisco quando mi parla del medico»: a carer first, the
  // courses second) is the newcomer's; asking outright, or telling no inability, it keeps its
  // question.
  const unsure = decision.ambiguous && (!inabilityTold || !coursesAmongBestTwo(ranking));
  if (decision.intent !== null || unsure) return decision;
  return turnedTo(decision, ranking, ITALIAN_COURSE_INTENT, undefined);
}

/**
 * Below this a reading in another language gives way to the Italian barrier told: a worker's
 * job sought «без мови» (0.99) or a dyslexic son's school help (0.77) are read sure.
 */
const BARRIER_OVER = 0.65;

const coursesAmongBestTwo = (ranking: Ranking): boolean =>
  ranking.ranked[0]?.intent === ITALIAN_COURSE_INTENT ||
  ranking.ranked[1]?.intent === ITALIAN_COURSE_INTENT;
