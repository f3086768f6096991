import type { Translate } from "../bot/texts.js";
import type { FeedbackStats } from "../feedback/index.js";
import type { HandoffRequest } from "../handoff/request.js";
import type { ReviewQueue } from "../review/index.js";
import { statsChartData } from "./chart-data.js";
import { handoffTimes } from "./handoff-times.js";
import type { QuestionStats } from "./questions.js";

/** A block of /stats lines for the period from `since`. */
export type StatsSection = (t: Translate, since: number) => Promise<string[]>;

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

function duration(t: Translate, ms: number | null): string {
  if (ms === null) return t("admin-stats-no-time");
  if (ms < HOUR_MS) return t("admin-stats-minutes", { minutes: Math.round(ms / MINUTE_MS) });
  return t("admin-stats-hours", { hours: Math.round((10 * ms) / HOUR_MS) / 10 });
}

/** Median time to claim and to close the requests of the period. */
export function handoffTimesSection(
  list: (since: number) => Promise<readonly HandoffRequest[]>,
): StatsSection {
  return async (t, since) => {
    const times = handoffTimes(await list(since), since);
    return [
      t("admin-stats-times", {
        claim: duration(t, times.toClaim),
        claimed: times.claimed,
        close: duration(t, times.toClose),
        closed: times.closed,
      }),
    ];
  };
}

/** The misunderstood messages waiting for /rivedi, by kind (counts, never their words). */
export function misunderstoodSection(queue: ReviewQueue): StatsSection {
  return async (t) => {
    const counts = await queue.countsByKind();
    return [t("admin-stats-misunderstood", { ...counts, outOfScope: counts["out-of-scope"] })];
  };
}

/** Anonymous "was it useful?" answers of the period. */
export function feedbackSection(feedback: FeedbackStats): StatsSection {
  return async (t, since) => [t("admin-stats-feedback", await feedback.since(since))];
}

export interface ChartDependencies {
  readonly questions: QuestionStats;
  /** The requests created since then. */
  readonly requests: (since: number) => Promise<readonly HandoffRequest[]>;
  readonly spaceName: (id: string) => string;
  readonly now: () => number;
}

/** The /stats picture for the period from `since`, in the admins' words. */
export function statsChart(deps: ChartDependencies) {
  return async (t: Translate, since: number, days: number): Promise<Uint8Array> => {
    // ECharts and resvg load on the first /stats: about 12 MB of heap and 40 MB of RSS idle.
    const { renderStatsChart } = await import("./chart.js");
    return renderStatsChart(
      statsChartData({
        since,
        now: deps.now(),
        questionDays: await deps.questions.byDay(since),
        requests: await deps.requests(since),
        spaceName: deps.spaceName,
      }),
      {
        title: t("chart-title", { days }),
        needs: t("chart-needs"),
        fallback: t("chart-fallback"),
        municipio: t("chart-municipio"),
        space: t("chart-space"),
        claim: t("chart-claim"),
        fallbackSeries: t("chart-fallback-series"),
        dangerSeries: t("chart-danger-series"),
      },
    );
  };
}
