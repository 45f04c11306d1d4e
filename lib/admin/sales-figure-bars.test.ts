import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SALES_METRICS } from "./dashboard-metrics";
import { figureBars } from "./sales-figure-bars";

describe("figureBars", () => {
  it("puts win rates in ten-point ranges, 100% in the last", () => {
    const bars = figureBars("unitWinRate", [[0, 2], [0.09, 1], [0.1, 4], [0.3, 3], [0.99, 1], [1, 5]]);
    expect(bars).toHaveLength(10);
    expect(bars[0]).toEqual({ key: "0", label: "0–9%", count: 3 });
    expect(bars[1]).toMatchObject({ label: "10–19%", count: 4 });
    expect(bars[3]).toMatchObject({ label: "30–39%", count: 3 });
    expect(bars[9]).toMatchObject({ label: "90–100%", count: 6 });
  });

  it("labels open-ended ranges of days and money in their unit", () => {
    const cycle = figureBars("cycleDays", [[7, 1], [30, 2], [3000, 1]]);
    expect(cycle.map((bar) => bar.label)).toContain("30 days to under 45 days");
    expect(cycle[0]).toMatchObject({ label: "under 15 days", count: 1 });
    expect(cycle.at(-1)).toMatchObject({ label: "730 days or more", count: 1 });
    const deal = figureBars("averageDealValue", [[500, 1], [25_000, 2], [4e7, 1]]);
    expect(deal[0]).toMatchObject({ label: "under $1K", count: 1 });
    expect(deal.find((bar) => bar.label === "$20K to under $50K")?.count).toBe(2);
    expect(deal.at(-1)).toMatchObject({ label: "$10M or more", count: 1 });
  });

  it("keeps every response: the bars add up to the counts, for any figure", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SALES_METRICS),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 1000 }))),
        (metric, values) => {
          const total = values.reduce((sum, [, count]) => sum + count, 0);
          expect(figureBars(metric, values).reduce((sum, bar) => sum + bar.count, 0)).toBe(total);
        },
      ),
    );
  });
});
