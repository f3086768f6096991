import type { Classification, IntentClassifier } from "./classifier.js";
import type { LabelledMessage } from "./dataset.js";

/** The label used for "no intent" in per-class figures and confusions. */
export const NO_INTENT = "(none)";

export interface ClassMetrics {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface EvaluationReport {
  readonly inScope: number;
  readonly outOfScope: number;
  readonly top1: number;
  readonly top3: number;
  readonly outOfScopeRejection: number;
  readonly macroF1: number;
  readonly perClass: readonly ClassMetrics[];
  readonly confusions: readonly {
    expected: string;
    got: string;
    count: number;
    examples: string[];
  }[];
}

export const TARGETS = { top1: 0.95, top3: 0.99, outOfScopeRejection: 0.9 } as const;

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function evaluate(
  classifier: IntentClassifier,
  messages: readonly LabelledMessage[],
): EvaluationReport {
  let inScope = 0;
  let top1 = 0;
  let top3 = 0;
  let outOfScope = 0;
  let rejected = 0;
  const labels = new Set<string>([NO_INTENT]);
  const truePositives = new Map<string, number>();
  const predicted = new Map<string, number>();
  const actual = new Map<string, number>();
  const confusions = new Map<
    string,
    { expected: string; got: string; count: number; examples: string[] }
  >();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const message of messages) {
    const result: Classification = classifier.classify(message.text);
    const expected = message.intent ?? NO_INTENT;
    const got = result.intent ?? NO_INTENT;
    labels.add(expected);
    bump(actual, expected);
    bump(predicted, got);
    if (expected === got) bump(truePositives, got);
    else {
      const key = `${expected}→${got}`;
      const entry = confusions.get(key) ?? { expected, got, count: 0, examples: [] };
      entry.count++;
      if (entry.examples.length < 3) entry.examples.push(message.text);
      confusions.set(key, entry);
    }
    if (message.intent === null) {
      outOfScope++;
      if (result.intent === null) rejected++;
    } else {
      inScope++;
      if (result.intent === message.intent) top1++;
      const ranked = classifier
        .rank(message.text)
        .ranked.slice(0, 3)
        .map((r) => r.intent);
      if (ranked.includes(message.intent)) top3++;
    }
  }

  const perClass = [...labels].sort().map((label) => {
    const tp = truePositives.get(label) ?? 0;
    const precision = ratio(tp, predicted.get(label) ?? 0);
    const recall = ratio(tp, actual.get(label) ?? 0);
    const f1 = ratio(2 * precision * recall, precision + recall);
    return { label, precision, recall, f1, support: actual.get(label) ?? 0 };
  });
  return {
    inScope,
    outOfScope,
    top1: ratio(top1, inScope),
    top3: ratio(top3, inScope),
    outOfScopeRejection: ratio(rejected, outOfScope),
    macroF1: ratio(
      perClass.reduce((sum, c) => sum + c.f1, 0),
      perClass.length,
    ),
    perClass,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count),
  };
}

export function meetsTargets(report: EvaluationReport): boolean {
  return (
    report.top1 >= TARGETS.top1 &&
    report.top3 >= TARGETS.top3 &&
    report.outOfScopeRejection >= TARGETS.outOfScopeRejection
  );
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatReport(report: EvaluationReport, confusionsShown = 10): string {
  const lines = [
    `messages: ${report.inScope} in scope, ${report.outOfScope} out of scope`,
    `in-scope top-1 accuracy:   ${percent(report.top1)} (target ≥ ${percent(TARGETS.top1)})`,
    `in-scope top-3 accuracy:   ${percent(report.top3)} (target ≥ ${percent(TARGETS.top3)})`,
    `out-of-scope rejection:    ${percent(report.outOfScopeRejection)} (target ≥ ${percent(TARGETS.outOfScopeRejection)})`,
    `macro-F1:                  ${report.macroF1.toFixed(3)}`,
    "",
    "intent                  precision  recall     F1  support",
    ...report.perClass.map(
      (c) =>
        `${c.label.padEnd(22)} ${c.precision.toFixed(3).padStart(10)} ${c.recall.toFixed(3).padStart(7)} ${c.f1.toFixed(3).padStart(6)} ${String(c.support).padStart(8)}`,
    ),
    "",
    "most frequent confusions (expected → got):",
    ...(report.confusions.length === 0
      ? ["  none"]
      : report.confusions
          .slice(0, confusionsShown)
          .map(
            (c) =>
              `  ${c.count} × ${c.expected} → ${c.got}: ${c.examples.map((e) => JSON.stringify(e)).join(", ")}`,
          )),
  ];
  return lines.join("\n");
}
