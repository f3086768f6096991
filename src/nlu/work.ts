import { ALTERNATIVES, type Classification, type Ranking } from "./decision.js";
import { JOB_INTENT } from "./need.js";

/**
 * Needs of a family that hires someone in the home: the worker who offers the same trade uses
 * their words («lavoro come colf… cerco altra famiglia, sono brava a stirare»: cleaning,
 * ironing).
 */
const HIRING: ReadonlySet<string> = new Set(["colf", "badante", "babysitter"]);

/**
 * A message that looks for work or tells one's own trade (the reading's "work" cue) and was
 * read as hiring that trade asks for work: the words say which trade, the cue whose side of it
 * the citizen is on. A second need of hiring is the same trade again, and is dropped. Read as
 * looking for work, it is not asked «Intendevi…?» between that and hiring the same trade
 * («caut de lucru ca îngrijitoare»).
 */
export function asWorkSought(
  decision: Classification,
  ranking: Ranking,
  seeksWork: boolean,
): Classification {
  if (!seeksWork || decision.intent === null) return decision;
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
