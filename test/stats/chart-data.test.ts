import { expect, it } from "vitest";
import type { HandoffRequest } from "../../src/handoff/request.js";
import { statsChartSvg } from "../../src/stats/chart.js";
import { DANGER_INTENT, OTHER_NEEDS, statsChartData, weekOf } from "../../src/stats/chart-data.js";

const HOUR = 60 * 60 * 1000;
const day = (intents: Record<string, number>, fallback = 0) => ({
  total: Object.values(intents).reduce((a, b) => a + b, 0) + fallback,
  fallback,
  intents,
});
const request = (createdAt: number, fields: Partial<HandoffRequest>) =>
  ({ createdAt, municipio: null, spaceId: null, ...fields }) as HandoffRequest;

it("weeks start on Monday", () => {
  expect(weekOf("2026-03-04")).toBe("2026-03-02");
  expect(weekOf("2026-03-02")).toBe("2026-03-02");
  expect(weekOf("2026-03-08")).toBe("2026-03-02");
});

it("the picture's numbers: needs per week (the least asked summed), fallback, Municipi, spaces, time to claim", () => {
  const since = Date.UTC(2026, 2, 2);
  const now = Date.UTC(2026, 2, 12);
  const data = statsChartData({
    since,
    now,
    questionDays: new Map([
      ["2026-03-03", day({ a: 5, b: 4, c: 3, d: 2, e: 2, f: 2, g: 1, h: 1 }, 2)],
      ["2026-03-10", day({ a: 1, [DANGER_INTENT]: 2 }, 3)],
    ]),
    requests: [
      request(since + HOUR, { municipio: 9, spaceId: "x", claimedAt: since + 3 * HOUR }),
      request(since + 2 * HOUR, { municipio: 2, spaceId: "x", claimedAt: since + 8 * HOUR }),
      request(Date.UTC(2026, 2, 10), { municipio: 2, spaceId: "y" }),
      request(since - HOUR, { municipio: 1 }),
    ],
    spaceName: (id) => `Spazio ${id}`,
  });
  expect(data.weeks).toEqual(["2026-03-02", "2026-03-09"]);
  expect(data.needsByWeek.map((n) => n.need)).toEqual(["a", "b", "c", "d", "e", "f", OTHER_NEEDS]);
  expect(data.needsByWeek[0]?.counts).toEqual([5, 1]);
  expect(data.needsByWeek.at(-1)?.counts).toEqual([2, 0]);
  expect(data.fallbackByWeek).toEqual([2, 3]);
  // Danger answers are counted apart, never as a need.
  expect(data.dangerByWeek).toEqual([0, 2]);
  expect(data.hoursToClaimByWeek).toEqual([4, null]);
  expect(data.requestsByMunicipio).toEqual([
    ["Municipio 2", 2],
    ["Municipio 9", 1],
  ]);
  expect(data.requestsBySpace).toEqual([
    ["Spazio x", 2],
    ["Spazio y", 1],
  ]);
});

it("the SVG carries every panel's title and the needs' names, for the PNG to show", () => {
  const labels = {
    title: "Titolo",
    needs: "Bisogni",
    fallback: "Non capiti",
    municipio: "Municipi",
    space: "Spazi",
    claim: "Ore",
    fallbackSeries: "nc",
    dangerSeries: "pericolo",
  };
  const svg = statsChartSvg(
    statsChartData({
      since: Date.UTC(2026, 2, 2),
      now: Date.UTC(2026, 2, 5),
      questionDays: new Map([["2026-03-03", day({ badante: 2 })]]),
      requests: [],
      spaceName: (id) => id,
    }),
    labels,
  );
  for (const text of Object.values(labels)) expect(svg).toContain(`>${text}<`);
  expect(svg).toContain(">badante<");
});
