import {
  byFile,
  byKind,
  byLanguage,
  groupBy,
  type Metrics,
  type Outcome,
  summarize,
  type TargetCheck,
} from "./evaluate.js";

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const cell = (count: number, value: number) => (count === 0 ? "–" : percent(value));

const HEADER =
  "                          in scope  top-1   top-3 | out of scope  rejected | macro-F1 | wrong need  false need";

function row(name: string, m: Metrics): string {
  return [
    `  ${name.padEnd(24)}`,
    String(m.inScope).padStart(8),
    cell(m.inScope, m.top1).padStart(7),
    cell(m.inScope, m.top3).padStart(7),
    " |",
    String(m.outOfScope).padStart(12),
    cell(m.outOfScope, m.outOfScopeRejection).padStart(9),
    " |",
    m.macroF1.toFixed(3).padStart(8),
    " |",
    String(m.wrongIntent).padStart(10),
    String(m.falsePositives).padStart(11),
  ].join(" ");
}

function table(title: string, groups: Map<string, Outcome[]>): string[] {
  return [title, ...[...groups].map(([name, outcomes]) => row(name, summarize(outcomes))), ""];
}

/** A short table under a title: all messages, then by language. */
export function formatHeadline(title: string, outcomes: readonly Outcome[]): string {
  return [
    title,
    HEADER,
    row("all", summarize(outcomes)),
    ...table("by language", groupBy(outcomes, byLanguage)),
  ].join("\n");
}

/**
 * The evaluation in tables: by file, by language, by kind of message. "wrong need" counts
 * in-scope messages given another need, "false need" out-of-scope ones given any: both are
 * false positives of some intent. The most frequent confusions show example texts only when
 * `showTexts` (a development set's, read to tune); an evaluation set's are only counted.
 */
export function formatEvaluation(
  outcomes: readonly Outcome[],
  checks: readonly TargetCheck[],
  { showTexts, confusionsShown = 12 }: { showTexts: boolean; confusionsShown?: number },
): string {
  const all = summarize(outcomes);
  const lines = [
    HEADER,
    row("all", all),
    "",
    ...table("by file", groupBy(outcomes, byFile)),
    ...table("by language", groupBy(outcomes, byLanguage)),
    ...table("by kind", groupBy(outcomes, byKind)),
    `two needs: ${all.bothNeeds} of ${all.twoNeeds} messages asking for two got both (${percent(all.bothNeeds / Math.max(all.twoNeeds, 1))}); a second need was offered on ${all.alsoWrong} of ${outcomes.length - all.twoNeeds} other messages`,
    "",
    "intent                  precision  recall     F1  support",
    ...all.perClass.map(
      (c) =>
        `${c.label.padEnd(22)} ${c.precision.toFixed(3).padStart(10)} ${c.recall.toFixed(3).padStart(7)} ${c.f1.toFixed(3).padStart(6)} ${String(c.support).padStart(8)}`,
    ),
    "",
    "most frequent confusions (expected → got):",
    ...(all.confusions.length === 0
      ? ["  none"]
      : all.confusions
          .slice(0, confusionsShown)
          .map(
            (c) =>
              `  ${c.count} × ${c.expected} → ${c.got}${showTexts ? `: ${c.examples.map((e) => JSON.stringify(e)).join(", ")}` : ""}`,
          )),
    "",
    "targets:",
    ...checks.map(({ target, metrics, met }) => {
      const wanted = [
        `top-1 ${percent(metrics.top1)} ≥ ${percent(target.top1)}`,
        ...(target.top3 === undefined
          ? []
          : [`top-3 ${percent(metrics.top3)} ≥ ${percent(target.top3)}`]),
        `rejection ${cell(metrics.outOfScope, metrics.outOfScopeRejection)} ≥ ${percent(target.outOfScopeRejection)}`,
      ];
      return `  ${met ? "ok   " : "BELOW"} ${target.name}: ${wanted.join(", ")}`;
    }),
  ];
  return lines.join("\n");
}
