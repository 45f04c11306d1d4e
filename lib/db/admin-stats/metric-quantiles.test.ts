// A single metric's benchmark rows come from its counts (the ScoreHistogram rows, or a GROUP BY over "Score"): for an
// index the same n, quantiles and suppression as the percentile_cont query over the rows, for every dimension and
// filter; for a sales figure the same n and suppression, and the quantiles of the figures read at their bins'
// centres. The interpolation itself matches PostgreSQL's percentile_cont on any multiset of whole percents.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { percentileCont, seedAdminPopulation } from "@/tests/support/admin-population";
import { DIMENSIONS, type AdminFilter, type Dimension } from "@/lib/admin/dashboard-dimensions";
import { INDEX_METRICS, SALES_METRICS, type SalesMetric } from "@/lib/admin/dashboard-metrics";
import { BINNED_FIGURE_BINS } from "@/lib/scoring";
import { SALES_COLUMNS as SALES } from "@/tests/support/sales-metric-columns";
import { db } from "../client";
import { benchmarkTable, type BenchmarkTable } from "./index";
import { quantilesFromCounts } from "@/lib/scoring";

describe("quantilesFromCounts", () => {
  it("equals percentile_cont over the expanded values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 200 }), (values) => {
        const counts = new Map<number, number>();
        for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
        const pairs = [...counts].sort((a, b) => a[0] - b[0]);
        expect(quantilesFromCounts(pairs)).toEqual([0.25, 0.5, 0.75, 0.9].map((f) => percentileCont(values, f)));
      }),
    );
    expect(quantilesFromCounts([])).toBeNull();
  });
});

describe("benchmarkTable for one metric", () => {
  withMigratedDatabase();
  beforeAll(() => seedAdminPopulation(), 120_000);

  // Every way the counts are read: the histogram rows (grouped by industry or size, filtered by those at most, the
  // group's own key included) and the GROUP BY over "Score" (grouped or filtered by region or sales model).
  const filters: AdminFilter[] = [
    {},
    { industry: "software" },
    { companySize: "1-49" },
    { industry: "software", companySize: "1-49" },
    { region: "europe", salesModel: "field" },
    { industry: "energy-utilities" },
  ];
  it("gives an index the rows the sorting query gives", async () => {
    for (const filter of filters) {
      for (const dimension of DIMENSIONS) {
        const all = await benchmarkTable(dimension, filter, ["overall", "unitWinRate"]);
        for (const metric of INDEX_METRICS) {
          const one = await benchmarkTable(dimension, filter, [metric]);
          const sorted = metric === "overall" ? all : await benchmarkTable(dimension, filter, [metric, "unitWinRate"]);
          const only = (table: typeof one) => ({
            total: { ...table.total, metrics: { [metric]: table.total.metrics[metric] } },
            rows: table.rows.map((row) => ({ ...row, metrics: { [metric]: row.metrics[metric] } })),
          });
          expect(only(one), `${dimension} ${metric} ${JSON.stringify(filter)}`).toEqual(only(sorted));
        }
      }
    }
  }, 120_000);


  it("gives a sales figure the sorting query's n and suppression, and quantiles of the figures at their bins' centres", async () => {
    // The scores the benchmarks count: those in the pool.
    const scores = (await db().score.findMany({ where: { inPool: true } })) as unknown as Record<string, string | number | null>[];
    const binned = (rows: typeof scores, metric: SalesMetric) => {
      const [column, figure] = SALES[metric];
      const bins = BINNED_FIGURE_BINS[figure];
      return rows.flatMap((row) => (row[column] === null ? [] : [bins.valueOf(bins.binOf(row[column] as number))]));
    };
    const expectedQuantiles = (values: number[]) => [0.25, 0.5, 0.75, 0.9].map((f) => percentileCont(values, f));
    let checkedCells = 0;
    for (const filter of filters) {
      const members = scores.filter((row) => Object.entries(filter).every(([dimension, value]) => row[dimension] === value));
      for (const dimension of DIMENSIONS) {
        for (const metric of SALES_METRICS) {
          const label = `${dimension} ${metric} ${JSON.stringify(filter)}`;
          const one = await benchmarkTable(dimension, filter, [metric]);
          const sorted = await benchmarkTable(dimension, filter, [metric, "overall"]);
          const withoutQuantiles = (table: BenchmarkTable) =>
            [table.total, ...table.rows].map((row) => ({ key: row.key, n: row.n, suppressed: row.suppressed, metric: { ...row.metrics[metric], p25: 0, median: 0, p75: 0, p90: 0 } }));
          expect(withoutQuantiles(one), label).toEqual(withoutQuantiles(sorted));
          for (const row of [one.total, ...one.rows]) {
            const cell = row.metrics[metric]!;
            if (cell.suppressed) continue;
            const group = row.key === "*" ? members : members.filter((score) => score[dimension as Dimension] === row.key);
            const expected = expectedQuantiles(binned(group, metric));
            [cell.p25, cell.median, cell.p75, cell.p90].forEach((q, i) => expect(q, `${label} ${row.key}`).toBeCloseTo(expected[i]!, 9));
            checkedCells += 1;
          }
        }
      }
    }
    expect(checkedCells).toBeGreaterThan(200);
  }, 240_000);
});
