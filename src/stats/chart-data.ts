import type { HandoffRequest } from "../handoff/request.js";
import { DANGER_INTENT } from "../nlu/need.js";
import { median } from "./handoff-times.js";
import type { DailyQuestions } from "./questions.js";

/** What the /stats picture shows, computed from plain data: counts only, no text. */
export interface StatsChartData {
  /** Monday of each week in the period, as YYYY-MM-DD. */
  readonly weeks: readonly string[];
  /** Needs asked per week, for the most asked needs (the rest summed as "altri"). */
  readonly needsByWeek: ReadonlyArray<{ readonly need: string; readonly counts: number[] }>;
  readonly fallbackByWeek: readonly number[];
  /** Messages answered as danger (112, 1522) per week. */
  readonly dangerByWeek: readonly number[];
  /** Median hours to claim the requests made that week; null when none was claimed. */
  readonly hoursToClaimByWeek: ReadonlyArray<number | null>;
  readonly requestsByMunicipio: ReadonlyArray<readonly [string, number]>;
  readonly requestsBySpace: ReadonlyArray<readonly [string, number]>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const SHOWN_NEEDS = 6;
export const OTHER_NEEDS = "altri";
/**
 * The need the danger check counts its answers under (src/safety records danger as this intent
 * in the question stats); shown apart from the needs.
 */
export { DANGER_INTENT };

/** The Monday (UTC) of the week a day key or a time falls in. */
export function weekOf(day: string | number): string {
  const date = new Date(typeof day === "number" ? day : `${day}T00:00:00Z`);
  const back = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

function weeksBetween(since: number, now: number): string[] {
  const weeks: string[] = [];
  for (let time = Date.parse(`${weekOf(since)}T00:00:00Z`); time <= now; time += 7 * DAY_MS)
    weeks.push(new Date(time).toISOString().slice(0, 10));
  return weeks;
}

function tally(values: readonly string[]): Array<readonly [string, number]> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export interface ChartSources {
  readonly since: number;
  readonly now: number;
  readonly questionDays: ReadonlyMap<string, DailyQuestions>;
  readonly requests: readonly HandoffRequest[];
  readonly spaceName: (id: string) => string;
}

export function statsChartData(sources: ChartSources): StatsChartData {
  const weeks = weeksBetween(sources.since, sources.now);
  const index = new Map(weeks.map((week, i) => [week, i]));
  const perWeek = () => weeks.map(() => 0);

  const totals = new Map<string, number>();
  for (const day of sources.questionDays.values())
    for (const [need, n] of Object.entries(day.intents))
      if (need !== DANGER_INTENT) totals.set(need, (totals.get(need) ?? 0) + n);
  const shown = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SHOWN_NEEDS)
    .map(([need]) => need);
  const needs = new Map([...shown, OTHER_NEEDS].map((need) => [need, perWeek()]));
  const fallbackByWeek = perWeek();
  const dangerByWeek = perWeek();
  for (const [key, day] of sources.questionDays) {
    const w = index.get(weekOf(key));
    if (w === undefined) continue;
    fallbackByWeek[w] = (fallbackByWeek[w] ?? 0) + day.fallback;
    dangerByWeek[w] = (dangerByWeek[w] ?? 0) + (day.intents[DANGER_INTENT] ?? 0);
    for (const [need, n] of Object.entries(day.intents)) {
      if (need === DANGER_INTENT) continue;
      const counts = needs.get(shown.includes(need) ? need : OTHER_NEEDS) as number[];
      counts[w] = (counts[w] ?? 0) + n;
    }
  }

  const requests = sources.requests.filter((r) => r.createdAt >= sources.since);
  const claimHours = weeks.map(() => [] as number[]);
  for (const r of requests) {
    const w = index.get(weekOf(r.createdAt));
    if (w !== undefined && r.claimedAt !== undefined)
      claimHours[w]?.push((r.claimedAt - r.createdAt) / HOUR_MS);
  }
  return {
    weeks,
    needsByWeek: [...needs.entries()]
      .filter(([, counts]) => counts.some((n) => n > 0))
      .map(([need, counts]) => ({ need, counts })),
    fallbackByWeek,
    dangerByWeek,
    hoursToClaimByWeek: claimHours.map(median),
    // In the Municipi's own order, as on a map's legend; unknown areas last.
    requestsByMunicipio: tally(
      requests.map((r) => (r.municipio === null ? "—" : `Municipio ${r.municipio}`)),
    ).sort((a, b) => a[0].localeCompare(b[0], "it", { numeric: true })),
    requestsBySpace: tally(
      requests.map((r) => (r.spaceId === null ? "—" : sources.spaceName(r.spaceId))),
    ),
  };
}
