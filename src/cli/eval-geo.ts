import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import {
  createLocationResolver,
  type GeoPoint,
  type LocationResolver,
  loadGeoIndex,
  type ResolvedPlace,
} from "../geo/index.js";

export const DEFAULT_EVAL_FILE = fileURLToPath(
  new URL("../../data/geo/eval.jsonl", import.meta.url),
);

/** Below this share of correct lines the eval fails (exit code 1). */
export const TARGET_ACCURACY = 0.98;

/** A labelled set and what it must reach for the eval to pass. */
export interface EvalSet {
  readonly name: string;
  readonly file: string;
  /** Least share of correct lines. */
  readonly target: number;
  /** Largest share of lines given a place that is not theirs (a wrong place is worse than none). */
  readonly maxFalsePlaces: number;
}

const dataFile = (name: string) =>
  fileURLToPath(new URL(`../../data/geo/${name}`, import.meta.url));

/** The sets of data/geo (see its README for who wrote them and how they were labelled). */
export const EVAL_SETS: readonly EvalSet[] = [
  { name: "places as typed", file: DEFAULT_EVAL_FILE, target: 0.98, maxFalsePlaces: 1 },
  {
    name: "need messages naming no place",
    file: dataFile("eval-no-place.jsonl"),
    target: 0.99,
    maxFalsePlaces: 0.01,
  },
  {
    name: "places inside longer messages",
    file: dataFile("eval-in-message.jsonl"),
    target: 0.97,
    maxFalsePlaces: 1,
  },
  {
    name: "landmarks, stations, coordinates, map links",
    file: dataFile("eval-landmarks.jsonl"),
    target: 0.97,
    maxFalsePlaces: 1,
  },
];

/**
 * What a labelled line is about. "outside" is a place name outside Milan; a shared location
 * outside Milan stays "point", because it goes through `resolvePoint`.
 */
export const EVAL_KINDS = [
  "municipio",
  "nil",
  "address",
  "cap",
  "point",
  "outside",
  "unknown",
  "landmark",
  "station",
  "coordinates",
  "link",
] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

const POINT_TEXT = /^@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/;
const municipioNumber = z.number().int().min(1).max(9);

