// Benchmark rows of one index from a histogram: indices are whole percents, so a group's n and its
// percentile_cont quantiles follow exactly from how many scores sit at each value. One parallel hash aggregate
// over "Score" (GROUP BY the dimension and the value) instead of sorting every score: at 1,000,000 responses
// ~0.5–0.7 s instead of 1.4–1.6 s on a busy 2-core machine (decision 008a).
import "server-only";
import { db } from "../client";
import type { AdminFilter, Dimension } from "@/lib/admin/dashboard-dimensions";
import type { IndexMetric } from "@/lib/admin/dashboard-metrics";
import { completedFilterSql, dimensionColumn } from "./filter-sql";
import { metricSql } from "./metric-sql";

const FRACTIONS = [0.25, 0.5, 0.75, 0.9];

/** percentile_cont of each fraction over values given as [value, count] pairs sorted by value; null when empty. */
export function quantilesFromCounts(counts: readonly [number, number][], fractions = FRACTIONS): number[] | null {
  const n = counts.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const valueAt = (row: number) => {
    let seen = 0;
    for (const [value, count] of counts) {
      seen += count;
      if (row < seen) return value;
    }
    return counts.at(-1)![0];
  };
  // PostgreSQL's percentile_cont: rows first = floor(p(n−1)) and second = ceil(p(n−1)), lo + (p(n−1) − first)(hi − lo).
  return fractions.map((fraction) => {
    const position = fraction * (n - 1);
    const first = Math.floor(position);
    const lo = valueAt(first);
    const hi = valueAt(Math.ceil(position));
    return lo + (position - first) * (hi - lo);
  });
}

export interface IndexGroupRaw {
  total: boolean;
  key: string | null;
  n: number;
  metricN: number;
  quantiles: number[] | null;
}

/** One row per group of the dimension (null key = not given) and the total, as benchmarkTable's query gives them. */
export async function indexQuantileGroups(dimension: Dimension, filter: AdminFilter, metric: IndexMetric): Promise<IndexGroupRaw[]> {
  const group = dimensionColumn(dimension, "s");
  const rows = await db().$queryRaw<{ key: string | null; value: number | null; n: number }[]>`
    SELECT ${group} AS key, ${metricSql(metric)} AS value, count(*)::int AS n
      FROM "Score" s WHERE true ${completedFilterSql(filter, "s")}
     GROUP BY 1, 2`;
  const byKey = new Map<string | null, [number | null, number][]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), [row.value, row.n]]);
  const summarise = (total: boolean, key: string | null, pairs: [number | null, number][]): IndexGroupRaw => {
    const present = pairs.filter((pair): pair is [number, number] => pair[0] !== null).sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [value, count] of present) {
      if (merged.length && merged.at(-1)![0] === value) merged.at(-1)![1] += count;
      else merged.push([value, count]);
    }
    return {
      total,
      key,
      n: pairs.reduce((sum, [, count]) => sum + count, 0),
      metricN: merged.reduce((sum, [, count]) => sum + count, 0),
      quantiles: quantilesFromCounts(merged),
    };
  };
  return [
    ...[...byKey].map(([key, pairs]) => summarise(false, key, pairs)),
    summarise(true, "*", rows.map((row): [number | null, number] => [row.value, row.n])),
  ];
}

