// Histograms of the overall index, each sub-index and the personal index for the filtered responses, with
// quartiles. Indices are whole percents 0–100, so the figures come from the count of responses at each score of
// each index (at most 6 × 102 numbers): histogramQuantile is percentile_cont's definition over a histogram, so they
// equal percentile_cont over the rows without sorting a million of them. Those counts are read
// - from the ScoreHistogram aggregate when the filter is at most an industry and a company size (its peer groups:
//   industry × size, industry, size, everyone; summed over scoring versions, so every stored score counts once);
// - otherwise (a region or a sales model) from the matching "Score" rows, a grouping set per index (value-counts.ts).
// Bins are BIN_COUNT of BIN_WIDTH; the last bin also holds 100.
import "server-only";
import { histogramQuantile, histogramSlice } from "@/lib/scoring";
import { Prisma } from "../generated/client";
import { anonymityThreshold } from "./threshold";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { INDEX_METRICS, type IndexMetric } from "@/lib/admin/dashboard-metrics";
import { INDEX_COLUMN } from "../score-columns";
import { ANY, addSlices, queryIn, readScoreHistograms, sliceOf } from "../score-histograms";
import { filteredValueCounts } from "./value-counts";
import type { SuppressionReason } from "@/lib/scoring";
export const BIN_WIDTH = 5;
export const BIN_COUNT = 100 / BIN_WIDTH;

export type Distribution =
  | { metric: IndexMetric; n: number; bins: number[]; p25: number | null; median: number | null; p75: number | null; suppressed: null }
  | { metric: IndexMetric; n: null; bins: null; p25: null; median: null; p75: null; suppressed: SuppressionReason };

export interface Distributions {
  threshold: number;
  /** Completed responses matching the filter (each metric's n leaves out those without that index). */
  responses: number;
  metrics: Distribution[];
}

/** The bin an index falls in: floor(score / BIN_WIDTH), with 100 in the last bin. */
export const binOf = (score: number) => Math.min(BIN_COUNT - 1, Math.floor(score / BIN_WIDTH));

export async function indexDistributions(filter: AdminFilter = {}): Promise<Distributions> {
  const threshold = anonymityThreshold();
  const rows = await scoreCounts(filter);

  const histograms = INDEX_METRICS.map(() => Array.from({ length: 101 }, () => 0));
  let responses = 0;
  for (const row of rows) {
    if (row.metric === 0) responses += row.n;
    if (row.score !== null) histograms[row.metric]![row.score] = row.n;
  }
  return {
    threshold,
    responses,
    metrics: INDEX_METRICS.map((metric, i): Distribution => {
      const histogram = histograms[i]!;
      const n = histogram.reduce((sum, count) => sum + count, 0);
      if (n < threshold) {
        return { metric, n: null, bins: null, p25: null, median: null, p75: null, suppressed: "below-threshold" };
      }
      const bins = Array.from({ length: BIN_COUNT }, () => 0);
      histogram.forEach((count, score) => (bins[binOf(score)]! += count));
      const [p25, median, p75] = [0.25, 0.5, 0.75].map((q) => histogramQuantile(histogram, q));
      return { metric, n, bins, p25: p25 ?? null, median: median ?? null, p75: p75 ?? null, suppressed: null };
    }),
  };
}

/**
 * (metric index in INDEX_METRICS, score or null, count) for the filtered scores. A null score is counted too, so
 * the overall index's counts add up to the number of responses.
 */
async function scoreCounts(filter: AdminFilter): Promise<{ metric: number; score: number | null; n: number }[]> {
  if (filter.region === undefined && filter.salesModel === undefined) {
    const rows = await readScoreHistograms(queryIn(), { industry: filter.industry ?? ANY, companySize: filter.companySize ?? ANY });
    return INDEX_METRICS.flatMap((metric, i) => {
      // Slot 0 counts "insufficient data" (a null score), slot 1 + s the score s.
      const counts = addSlices(rows.map((row) => sliceOf(row, metric)), histogramSlice(metric).width);
      return counts.flatMap((n, slot) => (n === 0 ? [] : [{ metric: i, score: slot === 0 ? null : slot - 1, n }]));
    });
  }
  // Two queries side by side, three indices each (value-counts.ts).
  const { counts } = await filteredValueCounts(INDEX_METRICS.map((metric) => Prisma.raw(`s."${INDEX_COLUMN[metric]}"`)), filter, 2);
  return counts.flatMap((pairs, metric) => pairs.map(([score, n]) => ({ metric, score, n })));
}