export const LocationLabelSchema = z
  .strictObject({
    text: z.string().trim().min(1),
    municipio: municipioNumber.nullable(),
    outsideMilan: z.boolean(),
    kind: z.enum(EVAL_KINDS),
    candidates: z.array(municipioNumber).min(2).optional(),
    /** What the writer meant, from which the label was derived (scripts/label-geo-eval.ts). */
    ref: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((label, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", message });
    if (label.candidates && label.municipio !== null)
      issue("candidates are only for labels whose municipio is null");
    if (label.candidates && label.outsideMilan) issue("a place outside Milan has no candidates");
    if (label.outsideMilan && label.municipio !== null)
      issue("a place outside Milan has no municipio");
    if (label.candidates && new Set(label.candidates).size !== label.candidates.length)
      issue("candidates repeat a Municipio");
    if ((label.kind === "point") !== POINT_TEXT.test(label.text))
      issue('kind "point" goes with text "@lat,lon", and only with it');
    if (label.kind === "outside" && !label.outsideMilan) issue('kind "outside" needs outsideMilan');
    if (label.kind === "unknown" && (label.municipio !== null || label.candidates))
      issue('kind "unknown" has neither municipio nor candidates');
  });
export type LocationLabel = z.infer<typeof LocationLabelSchema>;

/** The labelled lines of a JSONL file; throws naming the first bad line. */
export function parseLocationLabels(jsonl: string): LocationLabel[] {
  const labels: LocationLabel[] = [];
  jsonl.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${i + 1}: not JSON (${(error as Error).message})`);
    }
    const parsed = LocationLabelSchema.safeParse(raw);
    if (!parsed.success)
      throw new Error(`line ${i + 1}: ${parsed.error.issues.map((x) => x.message).join("; ")}`);
    labels.push(parsed.data);
  });
  return labels;
}

/** The point of a "@lat,lon" text (how a Telegram location is written in the eval set). */
export function parsePointText(text: string): GeoPoint | null {
  const match = POINT_TEXT.exec(text.trim());
  return match ? { lat: Number(match[1]), lon: Number(match[2]) } : null;
}

export type ResolverAnswer = Pick<ResolvedPlace, "municipio" | "candidates" | "outsideMilan">;

const sortedUnique = (values: readonly number[]): number[] =>
  [...new Set(values)].sort((a, b) => a - b);

/**
 * A line is right when the Municipio and "outside Milan" match and, when the label has no single
 * Municipio, the resolver offers exactly the labelled candidates: none for an unknown or an
 * outside place, since offering Municipi there would make the bot ask a pointless question.
 */
export function scoreLocation(expected: LocationLabel, got: ResolverAnswer): boolean {
  if (got.municipio !== expected.municipio || got.outsideMilan !== expected.outsideMilan)
    return false;
  if (expected.municipio !== null) return true;
  const want = sortedUnique(expected.candidates ?? []);
  const offered = sortedUnique(got.candidates);
  return want.length === offered.length && want.every((m, i) => m === offered[i]);
}

export interface LocationOutcome {
  readonly label: LocationLabel;
  readonly got: ResolverAnswer & Partial<Pick<ResolvedPlace, "kind" | "matched" | "span">>;
  readonly correct: boolean;
}

/** A wrong answer that still names a place (a Municipio, candidates or "outside Milan"). */
export const isFalsePlace = (outcome: LocationOutcome): boolean =>
  !outcome.correct &&
  (outcome.got.municipio !== null || outcome.got.candidates.length > 0 || outcome.got.outsideMilan);

export function evaluateLocations(
  resolver: LocationResolver,
  labels: readonly LocationLabel[],
): LocationOutcome[] {
  return labels.map((label) => {
    const point = label.kind === "point" ? parsePointText(label.text) : null;
    const got = point ? resolver.resolvePoint(point) : resolver.resolve(label.text);
    return { label, got, correct: scoreLocation(label, got) };
  });
}

export interface KindTally {
  readonly kind: EvalKind;
  readonly total: number;
  readonly correct: number;
}

export interface LocationReport {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly byKind: readonly KindTally[];
  /** Wrong answers that name a place: the ones that mislead the citizen. */
  readonly falsePlaces: number;
  readonly failures: readonly LocationOutcome[];
}

export function buildLocationReport(outcomes: readonly LocationOutcome[]): LocationReport {
  const correct = outcomes.filter((o) => o.correct).length;
  const byKind = EVAL_KINDS.map((kind) => {
    const ofKind = outcomes.filter((o) => o.label.kind === kind);
    return { kind, total: ofKind.length, correct: ofKind.filter((o) => o.correct).length };
  }).filter((tally) => tally.total > 0);
  return {
    total: outcomes.length,
    correct,
    accuracy: outcomes.length === 0 ? 0 : correct / outcomes.length,
    byKind,
    falsePlaces: outcomes.filter(isFalsePlace).length,
    failures: outcomes.filter((o) => !o.correct),
  };
}

export const meetsTarget = (
  report: LocationReport,
  set: Pick<EvalSet, "target" | "maxFalsePlaces"> = { target: TARGET_ACCURACY, maxFalsePlaces: 1 },
): boolean =>
  report.accuracy >= set.target && report.falsePlaces <= set.maxFalsePlaces * report.total;

const percent = (part: number, whole: number): string =>
  whole === 0 ? "-" : `${((100 * part) / whole).toFixed(1)}%`;

function describe(answer: ResolverAnswer): string {
  if (answer.outsideMilan) return "outside Milan";
  if (answer.municipio !== null) return `Municipio ${answer.municipio}`;
  const candidates = sortedUnique(answer.candidates);
  return candidates.length > 0 ? `one of ${candidates.join(", ")}` : "no place";
}

export function formatLocationReport(
  report: LocationReport,
  set: Pick<EvalSet, "name" | "target"> = { name: "location eval", target: TARGET_ACCURACY },
): string {
  const lines = [
    `${set.name}: ${report.correct}/${report.total} correct (${percent(report.correct, report.total)}), target ${percent(set.target, 1)}; false places ${report.falsePlaces} (${percent(report.falsePlaces, report.total)})`,
    "by kind:",
    ...report.byKind.map(
      (t) =>
        `  ${t.kind.padEnd(9)} ${`${t.correct}/${t.total}`.padStart(8)}  ${percent(t.correct, t.total)}`,
    ),
    `failures (${report.failures.length}):`,
  ];
  for (const { label, got } of report.failures) {
    const expected = describe({ ...label, candidates: label.candidates ?? [] });
    const said = got.span ? ` from ${JSON.stringify(got.span)}` : "";
    const recognised = got.kind
      ? ` [${got.kind}${got.matched ? `: ${got.matched}` : ""}${said}]`
      : "";
    lines.push(
      `  ${JSON.stringify(label.text)}: expected ${expected}, got ${describe(got)}${recognised}`,
    );
  }
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const resolver = createLocationResolver(await loadGeoIndex());
  const only = process.argv[2];
  const sets = only
    ? [{ name: "location eval", file: only, target: TARGET_ACCURACY, maxFalsePlaces: 1 }]
    : EVAL_SETS;
  const failed: string[] = [];
  for (const set of sets) {
    const labels = parseLocationLabels(await readFile(set.file, "utf8"));
    const report = buildLocationReport(evaluateLocations(resolver, labels));
    console.log(`${formatLocationReport(report, set)}\n`);
    if (!meetsTarget(report, set)) failed.push(set.name);
  }
  if (failed.length > 0) {
    console.error(`below target: ${failed.join("; ")}`);
    process.exitCode = 1;
  }
}
