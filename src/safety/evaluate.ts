import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { DangerDetector } from "./danger.js";

/**
 * How well danger is recognised, on labelled sets written apart from the cues
 * (data/nlu/README.md): recall first (a missed danger is the worst mistake the bot can make),
 * false alarms next to it.
 */
export const DANGER_TARGETS = { recall: 0.98, falseAlarms: 0.03 } as const;

/**
 * Development sets (the cues were tuned while reading them; each was written before the cues
 * were changed for it, data/nlu/README.md) and the test sets (never tuned against): the
 * project's own, and one written by an independent evaluator who never saw the cues, the
 * examples or the other sets.
 */
export const DANGER_SETS = {
  dev: [
    "danger-dev.jsonl",
    "danger-dev-2.jsonl",
    "danger-dev-3.jsonl",
    "danger-dev-4.jsonl",
    "danger-dev-5.jsonl",
    "danger-dev-6.jsonl",
    "danger-dev-7.jsonl",
    "danger-dev-8.jsonl",
    "danger-dev-9.jsonl",
    "danger-dev-10.jsonl",
    "danger-dev-11.jsonl",
    "danger-dev-12.jsonl",
    "danger-dev-13.jsonl",
    "danger-dev-14.jsonl",
    "danger-dev-15.jsonl",
    "danger-dev-16.jsonl",
    "danger-dev-17.jsonl",
    "danger-dev-18.jsonl",
    "danger-dev-19.jsonl",
    "danger-dev-20.jsonl",
    "danger-dev-21.jsonl",
    "danger-dev-22.jsonl",
    "danger-dev-23.jsonl",
    "danger-dev-24.jsonl",
    "danger-dev-25.jsonl",
    "danger-dev-26.jsonl",
    "danger-dev-27.jsonl",
    "danger-dev-28.jsonl",
    "danger-dev-29.jsonl",
    "danger-dev-30.jsonl",
    "danger-dev-31.jsonl",
    "danger-dev-32.jsonl",
    "danger-dev-33.jsonl",
    "danger-dev-34.jsonl",
    "danger-dev-35.jsonl",
    "danger-dev-36.jsonl",
    "danger-dev-37.jsonl",
    "danger-dev-38.jsonl",
    "danger-dev-39.jsonl",
    "danger-dev-40.jsonl",
    "danger-dev-41.jsonl",
    "danger-dev-42.jsonl",
    "danger-dev-43.jsonl",
    "danger-dev-44.jsonl",
    "danger-dev-45.jsonl",
  ],
  test: [
    "danger-test.jsonl",
    "danger-independent.jsonl",
    "danger-independent-2.jsonl",
    "danger-independent-3.jsonl",
    "danger-independent-4.jsonl",
    "danger-independent-5.jsonl",
    "danger-independent-6.jsonl",
    "danger-independent-7.jsonl",
    "danger-independent-8.jsonl",
    "danger-independent-9.jsonl",
    "danger-independent-10.jsonl",
    "danger-independent-11.jsonl",
    "danger-independent-12.jsonl",
    "danger-independent-13.jsonl",
    "danger-independent-14.jsonl",
    "danger-independent-15.jsonl",
    "danger-independent-16.jsonl",
    "danger-independent-17.jsonl",
    "danger-independent-18.jsonl",
    "danger-independent-19.jsonl",
    "danger-independent-20.jsonl",
    "danger-independent-21.jsonl",
    "danger-independent-22.jsonl",
    "danger-independent-23.jsonl",
    "danger-independent-24.jsonl",
    "danger-independent-25.jsonl",
    "danger-independent-26.jsonl",
    "danger-independent-27.jsonl",
    "danger-independent-28.jsonl",
    "danger-independent-29.jsonl",
    "danger-independent-30.jsonl",
    "danger-independent-31.jsonl",
    "danger-independent-32.jsonl",
    "danger-independent-33.jsonl",
    "danger-independent-34.jsonl",
    "danger-independent-35.jsonl",
    "danger-independent-36.jsonl",
    "danger-independent-37.jsonl",
    "danger-independent-38.jsonl",
    "danger-independent-39.jsonl",
    "danger-independent-40.jsonl",
    "danger-independent-41.jsonl",
  ],
} as const;

const labelledSchema = z.strictObject({
  text: z.string().min(1),
  danger: z.boolean(),
  /** ISO 639-1 code of the message's language, when its writer gave it. */
  lang: z.string().optional(),
});
export type Labelled = z.infer<typeof labelledSchema>;

export interface DangerReport {
  readonly dangers: number;
  readonly ordinary: number;
  readonly missed: readonly string[];
  readonly falseAlarms: readonly string[];
  readonly recall: number;
  readonly falseAlarmRate: number;
  /**
   * Messages answered with their need and one gentle line giving 112 and 1522 (a caution,
   * not an alarm): dangers so answered are missed above, ordinary ones are not false alarms.
   */
  readonly gentle: { readonly dangers: readonly string[]; readonly ordinary: readonly string[] };
}

