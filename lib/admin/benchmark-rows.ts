// Sorting a benchmark table by one of its columns. Suppressed rows have no figures, so they always sort last;
// "group" keeps the instrument's option order (the order the table arrives in).
import type { Metric } from "./dashboard-metrics";
import type { BenchmarkRow } from "@/lib/db/admin-stats";
import type { BenchmarkSort } from "./stats-query";

export function sortBenchmarkRows(rows: readonly BenchmarkRow[], metric: Metric, sort: BenchmarkSort, dir: "asc" | "desc"): BenchmarkRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const valueOf = (row: BenchmarkRow, index: number): number | null => {
    if (sort === "group") return index;
    const cell = row.metrics[metric];
    return cell ? cell[sort] : null;
  };
  return rows
    .map((row, index) => ({ row, value: valueOf(row, index), index }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return sign * (a.value - b.value) || a.index - b.index;
    })
    .map(({ row }) => row);
}
