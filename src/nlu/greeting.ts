import { asksRecommendation } from "./asked-object.js";
import type { Classification, Ranking } from "./decision.js";
import { DANGER_INTENT, GREETING_INTENT } from "./need.js";
import { AGREED_PIECE, AGREED_STORY } from "./story.js";
import { plainWords, turnedTo } from "./told-need.js";
import { segmentNeeds } from "./two-needs.js";

/**
 * A greeting that opens a question («salam alikom, khti bghat t3lem italiano fin tqra?», «hello
 * po good evening, ask ko lang po may italian class po ba kayo») is a question, not a hello: in
 * another language the model's few words of the need weigh less than the greeting's many, and
 * the greeting comes first. Taken when the model took the message for a greeting, a piece of it
 * after the greeting, read alone, names a need, and the whole message ranks that need right after
 * the greeting: both readings agree on what is asked, by the bars of a story's agreeing piece
 * (story.ts). The whole message's bar keeps thanks with a blessing («Muchas gracias… Dios le
 * bendiga a usted y a su familia») a greeting: a piece leaned to work, the whole gave it little.
 * Not a message the model refused (thanks for a need met: «Tapos na po ang ISEE namin,
 * salamat»); never danger (read before any need).
 */
export function asNeedAfterGreeting(
  decision: Classification,
  ranking: Ranking,
  /** The rankings of the message's pieces that neither tell nor refuse. */
  pieces: readonly Ranking[],
): Classification {
  if (decision.intent !== GREETING_INTENT) return decision;
  const second = ranking.ranked[1];
  if (second === undefined || second.intent === DANGER_INTENT || second.confidence < AGREED_STORY)
    return decision;
  const agrees = segmentNeeds(pieces, AGREED_PIECE).some((need) => need.intent === second.intent);
  return agrees ? turnedTo(decision, ranking, second.intent, undefined) : decision;
}

/**
 * Where a thing is, asked after a greeting («ciao fratello, sai dove c'è una macelleria halal
 * vicino Lambrate?», «buongiorno, avete colf per la zona Navigli?»), or a recommendation asked
 * («mi consigli una pizzeria buona al Giambellino?»): a question about a place or a thing, not a
 * hello. «Buongiorno, come va?» and «buon dì, si può scrivere qui?» ask of no place.
 */
const WHERE_ASKED = /\b(?:dove|where|in zona|per la zona|vicino a?|near|nearby|around here)\b/u;

/**
 * A greeting read in Italian or English beside a question of where: the greeting is not what is
 * asked, so the message is refused and its needs offered; what it asks is left to the citizen.
 */
export function withoutGreetingBesideWhere(decision: Classification): Classification {
  const plain = plainWords(decision.text);
  return withoutGreetingBesideQuestion(
    decision,
    WHERE_ASKED.test(plain) || asksRecommendation(plain),
  );
}

/** A question mark, as Latin, Chinese («？») and Arabic («؟») letters write it. */
const QUESTION_MARK = /[?？؟]/u;

/** A greeting beside a question that asks (told by the caller) is refused, its needs offered. */
export function withoutGreetingBesideQuestion(
  decision: Classification,
  asks: boolean,
): Classification {
  if (decision.intent !== GREETING_INTENT || !QUESTION_MARK.test(decision.text) || !asks)
    return decision;
  return { ...decision, intent: null, ambiguous: false };
}