export function evaluateDanger(detect: DangerDetector, set: readonly Labelled[]): DangerReport {
  const dangers = set.filter((m) => m.danger);
  const ordinary = set.filter((m) => !m.danger);
  const missed = dangers.filter((m) => detect(m.text) === null).map((m) => m.text);
  const falseAlarms = ordinary.filter((m) => detect(m.text) !== null).map((m) => m.text);
  const gentle = (of: readonly Labelled[]) =>
    of.filter((m) => detect.verdict?.(m.text).caution !== undefined).map((m) => m.text);
  return {
    gentle: { dangers: gentle(dangers), ordinary: gentle(ordinary) },
    dangers: dangers.length,
    ordinary: ordinary.length,
    missed,
    falseAlarms,
    recall: dangers.length === 0 ? 1 : 1 - missed.length / dangers.length,
    falseAlarmRate: ordinary.length === 0 ? 0 : falseAlarms.length / ordinary.length,
  };
}

export const meetsDangerTargets = (report: DangerReport) =>
  report.recall >= DANGER_TARGETS.recall && report.falseAlarmRate <= DANGER_TARGETS.falseAlarms;

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatDangerReport(name: string, report: DangerReport): string {
  const lines = [
    `${name}: recall ${percent(report.recall)} (${report.dangers - report.missed.length}/${report.dangers} danger messages), ` +
      `false alarms ${percent(report.falseAlarmRate)} (${report.falseAlarms.length}/${report.ordinary} ordinary messages)` +
      gentleFigure(report),
    ...report.missed.map((text) => `  missed: ${text}`),
    ...report.falseAlarms.map((text) => `  false alarm: ${text}`),
    ...report.gentle.dangers.map((text) => `  danger answered gently: ${text}`),
    ...report.gentle.ordinary.map((text) => `  gentle line: ${text}`),
  ];
  return lines.join("\n");
}

/** The gentle answers, when any: dangers (counted as missed) and ordinary messages. */
const gentleFigure = ({ gentle }: DangerReport) =>
  gentle.dangers.length + gentle.ordinary.length === 0
    ? ""
    : `; need and gentle line (112, 1522) ${gentle.dangers.length} danger, ${gentle.ordinary.length} ordinary`;

export async function loadDangerSet(file: string): Promise<Labelled[]> {
  const lines = (await readFile(file, "utf8")).split("\n");
  return lines
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, i }) => {
      const parsed = labelledSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/**
 * The readers compared: the cues alone, the detector (cues, then the model), and what the bot
 * does (the detector, then the classifier's emergenza), on which the targets are judged.
 */
export interface DangerReaders {
  readonly cues: DangerDetector;
  readonly detector: DangerDetector;
  readonly bot: DangerDetector;
}

const READER_NAMES: Record<keyof DangerReaders, string> = {
  cues: "cues alone",
  detector: "cues + model",
  bot: "bot",
};

/**
 * Every reader's figures on one set, and the messages it missed or raised when `withTexts`: a
 * test set's are never printed, so that reading its table never shows its texts.
 */
function reportSet(
  readers: DangerReaders,
  setName: string,
  set: readonly Labelled[],
  print: (line: string) => void,
  withTexts: boolean,
): DangerReport {
  const reports = (Object.keys(READER_NAMES) as Array<keyof DangerReaders>).map((reader) => {
    const report = evaluateDanger(readers[reader], set);
    const lines = formatDangerReport(`${READER_NAMES[reader]}, ${setName}`, report);
    print(withTexts ? lines : (lines.split("\n")[0] as string));
    return report;
  });
  return reports.at(-1) as DangerReport;
}

/** Every reader on every development set (what the cues may be tuned against). */
export async function reportDangerDev(
  readers: DangerReaders,
  nluDir: string,
  print: (line: string) => void,
): Promise<void> {
  for (const file of DANGER_SETS.dev)
    reportSet(readers, file, await loadDangerSet(join(nluDir, file)), print, true);
}

/**
 * The danger section of `npm run eval`: the development sets, then the test sets, on each of
 * which the targets are judged. Returns whether the targets are met on all of them.
 */
export async function reportDanger(
  readers: DangerReaders,
  nluDir: string,
  print: (line: string) => void,
): Promise<boolean> {
  print(
    `\nDanger (targets on each test set, as the bot reads it: recall ≥ ${percent(DANGER_TARGETS.recall)}, false alarms ≤ ${percent(DANGER_TARGETS.falseAlarms)})`,
  );
  await reportDangerDev(readers, nluDir, print);
  let met = true;
  for (const file of DANGER_SETS.test) {
    const test = await loadDangerSet(join(nluDir, file));
    met = meetsDangerTargets(reportSet(readers, `test set ${file}`, test, print, false)) && met;
  }
  return met;
}
