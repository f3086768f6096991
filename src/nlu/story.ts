import type { Classification, Ranking } from "./decision.js";
import { ALTERNATIVES, alternativesTo } from "./decision.js";
import { DANGER_INTENT, GREETING_INTENT, WEMI_INFO_INTENT } from "./need.js";
import { isOneSentence } from "./telling.js";
import { inAskedOrder, segmentNeeds } from "./two-needs.js";

/**
 * How sure the sentence that says what has become hard must be of its need, alone, for a story
 * to be taken as asking for it. On dev-hard-6…9, 0.4 took a statement («assistere mia moglie è
 * faticoso ma lo faccio con amore») and a danger message for needs; 0.5 to 0.7 read the same;
 * 0.8 lost a story.
 */
export const STORY_CONFIDENCE = 0.6;

/**
 * Needs a citizen asks for and no difficulty implies: a person to talk to («non riesce a
 * parlare» is no wish for an operator), what WeMi is, a greeting, danger (read before any need).
 */
const NEVER_IMPLIED: ReadonlySet<string> = new Set([
  GREETING_INTENT,
  "operatore",
  WEMI_INFO_INTENT,
  DANGER_INTENT,
]);

/**
 * A story that asks nothing outright ("mia mamma ha 88 anni, è caduta, vive da sola e non
 * riesce più a cucinare") is about what it says has become hard: the age, the fall and living
 * alone lean the whole message to a carer, or leave it unsure, while the sentence of the
 * difficulty, read alone, names the need (meals). Taken when that sentence is sure of a need
 * and the whole message counts it among its best three, unless the whole message is surer of
 * another; a second thing listed as hard ("the shopping and cleaning") is offered as the second
 * need.
 */
export function withStoryNeed(
  decision: Classification,
  ranking: Ranking,
  /** Rankings of the story's sentences of difficulty, in the message's order. */
  story: readonly Ranking[],
  /** Rankings of what the message refuses, read plainly: needs the story does not ask for. */
  refused: readonly Ranking[] = [],
): Classification {
  // A refusal that names no need («non sono io che ho bisogno, è mio marito…») may refuse the
  // story's own: the story is left unread, as any refusal left it before.
  if (refused.some((r) => (r.ranked[0]?.confidence ?? 0) < STORY_CONFIDENCE)) return decision;
  const notAsked = new Set(refused.flatMap((r) => r.ranked.slice(0, 1).map((n) => n.intent)));
  const needs = segmentNeeds(story, STORY_CONFIDENCE).filter(
    (n) => !NEVER_IMPLIED.has(n.intent) && !notAsked.has(n.intent),
  );
  const [first, second] = needs;
  if (first === undefined) return decision;
  // The whole story is surer of another need than the sentence is of its own: «sta benissimo,
  // prima andava sempre al circolo a giocare a bocce, adesso non esce più» is activities with
  // others, though «non esce più», alone, is the shopping brought home.
  // A whole story surer of the need it refuses leans there on its own words: not a reason.
  if (
    decision.intent !== null &&
    !notAsked.has(decision.intent) &&
    decision.intent !== first.intent &&
    decision.confidence > first.confidence
  )
    return decision;
  const { intent, also } =
    second === undefined
      ? { intent: first.intent, also: decision.intent === first.intent ? decision.also : undefined }
      : inAskedOrder({ intent: first.intent, also: second.intent }, story);
  if (!ranking.ranked.slice(0, ALTERNATIVES).some((r) => r.intent === intent)) return decision;
  return {
    text: decision.text,
    intent,
    // As sure as the sentence that says it: the whole story spreads over other needs.
    confidence: needs.find((n) => n.intent === intent)?.confidence ?? 0,
    alternatives: alternativesTo(ranking.ranked, intent),
    ambiguous: false,
    ...(also === undefined ? {} : { also }),
  };
}

/**
 * How sure a story must be of a need, and one of its own asking pieces of the same need, for the
 * two readings to agree on it (withAgreedStory). On the older it/en dev sets: 0.2 and 0.3 (the
 * first guess) took 5 refused lines, 0.15 and 0.25 took 10 and no out-of-scope line, 0.1 and 0.2
 * took the same 10 and a false need (a wife who only wanted to vent). A greeting before a question
 * is read by the same two bars (greeting.ts).
 */
export const AGREED_STORY = 0.15;
export const AGREED_PIECE = 0.25;

/**
 * A story of several sentences spreads over the needs its people and places evoke, so the whole
 * message may stay below the bar of a need it implies («Da settembre rientro in ufficio e il
 * nido non ha posto… Ho tre mesi scoperti e non so come fare»: childcare at 0.39). When one of
 * its pieces that neither tells nor refuses, read alone, leans to the same need first, two
 * readings agree: the need is taken. Not a story that asks a question (it says what it wants,
 * and the model reads that), nor one that asks nothing WeMi does, tells one's own job, or names
 * a pet, a shop or an app; never a need no difficulty implies (a person to talk to, WeMi).
 */
export function withAgreedStory(
  decision: Classification,
  ranking: Ranking,
  /** The rankings of the message's pieces that neither tell nor refuse. */
  asking: readonly Ranking[],
  /** The message asks nothing WeMi does, tells one's own job, or names what WeMi does not serve. */
  notForUs: boolean,
): Classification {
  if (decision.intent !== null || notForUs) return decision;
  if (isOneSentence(decision.text) || decision.text.includes("?")) return decision;
  const best = ranking.ranked[0];
  if (best === undefined || ranking.knownWords === 0 || best.confidence < AGREED_STORY)
    return decision;
  if (NEVER_IMPLIED.has(best.intent)) return decision;
  const agrees = segmentNeeds(asking, AGREED_PIECE).some((need) => need.intent === best.intent);
  if (!agrees) return decision;
  return {
    ...decision,
    intent: best.intent,
    confidence: best.confidence,
    alternatives: ranking.ranked.slice(1, 1 + ALTERNATIVES),
    ambiguous: false,
  };
}
