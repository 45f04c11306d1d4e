import { describe, expect, it } from "vitest";
import { TREND_METRICS, type TrendMetric } from "@/lib/admin/dashboard-metrics";
import type { QuarterRow } from "@/lib/db/admin-stats";
import { segmentPhrase, trendSentence, trendSentences } from "./trend-sentences";

/** Quarters with the unit win rate's median given (null: hidden), every other figure hidden. */
function quarters(medians: [string, number | null][], lastToDate = false): QuarterRow[] {
  return medians.map(([quarter, median], i) => ({
    quarter,
    toDate: lastToDate && i === medians.length - 1,
    n: 40,
    suppressed: null,
    metrics: Object.fromEntries(
      TREND_METRICS.map((metric) => [
        metric,
        metric === "unitWinRate" && median !== null
          ? { n: 40, p25: median - 0.05, median, p75: median + 0.05, p90: median + 0.1, suppressed: null }
          : { n: null, p25: null, median: null, p75: null, p90: null, suppressed: "below-threshold" },
      ]),
    ) as Record<TrendMetric, QuarterRow["metrics"][TrendMetric]>,
  }));
}

describe("trendSentence", () => {
  it("compares the first and last quarters shown, skipping hidden ones at either end", () => {
    const rows = quarters([["2025-10-01", null], ["2026-01-01", 0.28], ["2026-04-01", null], ["2026-07-01", 0.31], ["2026-10-01", null]]);
    expect(trendSentence("unitWinRate", rows, { industry: "software" })).toBe(
      "The median unit win rate in software and internet went from 28.0% in 2026 Q1 to 31.0% in 2026 Q3.",
    );
  });

  it("says when the running quarter is to date, when nothing moved, when one quarter or none is shown", () => {
    expect(trendSentence("unitWinRate", quarters([["2026-07-01", 0.3], ["2026-10-01", 0.25]], true), {})).toBe(
      "The median unit win rate across all responses went from 30.0% in 2026 Q3 to 25.0% in 2026 Q4 (to date).",
    );
    expect(trendSentence("unitWinRate", quarters([["2026-04-01", 0.3], ["2026-07-01", 0.3]]), {})).toBe(
      "The median unit win rate across all responses was 30.0% in 2026 Q2 and again in 2026 Q3.",
    );
    expect(trendSentence("unitWinRate", quarters([["2026-04-01", null], ["2026-07-01", 0.3]]), {})).toBe(
      "The median unit win rate across all responses was 30.0% in 2026 Q3, the only quarter with enough responses to show.",
    );
    expect(trendSentence("overall", quarters([["2026-04-01", 0.3]]), { region: "europe" })).toBe(
      "No quarter has enough responses to show the median overall index in Europe.",
    );
  });
});

describe("segmentPhrase", () => {
  it("puts every filter into words, in the filter form's order", () => {
    expect(segmentPhrase({ salesModel: "channel", region: "europe", companySize: "1-49", industry: "healthcare" })).toBe(
      "in healthcare and life sciences, at companies with fewer than 50 employees, in Europe, selling through partners",
    );
  });
});

describe("trendSentences", () => {
  it("says each shown figure's change, then the hidden figures in one sentence, or one sentence when all are hidden", () => {
    const rows = quarters([["2026-01-01", 0.28], ["2026-04-01", 0.31]]);
    const list = trendSentences(rows, {});
    expect(list).toHaveLength(2);
    expect(list[0]).toBe("The median unit win rate across all responses went from 28.0% in 2026 Q1 to 31.0% in 2026 Q2.");
    expect(list[1]).toMatch(/^No quarter has enough responses to show the median overall index, value index, .* or sales velocity per day \(USD\) across all responses\.$/);
    expect(list[1]).not.toContain("unit win rate");
    expect(trendSentences(quarters([["2026-01-01", null]]), { region: "europe" })).toEqual([
      "No quarter has enough responses to show any median in Europe yet.",
    ]);
  });
});
