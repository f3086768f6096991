import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import type { StatsChartData } from "./chart-data.js";

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 1350;

/** The picture's words, from the admins' Fluent texts. */
export interface ChartLabels {
  readonly title: string;
  readonly needs: string;
  readonly fallback: string;
  readonly municipio: string;
  readonly space: string;
  readonly claim: string;
  readonly fallbackSeries: string;
  readonly dangerSeries: string;
}

const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
const weekLabel = (week: string) => week.slice(5).split("-").reverse().join("/");

// Three rows: needs | fallback, Municipio | space, time to claim (full width).
const GRIDS = [
  { left: 60, top: 90, width: 640, height: 280 },
  { left: 790, top: 90, width: 370, height: 280 },
  { left: 60, top: 500, width: 430, height: 330 },
  { left: 790, top: 500, width: 370, height: 330 },
  { left: 60, top: 1000, width: 1100, height: 280 },
];

/** The /stats picture as SVG, drawn by ECharts' server-side renderer (no browser). */
export function statsChartSvg(data: StatsChartData, labels: ChartLabels): string {
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  const weeks = data.weeks.map(weekLabel);
  const title = (text: string, grid: (typeof GRIDS)[number]) => ({
    text,
    left: grid.left,
    top: grid.top - 40,
    textStyle: { fontSize: 16, fontFamily: FONT },
  });
  const [needs, fallback, municipio, space, claim] = GRIDS as [
    (typeof GRIDS)[number],
    (typeof GRIDS)[number],
    (typeof GRIDS)[number],
    (typeof GRIDS)[number],
    (typeof GRIDS)[number],
  ];
  const spaces = [...data.requestsBySpace].reverse();
  chart.setOption({
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FONT },
    title: [
      { text: labels.title, left: "center", top: 8, textStyle: { fontSize: 22, fontFamily: FONT } },
      title(labels.needs, needs),
      title(labels.fallback, fallback),
      title(labels.municipio, municipio),
      title(labels.space, space),
      title(labels.claim, claim),
    ],
    legend: [
      {
        data: data.needsByWeek.map(({ need }) => need),
        top: needs.top + needs.height + 30,
        left: needs.left,
        width: 700,
        itemGap: 18,
        textStyle: { fontSize: 12 },
      },
      {
        data: [labels.fallbackSeries, labels.dangerSeries],
        top: fallback.top + fallback.height + 30,
        left: fallback.left,
        itemGap: 18,
        textStyle: { fontSize: 12 },
      },
    ],
    grid: GRIDS,
    xAxis: [
      { gridIndex: 0, type: "category", data: weeks },
      { gridIndex: 1, type: "category", data: weeks },
      {
        gridIndex: 2,
        type: "category",
        data: data.requestsByMunicipio.map(([name]) => name.replace("Municipio ", "M")),
      },
      { gridIndex: 3, type: "value", minInterval: 1 },
      { gridIndex: 4, type: "category", data: weeks },
    ],
    yAxis: [
      { gridIndex: 0, type: "value", minInterval: 1 },
      { gridIndex: 1, type: "value", minInterval: 1 },
      { gridIndex: 2, type: "value", minInterval: 1 },
      {
        gridIndex: 3,
        type: "category",
        data: spaces.map(([name]) => name.replace(/^WeMi /, "")),
        axisLabel: { width: 150, overflow: "truncate" },
      },
      { gridIndex: 4, type: "value" },
    ],
    series: [
      ...data.needsByWeek.map(({ need, counts }) => ({
        name: need,
        type: "bar",
        stack: "needs",
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: counts,
      })),
      {
        name: labels.fallbackSeries,
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: data.fallbackByWeek,
        color: "#e59866",
      },
      {
        name: labels.dangerSeries,
        type: "bar",
        xAxisIndex: 1,
        yAxisIndex: 1,
        data: data.dangerByWeek,
        color: "#922b21",
      },
      {
        name: "per Municipio",
        type: "bar",
        xAxisIndex: 2,
        yAxisIndex: 2,
        data: data.requestsByMunicipio.map(([, n]) => n),
        color: "#2e86c1",
      },
      {
        name: "per spazio",
        type: "bar",
        xAxisIndex: 3,
        yAxisIndex: 3,
        data: spaces.map(([, n]) => n),
        color: "#17a589",
      },
      {
        name: "ore alla presa in carico",
        type: "line",
        xAxisIndex: 4,
        yAxisIndex: 4,
        data: data.hoursToClaimByWeek.map((h) => (h === null ? null : Math.round(h * 10) / 10)),
        connectNulls: false,
        label: { show: true },
        color: "#7d3c98",
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The picture as PNG, rasterised by resvg (a prebuilt native binary from npm). */
export function renderStatsChart(data: StatsChartData, labels: ChartLabels): Uint8Array {
  const resvg = new Resvg(statsChartSvg(data, labels), {
    background: "#ffffff",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}
