// The Trends page's figures worked out the slow obvious way: every completed response in memory, grouped by the UTC
// quarter of its completion, each figure's values (an index as stored, a sales figure at its bin's centre, the bins of
// the Benchmarks page), sorted and interpolated as PostgreSQL's percentile_cont, then the anonymity rules.
import { BINNED_FIGURE_BINS, suppressGroups, type SuppressionReason } from "@/lib/scoring";
import { INDEX_METRICS, TREND_METRICS, type SalesMetric, type TrendMetric } from "@/lib/admin/dashboard-metrics";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import type { QuarterBenchmarks } from "@/lib/db/admin-stats";
import { matches, percentileCont, type Row } from "./admin-population";
import { SALES_COLUMNS } from "./sales-metric-columns";

const quarterOf = (moment: Date) =>
  `${moment.getUTCFullYear()}-${String(Math.floor(moment.getUTCMonth() / 3) * 3 + 1).padStart(2, "0")}-01`;

const nextQuarter = (quarter: string) => {
  const [year, month] = quarter.split("-").map(Number) as [number, number];
  return month === 10 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, "0")}-01`;
};

/** A figure as the page counts it: an index as it is, a sales figure at the centre of its bin. */
function counted(metric: TrendMetric, value: number | null): number | null {
  if (value === null || (INDEX_METRICS as readonly string[]).includes(metric)) return value;
  const bins = BINNED_FIGURE_BINS[SALES_COLUMNS[metric as SalesMetric][1]];
  return bins.valueOf(bins.binOf(value));
}

export function bruteForceQuarters(rows: readonly Row[], filter: AdminFilter, threshold: number, now: Date): QuarterBenchmarks {
  const completed = rows.filter((row) => row.status === "COMPLETED" && row.completedAt !== null && matches(row, filter));
  if (completed.length === 0) return { status: "ready", threshold, quarters: [] };
  const keys = completed.map((row) => quarterOf(row.completedAt!)).sort();
  const quarters: string[] = [];
  for (let quarter = keys[0]!; quarter <= keys.at(-1)!; quarter = nextQuarter(quarter)) quarters.push(quarter);
  const members = quarters.map((quarter) => completed.filter((row) => quarterOf(row.completedAt!) === quarter));
  const values = members.map((group) =>
    Object.fromEntries(
      TREND_METRICS.map((metric) => [metric, group.map((row) => counted(metric, row.values[metric])).filter((v): v is number => v !== null)]),
    ) as Record<TrendMetric, number[]>,
  );
  const rowDecisions = suppressGroups(members.map((group) => group.length), threshold);
  const decisions = Object.fromEntries(
    TREND_METRICS.map((metric) => [metric, suppressGroups(values.map((v) => v[metric].length), threshold, { forced: rowDecisions })]),
  ) as Record<TrendMetric, (SuppressionReason | null)[]>;
  return {
    status: "ready",
    threshold,
    quarters: quarters.map((quarter, i) => ({
      quarter,
      toDate: new Date(`${nextQuarter(quarter)}T00:00:00Z`).getTime() > now.getTime(),
      n: rowDecisions[i] ? null : members[i]!.length,
      suppressed: rowDecisions[i]!,
      metrics: Object.fromEntries(
        TREND_METRICS.map((metric) => {
          const reason = decisions[metric][i]!;
          const list = values[i]![metric];
          const [p25, median, p75, p90] = [0.25, 0.5, 0.75, 0.9].map((q) => percentileCont(list, q));
          return [
            metric,
            reason
              ? { n: null, p25: null, median: null, p75: null, p90: null, suppressed: reason }
              : { n: list.length, p25, median, p75, p90, suppressed: null },
          ];
        }),
      ),
    })) as Extract<QuarterBenchmarks, { status: "ready" }>["quarters"],
  };
}
