import { type AloneReader, NOBODY_ALONE } from "./alone.js";
import { namesOnlyWhom } from "./for-whom.js";
import { DANGER_INTENT, GREETING_INTENT, HIRING, JOB_INTENT } from "./need.js";
import type { Thresholds } from "./thresholds.js";
import {
  confirmedRunnerUp,
  hiredPair,
  inAskedOrder,
  secondNeed,
  segmentNeeds,
  twoSplitNeeds,
} from "./two-needs.js";

export interface ScoredIntent {
  readonly intent: string;
  readonly confidence: number;
}

/** Probabilities for one message: every intent ranked, and the out-of-scope class. */
export interface Ranking {
  readonly ranked: readonly ScoredIntent[];
  /** The out-of-scope class, or the told class when the model has one and it is stronger. */
  readonly outOfScope: number;
  /** How many of the message's content words the catalogue's examples use. */
  readonly knownWords: number;
  /** The message tells and does not ask (the reading's "statement" cue). */
  readonly tells?: boolean;
  /**
   * The message asks nothing for the citizen: it tells that something goes well, a fact of a need
   * met, or it is schoolwork about a need (the reading's "satisfied", "settled", "schoolwork").
   */
  readonly satisfied?: boolean;
  /**
   * The message tells one's own job and asks nothing («trabajo como colf en Brera desde hace
   * seis años»): no job search, whatever words of work it has (other languages: read-words.ts).
   */
  readonly employed?: boolean;
  /** The message names what WeMi does not serve (the reading's "elsewhere" cue). */
  readonly elsewhere?: boolean;
  /** A segment a word that adds joins to another (Reading.joined). */
  readonly joined?: boolean;
}

export interface Classification {
  readonly text: string;
  /** The need understood, or null when the message is out of scope or too uncertain. */
  readonly intent: string | null;
  /** Probability of the best intent, in [0, 1], comparable across messages. */
  readonly confidence: number;
  /** The next best intents (or the best ones, when no intent was accepted). */
  readonly alternatives: readonly ScoredIntent[];
  /** Worth asking "Intendevi…?": the top intents are close, or the best one is plausible but unsure. */
  readonly ambiguous: boolean;
  /** A second need the message asks for too ("una badante e anche l'ISEE"), to be offered. */
  readonly also?: string;
}

export const ALTERNATIVES = 3;

/**
 * The best intents other than `intent`, in their order, as many as are offered. A loop, not a
 * callback made per call: see read-words.ts.
 */
export function alternativesTo(ranked: readonly ScoredIntent[], intent: string): ScoredIntent[] {
  const others: ScoredIntent[] = [];
  for (const r of ranked) {
    if (others.length === ALTERNATIVES) break;
    if (r.intent !== intent) others.push(r);
  }
  return others;
}

/**
 * Thanks and goodbyes stay greetings however well they end; danger told in one plain sentence
 * ("my partner is hitting me right now") is never a need already met.
 */
const NEVER_GOOD_NEWS: ReadonlySet<string> = new Set([GREETING_INTENT, DANGER_INTENT]);

/**
 * How sure a need must be beside a pet, a shop or an app ("dog sitter", "ordinata su Amazon"):
 * 0.6, 0.8 and always refusing were tried on dev; 0.8 and refusing both took 4 false needs off and
 * cost no need, and 0.8 still lets a need said outright through ("badante, abbiamo anche un gatto").
 */
const ELSEWHERE_CONFIDENCE = 0.8;

/** Turns probabilities into a decision; kept apart from the model so thresholds can be tuned. */
export function decide(
  text: string,
  ranking: Ranking,
  thresholds: Thresholds,
  alone: AloneReader = NOBODY_ALONE,
): Classification {
  const [best, second] = ranking.ranked;
  if (best === undefined)
    return { text, intent: null, confidence: 0, alternatives: [], ambiguous: false };
  // With no known word the probabilities only echo the priors and character fragments.
  const plausible = ranking.knownWords > 0 && best.confidence > ranking.outOfScope;
  // A message that only tells of a need ("la badante di mia nonna è rumena") must be surer.
  const needed =
    ranking.tells && thresholds.statementConfidence !== undefined
      ? Math.max(thresholds.minConfidence, thresholds.statementConfidence)
      : thresholds.minConfidence;
  // Good news about a need ("la badante di papà è una donna d'oro") is never taken as asking
  // for it: at most the citizen is asked "Intendevi…?".
  const goodNews = ranking.satisfied === true && !NEVER_GOOD_NEWS.has(best.intent);
  const elsewhere = thresholds.elsewhereConfidence ?? ELSEWHERE_CONFIDENCE;
  const bar = ranking.elsewhere ? Math.max(needed, elsewhere) : needed;
  // One's own job told is no job wanted, nor the trade it names («eu lucrez ca badantă la o
  // familie…»: the teller is the carer): at most the citizen is asked.
  const ownJob =
    ranking.employed === true && (best.intent === JOB_INTENT || HIRING.has(best.intent));
  // Only whom the help is for («for my elderly grandmother»): which help is asked, however sure.
  const onlyWhom = ranking.knownWords > 0 && namesOnlyWhom(text);
  const accepted = plausible && best.confidence >= bar && !goodNews && !ownJob && !onlyWhom;
  if (!accepted) {
    // Sure enough for a request but only telling: "Intendevi…?" lets the citizen say so.
    const toldNeed = plausible && best.confidence >= thresholds.minConfidence;
    // Surely a need, only not sure which: the citizen is asked which one.
    const someNeed = ranking.outOfScope <= (thresholds.suggestOutOfScope ?? -1);
    // Someone living alone, in a story that names no difficulty: asked, care first, even when
    // the story's telling outweighs every need (the told class learns the writers' stories).
    const livesAlone = ranking.knownWords > 0 && !goodNews && alone.livesAlone(text);
    return {
      text,
      intent: null,
      confidence: best.confidence,
      alternatives: (livesAlone ? alone.careFirst(ranking.ranked) : ranking.ranked).slice(
        0,
        ALTERNATIVES,
      ),
      ambiguous:
        onlyWhom ||
        livesAlone ||
        (plausible && (toldNeed || someNeed || best.confidence >= thresholds.suggestConfidence)),
    };
  }
  const margin = best.confidence - (second?.confidence ?? 0);
  return {
    text,
    intent: best.intent,
    confidence: best.confidence,
    alternatives: ranking.ranked.slice(1, 1 + ALTERNATIVES),
    ambiguous: margin < thresholds.ambiguityMargin,
  };
}

