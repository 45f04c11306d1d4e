// A single index's benchmark rows come from its histogram: the same n, quantiles and suppression as the
// percentile_cont query over the rows, for every dimension and filter; and the interpolation itself matches
// PostgreSQL's percentile_cont on any multiset of whole percents.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { percentileCont, seedAdminPopulation } from "@/tests/support/admin-population";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { INDEX_METRICS } from "@/lib/admin/dashboard-metrics";
import { benchmarkTable } from "./index";
import { quantilesFromCounts } from "./metric-quantiles";

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

describe("benchmarkTable for one index", () => {
  withMigratedDatabase();
  beforeAll(() => seedAdminPopulation(), 120_000);

  const filters: AdminFilter[] = [{}, { industry: "software" }, { region: "europe", salesModel: "field" }, { industry: "energy-utilities" }];
  it("gives the rows the sorting query gives", async () => {
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
});
