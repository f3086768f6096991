import { decide, type Ranking } from "./classifier.js";
import type { Thresholds } from "./thresholds.js";

export interface RankedMessage {
  readonly ranking: Ranking;
  /** The right intent, or null for an out-of-scope message. */
  readonly label: string | null;
}

export interface Calibration {
  readonly thresholds: Thresholds;
  readonly metrics: Record<string, number>;
}

const GRID = Array.from({ length: 100 }, (_, i) => i / 100);
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

function outcome(messages: readonly RankedMessage[], thresholds: Thresholds) {
  let inScope = 0;
  let correct = 0;
  let outOfScope = 0;
  let rejected = 0;
  for (const { ranking, label } of messages) {
    const { intent } = decide("", ranking, thresholds);
    if (label === null) {
      outOfScope++;
      if (intent === null) rejected++;
    } else {
      inScope++;
      if (intent === label) correct++;
    }
  }
  return { accuracy: ratio(correct, inScope), rejection: ratio(rejected, outOfScope) };
}

/**
 * Picks thresholds on a labelled development set:
 * - minConfidence maximises in-scope accuracy plus out-of-scope rejection, equally weighted
 *   (a wrong answer and a missed need cost alike); the lowest such value wins ties;
 * - ambiguityMargin flags as many wrong accepted answers as it can while asking about at
 *   most one right answer in ten;
 * - suggestConfidence offers "Intendevi…?" on rejected messages where a need is more likely
 *   than not behind them: rejected in-scope messages count for, out-of-scope ones against.
 */
export function calibrate(messages: readonly RankedMessage[]): Calibration {
  const base: Thresholds = { minConfidence: 0, ambiguityMargin: 0, suggestConfidence: 1 };
  let best = { score: -1, minConfidence: 0 };
  for (const minConfidence of GRID) {
    const { accuracy, rejection } = outcome(messages, { ...base, minConfidence });
    const score = accuracy + rejection;
    if (score > best.score + 1e-9) best = { score, minConfidence };
  }
  const { minConfidence } = best;

  const accepted = messages
    .map((m) => ({ m, result: decide("", m.ranking, { ...base, minConfidence }) }))
    .filter(({ result }) => result.intent !== null);
  const margins = accepted.map(({ m, result }) => ({
    margin: result.confidence - (result.alternatives[0]?.confidence ?? 0),
    right: result.intent === m.label,
  }));
  const rightCount = margins.filter((x) => x.right).length;
  let ambiguityMargin = 0;
  for (const candidate of GRID) {
    const askedRight = margins.filter((x) => x.right && x.margin < candidate).length;
    if (ratio(askedRight, rightCount) > 0.05) break;
    ambiguityMargin = candidate;
  }

  const rejected = messages.filter(
    (m) => decide("", m.ranking, { ...base, minConfidence }).intent === null,
  );
  let suggest = { score: Number.NEGATIVE_INFINITY, value: 1 };
  for (const value of GRID) {
    let score = 0;
    for (const m of rejected) {
      const best = m.ranking.ranked[0]?.confidence ?? 0;
      if (m.ranking.knownWords > 0 && best > m.ranking.outOfScope && best >= value)
        score +=
          m.label !== null && m.ranking.ranked.slice(0, 3).some((r) => r.intent === m.label)
            ? 1
            : -1;
    }
    if (score > suggest.score) suggest = { score, value };
  }

  const thresholds: Thresholds = {
    minConfidence,
    ambiguityMargin,
    suggestConfidence: Math.max(suggest.value, 0.05),
  };
  const final = outcome(messages, thresholds);
  return {
    thresholds,
    metrics: {
      messages: messages.length,
      inScopeAccuracy: Number(final.accuracy.toFixed(4)),
      outOfScopeRejection: Number(final.rejection.toFixed(4)),
    },
  };
}
