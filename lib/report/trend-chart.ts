// One index's history as a small line chart, in plain numbers that the page's SVG and the PDF's both draw: the
// participant's scores and the peers' median at each report, on a fixed 0–100 scale so the charts of one report
// compare at a glance. Dates are spaced by time when every one is known, else evenly. Also the chart's words: a
// title and a one-sentence summary for screen readers (the table beside the chart gives every figure).
import { formatReportDate } from "./format";
import type { Trend } from "./since-last-time-schema";

export const TREND_CHART = { width: 320, height: 150, left: 34, right: 14, top: 10, bottom: 28 } as const;

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

export interface TrendGeometry {
  /** Where the plot sits inside the chart. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** Horizontal grid lines with their labels. */
  gridlines: { y: number; label: string }[];
  /** Unbroken runs of the participant's scores (a report without one breaks the line), and every point. */
  own: { runs: ChartPoint[][]; points: ChartPoint[] };
  peers: { runs: ChartPoint[][]; points: ChartPoint[] };
  /** The first and the last report's dates under the axis. */
  dateLabels: { x: number; label: string; anchor: "start" | "end" }[];
}

const monthYear = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

const timeOf = (date: string | null) => (date === null ? Number.NaN : new Date(date).getTime());

/** "Mar 2025", or "this report" for the last point when its date is not known. */
export function shortDate(date: string | null): string {
  const time = timeOf(date);
  return Number.isNaN(time) ? "this report" : monthYear.format(time);
}

/** "March 9, 2026", or "this report". */
export function longDate(date: string | null): string {
  const time = timeOf(date);
  return Number.isNaN(time) ? "this report" : formatReportDate(new Date(time));
}

/** Where each report sits between 0 (the first) and 1 (the last). */
export function timePositions(dates: readonly (string | null)[]): number[] {
  const times = dates.map(timeOf);
  const [first, last] = [times[0]!, times.at(-1)!];
  const byTime = times.every((time, i) => !Number.isNaN(time) && (i === 0 || time > times[i - 1]!));
  if (byTime && last > first) return times.map((time) => (time - first) / (last - first));
  return dates.map((_, i) => (dates.length === 1 ? 0 : i / (dates.length - 1)));
}

function runsOf(points: (ChartPoint | null)[]): ChartPoint[][] {
  const runs: ChartPoint[][] = [[]];
  for (const point of points) {
    if (point) runs.at(-1)!.push(point);
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

export function trendGeometry(trend: Trend): TrendGeometry {
  const { width, height, left, right, top, bottom } = TREND_CHART;
  const plot = { left, right: width - right, top, bottom: height - bottom };
  const x = (position: number) => plot.left + position * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (Math.min(100, Math.max(0, value)) / 100) * (plot.bottom - plot.top);
  const positions = timePositions(trend.points.map((point) => point.date));
  const series = (pick: (point: Trend["points"][number]) => number | null) => {
    const points = trend.points.map((point, i) => {
      const value = pick(point);
      return value === null ? null : { x: x(positions[i]!), y: y(value), value };
    });
    return { runs: runsOf(points), points: points.filter((point): point is ChartPoint => point !== null) };
  };
  const [first, last] = [trend.points[0]!, trend.points.at(-1)!];
  return {
    plot,
    gridlines: [0, 50, 100].map((value) => ({ y: y(value), label: `${value}%` })),
    own: series((point) => point.score),
    peers: series((point) => point.peerMedian),
    dateLabels: [
      { x: plot.left, label: shortDate(first.date), anchor: "start" },
      { x: plot.right, label: shortDate(last.date), anchor: "end" },
    ],
  };
}

export const trendTitle = (trend: Trend) => `${trend.label} over your last ${trend.points.length} reports`;

/** The chart in one sentence: first and last score, and the peers' median at the same two reports. */
export function trendSummary(trend: Trend): string {
  const scored = trend.points.filter((point) => point.score !== null);
  const [from, to] = [scored[0]!, scored.at(-1)!];
  const own =
    from.score === to.score
      ? `Your score was ${from.score}% on ${longDate(from.date)} and on ${longDate(to.date)}`
      : `Your score went from ${from.score}% (${longDate(from.date)}) to ${to.score}% (${longDate(to.date)})`;
  if (from.peerMedian === null || to.peerMedian === null) return `${own}.`;
  return `${own}; your peers' median was ${from.peerMedian}% and ${to.peerMedian}% at the same dates.`;
}
