// The sales figures' distributions of the Questions page, read from the ScoreHistogram rows or one scan of "Score",
// equal a brute-force count of the stored Score rows: each figure's responses per bin, n, and percentile_cont over the
// bins' centres; a group below the anonymity threshold shows nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { withMigratedDatabase } from "@/tests/support/migrated-database";
import { SMALL_INDUSTRY, percentileCont, seedAdminPopulation } from "@/tests/support/admin-population";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { SALES_METRICS } from "@/lib/admin/dashboard-metrics";
import { BINNED_FIGURE_BINS } from "@/lib/scoring";
import { SALES_COLUMNS as SALES } from "@/tests/support/sales-metric-columns";
import { db } from "../client";
import { salesDistributions } from "./index";

withMigratedDatabase();
beforeAll(() => seedAdminPopulation(), 120_000);


// Both ways of reading: the histogram rows (nothing, an industry, a size, both) and the scan (a region or sales model).
const FILTERS: AdminFilter[] = [
  {},
  { industry: "software" },
  { companySize: "1-49" },
  { industry: "software", companySize: "1-49" },
  { region: "europe" },
  { region: "europe", salesModel: "field" },
  { industry: "software", salesModel: "inside" },
  { industry: SMALL_INDUSTRY },
];

describe.each(FILTERS)("salesDistributions %o", (filter) => {
  it("equals the figures counted bin by bin over the stored scores", async () => {
    const scores = ((await db().score.findMany({ where: { inPool: true } })) as unknown as Record<string, string | number | null>[]).filter((row) =>
      Object.entries(filter).every(([dimension, value]) => row[dimension] === value),
    );
    const result = await salesDistributions(filter);
    expect(result.threshold).toBe(5);
    expect(result.responses).toBe(scores.length);
    expect(result.metrics.map((m) => m.metric)).toEqual([...SALES_METRICS]);
    for (const distribution of result.metrics) {
      const [column, figure] = SALES[distribution.metric];
      const bins = BINNED_FIGURE_BINS[figure];
      const centres = scores.flatMap((row) => (row[column] === null ? [] : [bins.valueOf(bins.binOf(row[column] as number))]));
      if (centres.length < 5 || scores.length < 5) {
        expect(distribution, distribution.metric).toMatchObject({ n: null, values: null, p25: null, suppressed: "below-threshold" });
        continue;
      }
      const counts = new Map<number, number>();
      for (const centre of centres) counts.set(centre, (counts.get(centre) ?? 0) + 1);
      expect(distribution.n, distribution.metric).toBe(centres.length);
      expect(distribution.values, distribution.metric).toEqual([...counts].sort((a, b) => a[0] - b[0]));
      const [p25, median, p75] = [0.25, 0.5, 0.75].map((q) => percentileCont(centres, q)!);
      expect(distribution.p25).toBeCloseTo(p25!, 9);
      expect(distribution.median).toBeCloseTo(median!, 9);
      expect(distribution.p75).toBeCloseTo(p75!, 9);
    }
  });
});

it("shows every figure for the whole population and hides the small industry's", async () => {
  expect((await salesDistributions({})).metrics.every((m) => m.suppressed === null)).toBe(true);
  expect((await salesDistributions({ industry: SMALL_INDUSTRY })).metrics.every((m) => m.suppressed === "below-threshold")).toBe(true);
});
