// Where each Trends figure counts in a quarter's histogram ("QuarterHistogram", docs/decisions/029-quarter-benchmarks.md):
// slot 0 counts the responses themselves, then each index has 101 slots (its whole percents; "insufficient data" is
// not counted) and each sales figure one slot per bin of its scale (lib/scoring/hard-number-bins.ts, as the benchmarks
// count it; a missing figure is not counted). The SQL that places a Score row's figures is built from the same list, so
// the two cannot drift; a rollup records the layout's key, and a quarter counted in another layout is read live until
// the read path counts it again.
import "server-only";
import { createHash } from "node:crypto";
import { BINNED_FIGURE_BINS, HISTOGRAM_LENGTH } from "@/lib/scoring";
import { TREND_METRICS, type TrendMetric } from "@/lib/admin/dashboard-metrics";
import { Prisma } from "../generated/client";
import { INDEX_COLUMN } from "../score-columns";
import { isIndexMetric, metricBinSql, salesFigure } from "./metric-sql";

export interface QuarterSlice {
  metric: TrendMetric;
  offset: number;
  width: number;
}

const scaleOf = (metric: TrendMetric) => (isIndexMetric(metric) ? null : BINNED_FIGURE_BINS[salesFigure(metric)]);

export const QUARTER_LAYOUT: readonly QuarterSlice[] = (() => {
  let offset = 1;
  return TREND_METRICS.map((metric) => {
    const width = scaleOf(metric)?.count ?? HISTOGRAM_LENGTH;
    const slice = { metric, offset, width };
    offset += width;
    return slice;
  });
})();

/** Slots in a quarter's counts: the responses, then every figure's slice. */
export const QUARTER_WIDTH = QUARTER_LAYOUT.reduce((sum, slice) => sum + slice.width, 1);

/** Names the layout and the bins behind it: a change to either makes every stored quarter count again. */
export const QUARTER_LAYOUT_KEY = createHash("sha256")
  .update(JSON.stringify(QUARTER_LAYOUT.map((slice) => [slice.metric, slice.width, scaleOf(slice.metric)?.valueOf(slice.width - 1) ?? null])))
  .update(JSON.stringify(QUARTER_LAYOUT.map((slice) => Array.from({ length: slice.width }, (_, i) => scaleOf(slice.metric)?.valueOf(i) ?? i))))
  .digest("hex")
  .slice(0, 16);

/** The value a position of a metric's slice stands for: the whole percent of an index, or the centre of a bin. */
export function valueAtPosition(metric: TrendMetric, position: number): number {
  const scale = scaleOf(metric);
  return scale ? scale.valueOf(position) : position;
}

/**
 * `(VALUES (0), (1 + s."overall"), …) AS f(slot)`: the slots a Score row `s` counts in, one row each; a missing figure
 * gives a null slot, which the caller leaves out (`f.slot IS NOT NULL`).
 */
export function quarterSlotsSql(): Prisma.Sql {
  const slots = QUARTER_LAYOUT.map(({ metric, offset }) =>
    isIndexMetric(metric)
      ? Prisma.sql`(${Prisma.raw(String(offset))} + s.${Prisma.raw(`"${INDEX_COLUMN[metric]}"`)})`
      : Prisma.sql`(${Prisma.raw(String(offset))} + ${metricBinSql(metric)})`,
  );
  return Prisma.sql`(VALUES (0), ${Prisma.join(slots, ", ")}) AS f(slot)`;
}
