// Benchmarks by calendar quarter (UTC) of completion: for each quarter, n and p25 / median / p75 / p90 of every Trends
// figure (the six indices and the sales figures the benchmarks compare), from counts (quarter-rows.ts) — exact for an
// index, to the bin for a sales figure, as on the Benchmarks page. Anonymity per cell (decision 005): a quarter with
// fewer responses than the threshold is hidden, and so is a figure with fewer values; since the Benchmarks page shows the
// same filter's total, a lone hidden quarter (or hidden ones holding fewer than the threshold together) also hides the
// next-smallest, per figure.
import "server-only";
import { quantilesFromCounts, suppressGroups, type SuppressionReason } from "@/lib/scoring";
import { TREND_METRICS, type TrendMetric } from "@/lib/admin/dashboard-metrics";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { nextQuarter, quarterRange, quarterStart } from "@/lib/admin/dashboard-quarters";
import { anonymityThreshold } from "./threshold";
import type { BenchmarkCell } from "./benchmarks";
import { QUARTER_LAYOUT, QUARTER_WIDTH, valueAtPosition } from "./quarter-layout";
import { liveQuarterBacklog, readQuarterCounts } from "./quarter-rows";

/** Above this many responses to count live (after an upgrade, a re-score or a forgotten quarter) the page waits. */
export const QUARTER_LIVE_LIMIT = 60_000;

export interface QuarterRow {
  /** The quarter's first day, "YYYY-MM-DD". */
  quarter: string;
  /** The quarter had not ended at the `now` asked about: its figures are to date. */
  toDate: boolean;
  n: number | null;
  suppressed: SuppressionReason | null;
  metrics: Record<TrendMetric, BenchmarkCell>;
}

export type QuarterBenchmarks =
  | { status: "counting"; threshold: number; backlog: number }
  | { status: "ready"; threshold: number; quarters: QuarterRow[] };

type Counted = { quarter: string; n: number; values: Record<TrendMetric, [number, number][]> };

/** A quarter's dense counts as its responses and each figure's [value, count] pairs, ascending. */
function unpack(quarter: string, slots: readonly number[], counts: readonly number[]): Counted {
  const dense = new Array<number>(QUARTER_WIDTH).fill(0);
  slots.forEach((slot, i) => (dense[slot] = counts[i]!));
  const values = Object.fromEntries(
    QUARTER_LAYOUT.map(({ metric, offset, width }) => [
      metric,
      dense.slice(offset, offset + width).flatMap((count, position): [number, number][] => (count > 0 ? [[valueAtPosition(metric, position), count]] : [])),
    ]),
  ) as Counted["values"];
  return { quarter, n: dense[0]!, values };
}

const hidden = (suppressed: SuppressionReason): BenchmarkCell => ({ n: null, p25: null, median: null, p75: null, p90: null, suppressed });

function cellOf(values: [number, number][]): BenchmarkCell {
  const n = values.reduce((sum, [, count]) => sum + count, 0);
  const [p25, median, p75, p90] = quantilesFromCounts(values) ?? [null, null, null, null];
  return { n, p25: p25 ?? null, median: median ?? null, p75: p75 ?? null, p90: p90 ?? null, suppressed: null };
}

/**
 * The filter's quarters from the first to the last with a completed response (quarters between without any are shown,
 * empty and hidden), or "counting" while more than QUARTER_LIVE_LIMIT responses wait to be rolled up. `now` only marks
 * the quarter still running; which days are rolled up is the roll-up's business (rollUpQuarters, after the page).
 */
export async function quarterBenchmarks(filter: AdminFilter, now: Date, liveLimit = QUARTER_LIVE_LIMIT): Promise<QuarterBenchmarks> {
  const threshold = anonymityThreshold();
  const backlog = await liveQuarterBacklog(liveLimit);
  if (backlog > liveLimit) return { status: "counting", threshold, backlog };
  const read = (await readQuarterCounts(filter)).map((row) => unpack(row.quarter, row.slots, row.counts));
  if (read.length === 0) return { status: "ready", threshold, quarters: [] };
  const byQuarter = new Map(read.map((row) => [row.quarter, row]));
  const empty = (quarter: string): Counted => ({ quarter, n: 0, values: Object.fromEntries(TREND_METRICS.map((metric) => [metric, []])) as never });
  const quarters = quarterRange(read[0]!.quarter, read.at(-1)!.quarter).map((quarter) => byQuarter.get(quarter) ?? empty(quarter));

  const rowDecisions = suppressGroups(quarters.map((row) => row.n), threshold);
  const cells = quarters.map((row) => Object.fromEntries(TREND_METRICS.map((metric) => [metric, cellOf(row.values[metric])])) as Record<TrendMetric, BenchmarkCell>);
  const decisions = Object.fromEntries(
    TREND_METRICS.map((metric) => [metric, suppressGroups(cells.map((cell) => cell[metric].n ?? 0), threshold, { forced: rowDecisions })]),
  ) as Record<TrendMetric, (SuppressionReason | null)[]>;
  return {
    status: "ready",
    threshold,
    quarters: quarters.map((row, i) => ({
      quarter: row.quarter,
      toDate: quarterStart(nextQuarter(row.quarter)).getTime() > now.getTime(),
      n: rowDecisions[i] ? null : row.n,
      suppressed: rowDecisions[i]!,
      metrics: Object.fromEntries(
        TREND_METRICS.map((metric) => {
          const reason = decisions[metric][i]!;
          return [metric, reason ? hidden(reason) : cells[i]![metric]];
        }),
      ) as Record<TrendMetric, BenchmarkCell>,
    })),
  };
}
