// Responses started and completed per month as paired SVG columns (server-rendered), with the same figures in
// a table for screen readers and anyone who wants the numbers.
import type { MonthCount } from "@/lib/db/admin-stats";

const WIDTH = 600;
const HEIGHT = 180;
const AXIS = 20;

export function MonthTrend({ months }: { months: MonthCount[] }) {
  if (months.length === 0) return <p className="text-sm text-muted">No responses yet.</p>;
  const tallest = Math.max(1, ...months.map((month) => Math.max(month.started, month.completed)));
  const slot = WIDTH / months.length;
  const bar = Math.max(1, slot / 2 - 1);
  const plot = HEIGHT - AXIS;
  const labelEvery = Math.ceil(months.length / 8);
  const summary = months.map((m) => `${m.month}: ${m.started} started, ${m.completed} completed`).join("; ");
  return (
    <figure className="space-y-2">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Responses by month. ${summary}`} className="h-auto w-full">
        {months.map((month, i) => {
          const started = (month.started / tallest) * (plot - 4);
          const completed = (month.completed / tallest) * (plot - 4);
          return (
            <g key={month.month}>
              <rect x={i * slot} y={plot - started} width={bar} height={started} className="fill-brand-soft stroke-brand" />
              <rect x={i * slot + bar} y={plot - completed} width={bar} height={completed} className="fill-brand" />
              {(months.length - 1 - i) % labelEvery === 0 ? <MonthLabel month={month.month} index={i} slot={slot} /> : null}
            </g>
          );
        })}
        <line x1={0} x2={WIDTH} y1={plot} y2={plot} className="stroke-line" />
      </svg>
      <figcaption className="flex gap-4 text-sm text-muted">
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 border border-brand bg-brand-soft" aria-hidden="true" /> started
        </span>
        <span className="flex items-center gap-1">
          <span className="inline-block h-3 w-3 bg-brand" aria-hidden="true" /> completed
        </span>
      </figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-strong">Monthly figures as a table</summary>
        <table className="mt-2 w-full max-w-md text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1">Month</th>
              <th scope="col" className="py-1 text-right">Started</th>
              <th scope="col" className="py-1 text-right">Completed</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month} className="border-b border-line/60">
                <th scope="row" className="py-1 font-normal">{month.month}</th>
                <td className="py-1 text-right tabular-nums">{month.started.toLocaleString("en")}</td>
                <td className="py-1 text-right tabular-nums">{month.completed.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/**
 * A month under its columns. Counted from the latest month, so the newest is always labelled; the labels at the ends
 * are anchored to the chart's edges, so "2026-11" is never cut to "2026-".
 */
function MonthLabel({ month, index, slot }: { month: string; index: number; slot: number }) {
  const centre = index * slot + slot / 2;
  const half = 22; // about half the width of "2026-11" at 11 px
  const [x, anchor]: [number, "start" | "middle" | "end"] =
    centre + half > WIDTH ? [WIDTH, "end"] : centre - half < 0 ? [0, "start"] : [centre, "middle"];
  return (
    <text x={x} y={HEIGHT - 5} textAnchor={anchor} className="fill-muted text-[11px]">
      {month}
    </text>
  );
}
