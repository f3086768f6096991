import { basename } from "node:path";
import type { Classification, IntentClassifier } from "./classifier.js";
import type { LabelledMessage } from "./dataset.js";

/** The label used for "no intent" in per-class figures and confusions. */
export const NO_INTENT = "(none)";

/** One labelled message and what the classifier made of it. */
export interface Outcome {
  readonly message: LabelledMessage;
  readonly result: Classification;
  readonly top3: readonly string[];
}

export interface ClassMetrics {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface Confusion {
  readonly expected: string;
  readonly got: string;
  count: number;
  readonly examples: string[];
}

export interface Metrics {
  readonly inScope: number;
  readonly outOfScope: number;
  /** Right intent first; for a message with two needs, either of them. */
  readonly top1: number;
  readonly top3: number;
  readonly outOfScopeRejection: number;
  readonly macroF1: number;
  /** Out-of-scope messages taken for a need. */
  readonly falsePositives: number;
  /** In-scope messages taken for another need. */
  readonly wrongIntent: number;
  /** Messages with two needs, and how many got both (main and `also`). */
  readonly twoNeeds: number;
  readonly bothNeeds: number;
  /** Messages with one need (or none) that were offered a second one anyway. */
  readonly alsoOffered: number;
  readonly alsoWrong: number;
  readonly perClass: readonly ClassMetrics[];
  readonly confusions: readonly Confusion[];
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

export function classifyAll(
  classifier: IntentClassifier,
  messages: readonly LabelledMessage[],
): Outcome[] {
  return messages.map((message) => ({
    message,
    result: classifier.classify(message.text),
    top3: classifier
      .rank(message.text)
      .ranked.slice(0, 3)
      .map((r) => r.intent),
  }));
}

/**
 * The outcomes as the bot reads the messages when a reader ahead of the classifier claims some
 * of them for one intent (the danger reader answers before any need is looked for), so that
 * the figures are those a citizen meets, not the classifier's alone.
 */
export function withPrecedence(
  outcomes: readonly Outcome[],
  claims: (text: string) => boolean,
  intent: string,
): Outcome[] {
  return outcomes.map((outcome) =>
    claims(outcome.message.text)
      ? {
          ...outcome,
          result: { ...outcome.result, intent, confidence: 1, ambiguous: false },
          top3: [intent, ...outcome.top3.filter((other) => other !== intent)].slice(0, 3),
        }
      : outcome,
  );
}

/** Whether the main intent is right: a message with two needs may lead with either. */
export const rightIntent = ({ message, result }: Outcome): boolean =>
  result.intent === message.intent ||
  (message.also !== undefined && result.intent === message.also);

export function summarize(outcomes: readonly Outcome[]): Metrics {
  let inScope = 0;
  let top1 = 0;
  let top3 = 0;
  let outOfScope = 0;
  let rejected = 0;
  let twoNeeds = 0;
  let bothNeeds = 0;
  let alsoOffered = 0;
  let alsoWrong = 0;
  const labels = new Set<string>();
  const truePositives = new Map<string, number>();
  const predicted = new Map<string, number>();
  const actual = new Map<string, number>();
  const confusions = new Map<string, Confusion>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  for (const outcome of outcomes) {
    const { message, result } = outcome;
    const right = rightIntent(outcome);
    const expected = (right ? result.intent : message.intent) ?? NO_INTENT;
    const got = result.intent ?? NO_INTENT;
    labels.add(expected);
    bump(actual, expected);
    bump(predicted, got);
    if (right) bump(truePositives, got);
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
      if (right) top1++;
      if (outcome.top3.includes(message.intent)) top3++;
    }
    if (message.also !== undefined) {
      twoNeeds++;
      const found = new Set([result.intent, result.also]);
      if (found.has(message.intent) && found.has(message.also)) bothNeeds++;
    } else if (result.also !== undefined) {
      alsoOffered++;
      alsoWrong++;
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
    falsePositives: outOfScope - rejected,
    wrongIntent: inScope - top1,
    twoNeeds,
    bothNeeds,
    alsoOffered,
    alsoWrong,
    perClass,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count),
  };
}

export function groupBy(
  outcomes: readonly Outcome[],
  key: (outcome: Outcome) => string,
): Map<string, Outcome[]> {
  const groups = new Map<string, Outcome[]>();
  for (const outcome of outcomes) {
    const name = key(outcome);
    groups.set(name, [...(groups.get(name) ?? []), outcome]);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

export const byFile = (o: Outcome) => basename(o.message.file);
export const byLanguage = (o: Outcome) => o.message.lang ?? "it/en (unlabelled)";
export const byKind = (o: Outcome) => o.message.kind ?? "(original set)";

/** A floor some of the messages must reach. */
export interface Target {
  readonly name: string;
  readonly select: (outcome: Outcome) => boolean;
  readonly top1: number;
  readonly top3?: number;
  readonly outOfScopeRejection: number;
}

/** Languages with full conversations; the other listed ones are understood, at a lower floor. */
const FULL_LANGUAGES = new Set(["es", "ro", "uk"]);

/**
 * The targets of issue 9: the original set (eval.jsonl) does not fall below its figures when
 * the hard kinds arrived (97.0% top-1, 99.3% top-3, 96.2% rejection); every labelled language
 * reaches its floor on the hard sets.
 */
export function targetsFor(outcomes: readonly Outcome[]): Target[] {
  const targets: Target[] = [
    {
      name: "original set (eval.jsonl)",
      select: (o) => byFile(o) === "eval.jsonl",
      top1: 0.9695,
      top3: 0.99,
      outOfScopeRejection: 0.9615,
    },
  ];
  const languages = new Set(outcomes.flatMap((o) => (o.message.lang ? [o.message.lang] : [])));
  for (const lang of [...languages].sort()) {
    const italianOrEnglish = lang === "it" || lang === "en";
    targets.push({
      name: `language ${lang}`,
      select: (o) => o.message.lang === lang,
      top1: italianOrEnglish ? 0.95 : FULL_LANGUAGES.has(lang) ? 0.9 : 0.8,
      outOfScopeRejection: italianOrEnglish ? 0.9 : 0.85,
    });
  }
  return targets;
}

export interface TargetCheck {
  readonly target: Target;
  readonly metrics: Metrics;
  readonly met: boolean;
}

export function checkTargets(outcomes: readonly Outcome[]): TargetCheck[] {
  return targetsFor(outcomes).map((target) => {
    const metrics = summarize(outcomes.filter(target.select));
    const met =
      (metrics.inScope === 0 || metrics.top1 >= target.top1) &&
      (target.top3 === undefined || metrics.inScope === 0 || metrics.top3 >= target.top3) &&
      (metrics.outOfScope === 0 || metrics.outOfScopeRejection >= target.outOfScopeRejection);
    return { target, metrics, met };
  });
}
