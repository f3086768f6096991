import { ACTIVE_AGEING_INTENT } from "./ageing.js";
import type { Classification, Ranking, ScoredIntent } from "./decision.js";
import { ITALIAN_COURSE_INTENT } from "./learner.js";
import { DISABILITY_INTENT, GREETING_INTENT, HIRING, JOB_INTENT } from "./need.js";

/**
 * The needs the segments are confidently about, most confident first; a segment joined by a
 * word that adds needs `joinedConfidence` when given.
 */
/** Needs most confident first; made once, not per call: see read-words.ts. */
export const mostConfidentFirst = (a: ScoredIntent, b: ScoredIntent) => b.confidence - a.confidence;

export function segmentNeeds(
  segments: readonly Ranking[],
  minConfidence: number,
  joinedConfidence = minConfidence,
): ScoredIntent[] {
  const needs = new Map<string, number>();
  for (const segment of segments) {
    const top = segment.ranked[0];
    if (top === undefined || segment.knownWords === 0 || top.intent === GREETING_INTENT) continue;
    const bar = segment.joined ? joinedConfidence : minConfidence;
    if (top.confidence < bar || top.confidence <= segment.outOfScope) continue;
    needs.set(top.intent, Math.max(needs.get(top.intent) ?? 0, top.confidence));
  }
  return [...needs]
    .map(([intent, confidence]) => ({ intent, confidence }))
    .sort(mostConfidentFirst);
}

/**
 * The second need of a message that asks for two ("cerco una badante per mia madre e anche
 * qualcuno per l'ISEE"): the best intent of one of its segments, other than the main one,
 * when that segment alone is confidently about it. A negated segment ("non mi serve la
 * badante") reads as out of scope, so it never offers what the citizen refused.
 */
export function secondNeed(
  main: string,
  segments: readonly Ranking[],
  minConfidence: number,
  joinedConfidence?: number,
): string | undefined {
  return segmentNeeds(segments, minConfidence, joinedConfidence).find(
    (need) => need.intent !== main,
  )?.intent;
}

/**
 * How a second need is found when no segment alone is sure of it (0.9): the whole message's
 * runner-up takes at least RUNNER_UP of it, and a segment of its own is sure of it at
 * CONFIRMED, as another is of the main need; the message has at most SHORT segments, as a
 * long story spreads its sentences over needs it only tells. On the older it/en dev sets
 * (0.1–0.15, 0.5–0.7, 3–4 segments tried) both needs of 192 → 205 of 313 two-need messages,
 * a second need offered beside one need 63 → 66 times; without the main need's own segment
 * 221 and 117.
 */
const RUNNER_UP = 0.15;
const CONFIRMED = 0.6;
const SHORT = 3;

/**
 * The second need of a short message that asks for two in two pieces («Where is the WeMi in via
 * Statuto? I'm looking for work as a nanny»): two readings agree on it, the whole message
 * leaning to it second and a piece of it leaning to it first, while another piece asks for the
 * main need. A piece the citizen refuses is no segment (classifier.ts), so it is never offered.
 */
export function confirmedRunnerUp(
  main: string,
  whole: Ranking,
  segments: readonly Ranking[],
): string | undefined {
  if (segments.length > SHORT) return undefined;
  const runnerUp = whole.ranked.find((r) => r.intent !== main);
  if (runnerUp === undefined || runnerUp.confidence < RUNNER_UP) return undefined;
  const found = new Set(segmentNeeds(segments, CONFIRMED).map((n) => n.intent));
  return found.has(main) && found.has(runnerUp.intent) ? runnerUp.intent : undefined;
}

/** A word that adds a second thing asked for, in Italian or English («e anche», «and also»). */
const ADDS = /\b(?:anche|pure|also|too|as well|plus)\b/u;

/**
 * A trade a family hires and another need, each named in a piece of its own, a word that adds
 * between them («cerco una colf e anche una babysitter», «una badante per mia madre e anche
 * qualcuno per la domanda di invalidità»): the whole message leans to work sought (a worker lists
 * the trades offered), hesitates between the two, or leaves the second a runner-up too small to
 * offer (0.015). When the pieces surely name (CONFIRMED) exactly two needs, one of them a trade a
 * family hires, and none reads work, the pieces' needs are meant, in the order asked (two trades
 * in session 42; a trade beside any need in session 43: both needs read 267 → 280 of 508 on every
 * it/en development writer, one need more taken second, one second need more never said, with a
 * model learning the writers' telling lines more, since reverted: data/nlu/README.md).
 */
export function hiredPair(
  text: string,
  segments: readonly Ranking[],
): { intent: string; also: string } | undefined {
  if (!ADDS.test(text.toLowerCase())) return undefined;
  const readsWork = (segment: Ranking) =>
    segment.knownWords > 0 && segment.ranked[0]?.intent === JOB_INTENT;
  if (segments.some(readsWork)) return undefined;
  const [first, second, third] = segmentNeeds(segments, CONFIRMED);
  if (first === undefined || second === undefined || third !== undefined) return undefined;
  if (!HIRING.has(first.intent) && !HIRING.has(second.intent)) return undefined;
  return inAskedOrder({ intent: first.intent, also: second.intent }, segments);
}