/**
 * A long story can drown the one sentence that asks ("…, cerco una badante. Vi racconto…").
 * When the whole message is rejected but a segment that asks is sure of a need: if the
 * whole message leans to that need too, it is meant; otherwise it is offered first as
 * "Intendevi…?" and the decision stays a rejection.
 */
function withSegmentSuggestion(
  decision: Classification,
  ranking: Ranking,
  segments: readonly Ranking[],
  minConfidence: number,
): Classification {
  const [lead] = segmentNeeds(segments, minConfidence);
  if (lead === undefined) return decision;
  const best = ranking.ranked[0];
  // The story around it only weakened the need the message asks for: that need is meant,
  // unless the whole message leans out of scope ("pasti a domicilio per me stasera, sushi o
  // pizza?": a need's words in a segment, a dinner for oneself in the message).
  if (
    best?.intent === lead.intent &&
    ranking.knownWords > 0 &&
    best.confidence > ranking.outOfScope
  )
    return {
      ...decision,
      intent: best.intent,
      alternatives: ranking.ranked.slice(1, 1 + ALTERNATIVES),
      ambiguous: false,
    };
  const others = decision.alternatives.filter((a) => a.intent !== lead.intent);
  return {
    ...decision,
    ambiguous: true,
    alternatives: [lead, ...others].slice(0, ALTERNATIVES),
  };
}

/**
 * The decision on a whole message and its segments: a second need a segment asks for beside
 * the need understood, or, when the whole message was refused, two needs split between its
 * segments or one that a segment asks for.
 */
export function decideWithSegments(
  text: string,
  ranking: Ranking,
  segments: readonly Ranking[],
  onlyTells: boolean,
  thresholds: Thresholds,
  alone: AloneReader = NOBODY_ALONE,
): Classification {
  const decision = decide(text, ranking, thresholds, alone);
  const { alsoConfidence } = thresholds;
  if (alsoConfidence === undefined) return decision;
  const hired = onlyTells || ranking.employed ? undefined : hiredPair(text, segments);
  if (hired !== undefined)
    return {
      text,
      ...hired,
      confidence: ranking.ranked[0]?.confidence ?? 0,
      alternatives: alternativesTo(ranking.ranked, hired.intent),
      ambiguous: false,
    };
  if (decision.intent === null) {
    // A story that asks nothing ("la nostra badante Olga e bravissima, con papà ha molta
    // pazienza": "e" typed for "è" cuts off a bare "badante") is not rescued by a piece of it.
    if (onlyTells || ranking.satisfied || ranking.employed) return decision;
    // Care for someone living alone is asked about first, before a piece of the story's needs
    // («lavoro tutto il giorno» is the worried child's day, not a job wanted).
    if (decision.ambiguous && alone.livesAlone(text)) return decision;
    const two = twoSplitNeeds(ranking, segments, thresholds.minConfidence, alsoConfidence);
    if (two === undefined)
      return withSegmentSuggestion(decision, ranking, segments, alsoConfidence);
    return {
      text,
      ...inAskedOrder(two, segments),
      confidence: ranking.ranked[0]?.confidence ?? 0,
      alternatives: ranking.ranked.slice(1, 1 + ALTERNATIVES),
      ambiguous: false,
    };
  }
  // A piece sure of a need on its own, or two readings that agree on it.
  const also =
    secondNeed(decision.intent, segments, alsoConfidence, thresholds.joinedAlsoConfidence) ??
    confirmedRunnerUp(decision.intent, ranking, segments);
  if (also === undefined) return decision;
  // The need asked first leads; the message is as sure of the pair as of its best need. A job
  // search read on the whole message leads a trade named before it: a worker lists the trades
  // offered («io pulizie, stiro, badante… ho bisogno lavoro») before asking for the work.
  const ordered =
    decision.intent === JOB_INTENT && HIRING.has(also)
      ? { intent: decision.intent, also }
      : inAskedOrder({ intent: decision.intent, also }, segments);
  return {
    ...decision,
    ...ordered,
    alternatives: alternativesTo(ranking.ranked, ordered.intent),
  };
}
