// One figure by quarter as a table: n, quartiles and p90 per quarter, hidden quarters saying why, and the spread bar of
// the Benchmarks page drawn against the chart's scale.
import type { TrendMetric } from "@/lib/admin/dashboard-metrics";
import { METRIC_UNITS } from "@/lib/admin/dashboard-metrics";
import type { QuarterRow } from "@/lib/db/admin-stats";
import { CURRENCY_TABLE_VERSION } from "@/lib/scoring";
import { formatCount, formatMetric } from "./format-stat";
import { METRIC_LABELS } from "./labels";
import { quarterName } from "./trend-sentences";
import { SpreadBar } from "./charts/spread-bar";

export function QuarterTable({ metric, rows }: { metric: TrendMetric; rows: readonly QuarterRow[] }) {
  const max = METRIC_UNITS[metric] === "index" ? 100 : Math.max(0, ...rows.map((row) => row.metrics[metric].p90 ?? row.metrics[metric].p75 ?? 0));
  return (
    <div className="overflow-x-auto rounded-md border border-line bg-surface" role="region" aria-label={`${METRIC_LABELS[metric]} by quarter, table`} tabIndex={0}>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="p-3 text-left font-semibold">
          {METRIC_LABELS[metric]} by quarter of completion (UTC)
          {METRIC_UNITS[metric] === "money" ? ` (in US dollars at the study's fixed rates, table ${CURRENCY_TABLE_VERSION})` : ""}
        </caption>
        <thead>
          <tr className="border-y border-line bg-canvas">
            <th scope="col" className="px-3 py-2 font-medium">Quarter</th>
            {["n", "p25", "Median", "p75", "p90"].map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2 text-right font-medium">{heading}</th>
            ))}
            <th scope="col" className="px-3 py-2 font-medium">
              Spread <span className="font-normal text-muted">(p25–p75, median, p90)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const cell = row.metrics[metric];
            return (
              <tr key={row.quarter} className="border-b border-line/60">
                <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">{quarterName(row)}</th>
                {cell.suppressed ? (
                  <td colSpan={6} className="px-3 py-2 text-muted">
                    {cell.suppressed === "below-threshold" ? "Suppressed: too few responses" : "Suppressed: could be worked out from the total"}
                  </td>
                ) : (
                  <>
                    <td className="px-3 py-2 text-right tabular-nums">{formatCount(cell.n)}</td>
                    {(["p25", "median", "p75", "p90"] as const).map((key) => (
                      <td key={key} className="px-3 py-2 text-right tabular-nums">{formatMetric(metric, cell[key])}</td>
                    ))}
                    <td className="px-3 py-2">
                      <SpreadBar p25={cell.p25} median={cell.median} p75={cell.p75} p90={cell.p90} max={max} reference={null} />
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
