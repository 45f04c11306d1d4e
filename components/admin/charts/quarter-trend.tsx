// One figure by quarter as server-rendered SVG (decision 005: plain SVG, no chart library): a box from p25 to p75 for
// each quarter shown, the medians joined by a line that breaks where a quarter is hidden. The table beside it holds
// the same figures; the chart's label lists the medians for screen readers.
import type { TrendMetric } from "@/lib/admin/dashboard-metrics";
import { METRIC_UNITS } from "@/lib/admin/dashboard-metrics";
import type { QuarterRow } from "@/lib/db/admin-stats";
import { quarterLabel } from "@/lib/admin/dashboard-quarters";
import { formatMetric } from "../format-stat";
import { METRIC_LABELS } from "../labels";

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 80;
const BOTTOM = 24;
const TOP = 10;

/** Indices share 0–100; other figures run to a round number above the highest p75 shown. */
function scaleMax(metric: TrendMetric, rows: readonly QuarterRow[]): number {
  if (METRIC_UNITS[metric] === "index") return 100;
  const high = Math.max(0, ...rows.map((row) => row.metrics[metric].p75 ?? 0));
  if (high <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(high));
  return Math.ceil((high * 1.05) / step) * step;
}

export function QuarterTrend({ metric, rows }: { metric: TrendMetric; rows: readonly QuarterRow[] }) {
  const max = scaleMax(metric, rows);
  const plot = HEIGHT - BOTTOM - TOP;
  const slot = (WIDTH - LEFT) / Math.max(1, rows.length);
  const x = (i: number) => LEFT + slot * (i + 0.5);
  const y = (value: number) => TOP + plot - (Math.min(value, max) / max) * plot;
  const box = Math.min(36, slot * 0.5);
  const summary = rows
    .map((row) => `${quarterLabel(row.quarter)}: ${row.metrics[metric].median === null ? "hidden" : formatMetric(metric, row.metrics[metric].median)}`)
    .join("; ");
  // The median line, broken into runs of consecutive quarters shown.
  const runs: string[][] = [];
  rows.forEach((row, i) => {
    const median = row.metrics[metric].median;
    if (median === null) return;
    if (i === 0 || rows[i - 1]!.metrics[metric].median === null) runs.push([]);
    runs.at(-1)!.push(`${x(i)},${y(median)}`);
  });
  const labelEvery = Math.ceil(rows.length / 8);
  // Never drawn narrower than 28rem, so its labels stay legible on a phone: the chart scrolls sideways there instead.
  return (
    <div className="max-w-3xl overflow-x-auto" role="region" aria-label={`Chart of the median ${METRIC_LABELS[metric].toLowerCase()} by quarter`} tabIndex={0}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Median ${METRIC_LABELS[metric].toLowerCase()} by quarter. ${summary}`} className="h-auto w-full min-w-[28rem]">
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={LEFT} x2={WIDTH} y1={y(max * share)} y2={y(max * share)} className="stroke-line" strokeDasharray={share === 0 ? undefined : "3 3"} />
            <text x={LEFT - 6} y={y(max * share) + 4} textAnchor="end" className="fill-muted text-[12px]">
              {formatMetric(metric, max * share)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const { p25, p75 } = row.metrics[metric];
          return (
            <g key={row.quarter}>
              {p25 !== null && p75 !== null ? (
                <rect x={x(i) - box / 2} y={y(p75)} width={box} height={Math.max(1, y(p25) - y(p75))} className="fill-brand-soft stroke-brand" />
              ) : null}
              {(rows.length - 1 - i) % labelEvery === 0 ? (
                <text x={x(i)} y={HEIGHT - 6} textAnchor="middle" className="fill-muted text-[12px]">
                  {quarterLabel(row.quarter)}
                </text>
              ) : null}
            </g>
          );
        })}
        {runs.map((points) => (
          <polyline key={points[0]} points={points.join(" ")} fill="none" className="stroke-brand-strong" strokeWidth={2} />
        ))}
        {rows.map((row, i) =>
          row.metrics[metric].median === null ? null : (
            <circle key={row.quarter} cx={x(i)} cy={y(row.metrics[metric].median!)} r={3.5} className="fill-brand-strong" />
          ),
        )}
      </svg>
    </div>
  );
}