/**
 * A message asking for two needs splits its probability between them, so neither may reach
 * the confidence to be accepted alone. When the two best intents together do, and a segment
 * of the message is confidently about each, both are meant: the better one leads.
 */
export function twoSplitNeeds(
  whole: Ranking,
  segments: readonly Ranking[],
  minConfidence: number,
  alsoConfidence: number,
): { intent: string; also: string } | undefined {
  const [first, second] = whole.ranked;
  if (first === undefined || second === undefined) return undefined;
  if (first.confidence + second.confidence < minConfidence) return undefined;
  if (first.confidence + second.confidence <= whole.outOfScope) return undefined;
  const found = new Set(segmentNeeds(segments, alsoConfidence).map((need) => need.intent));
  return found.has(first.intent) && found.has(second.intent)
    ? { intent: first.intent, also: second.intent }
    : undefined;
}

/**
 * Two needs in the order the citizen asked for them: the dialogue answers the first one and
 * offers the other, so "una badante e anche l'ISEE" leads with the badante even when the
 * ISEE words weigh more in the whole message.
 */
export function inAskedOrder(
  needs: { intent: string; also: string },
  segments: readonly Ranking[],
): { intent: string; also: string } {
  const first = (intent: string) => segments.findIndex((s) => s.ranked[0]?.intent === intent);
  const main = first(needs.intent);
  const also = first(needs.also);
  return also !== -1 && main !== -1 && also < main
    ? { intent: needs.also, also: needs.intent }
    : needs;
}

/**
 * Whether a reading can take the whole message's second need: it has none of its own, and it
 * names a need (a pair is only ever read beside a need, so a reading of none is never one of
 * two). Readers ask it before reading the whole message for nothing.
 */
export const mayTakeSecondNeed = (need: Classification): boolean =>
  need.also === undefined && need.intent !== null;

/**
 * The whole message's two needs ("una badante e i pasti a domicilio"), kept when the reading
 * chosen (without the place) hesitates between the same two: it is asked both, not unsure.
 */
export function withSecondNeed(need: Classification, whole: Classification): Classification {
  if (!mayTakeSecondNeed(need) || whole.also === undefined) return need;
  const named = [whole.intent, whole.also];
  const runnerUp = need.alternatives[0]?.intent ?? null;
  if (!named.includes(need.intent) || !named.includes(runnerUp)) return need;
  return { ...need, also: runnerUp ?? whole.also };
}

/**
 * Italian asked to be learnt: a course, lessons, to learn, study or improve it. Italian only
 * spoken a little («parlo poco italiano», «she doesn't speak Italian») is told of a person
 * asking for something else, not a course asked for beside it.
 */
const LEARNING_ASKED =
  /\b(?:cors[oi]|lezion[ei]|impar\w*|studi\w*|miglior\w*|livello|learn\w*|lessons?|class(?:es)?|courses?|improv\w*|study\w*)\b/u;

/** In Italian or English words (see withoutUnsaidSecond). */
const courseNeverAsked = (text: string): boolean => !LEARNING_ASKED.test(text.toLowerCase());

/** An older person named: activities asked beside a disability may then be theirs. */
const OLDER_PERSON =
  /\b(?:anzian\w*|pensionat\w*|in pensione|nonn[oaie]|elderly|older|retired|grand(?:ma|pa|mother|father))\b/u;

/** Activities asked by a disabled child's family are the family's, not active ageing. */
const ageingNeverAsked = (text: string): boolean => !OLDER_PERSON.test(text.toLowerCase());

/**
 * A second need the citizen never said, dropped from the pair: a greeting, which is said around a
 * need and is never one; a trade beside work sought, which is the work offered («cerco lavoro,
 * pulizie, badante, tutto fare»), not a family hiring; an Italian course no word of which asks
 * to learn Italian. A greeting read first beside a need gives the need its place.
 * `italianOrEnglish`: the message was read as Italian or English, the languages of the words
 * that ask for a course or name an older person; another language's are left to its own words.
 */
export function withoutUnsaidSecond(
  decision: Classification,
  italianOrEnglish: boolean,
): Classification {
  const { also, ...single } = decision;
  if (also === undefined || decision.intent === null) return decision;
  if (decision.intent === GREETING_INTENT) return { ...single, intent: also };
  const unsaid =
    also === GREETING_INTENT ||
    (decision.intent === JOB_INTENT && HIRING.has(also)) ||
    (italianOrEnglish && also === ITALIAN_COURSE_INTENT && courseNeverAsked(decision.text)) ||
    (italianOrEnglish &&
      decision.intent === DISABILITY_INTENT &&
      also === ACTIVE_AGEING_INTENT &&
      ageingNeverAsked(decision.text));
  return unsaid ? single : decision;
}
