// The distribution of each of the participants' own sales figures (win rates, average won deal, cycle, quota
// attainment, sellers at quota, velocity) and of Part B's raw answers (new opportunities; deals won, lost and open and
// their values) over the filtered completed responses, for the Questions page's "Your sales numbers": how many
// responses sit in each bin of the figure (lib/scoring/hard-number-bins.ts: velocity and the values in the money bins,
// the counts in the count bins) and percentile_cont over the bins' centres, so the quartiles are those of the admin
// benchmarks, to the bin (decisions 010 and 024). Money is in US dollars at the study's fixed rate table, the one basis the dashboards compare money
// in; a response in a currency without a rate has no money figure. The counts are read like the index distributions:
// - from the ScoreHistogram rows of the group when the filter is at most an industry and a company size (summed over
//   scoring versions): a few rows whatever the number of responses;
// - otherwise (a region or a sales model) from the matching "Score" rows, a grouping set per figure's bin
//   (value-counts.ts): a covering index led by the region or by the sales model holds every figure column, so the
//   scan reads an index, not the table (answer_figure_bins and score_filter_indexes migrations).
import "server-only";
import { BINNED_FIGURE_BINS, binnedMetric, histogramSlice, quantilesFromCounts } from "@/lib/scoring";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { SALES_METRICS, type SalesMetric } from "@/lib/admin/dashboard-metrics";
import type { SuppressionReason } from "@/lib/scoring";
import { ANY, addSlices, queryIn, readScoreHistograms, sliceOf } from "../score-histograms";
import { metricBinSql, salesFigure } from "./metric-sql";
import { anonymityThreshold } from "./threshold";
import { filteredValueCounts } from "./value-counts";

export type SalesDistribution = { metric: SalesMetric } & (
  | {
      n: number;
      /** [bin centre, responses in the bin] of each bin holding any, by value (BINNED_FIGURE_BINS's scale). */
      values: [number, number][];
      p25: number;
      median: number;
      p75: number;
      suppressed: null;
    }
  | { n: null; values: null; p25: null; median: null; p75: null; suppressed: SuppressionReason }
);

export interface SalesDistributions {
  threshold: number;
  /** Completed responses matching the filter; each figure's n leaves out those without it. */
  responses: number;
  metrics: SalesDistribution[];
}

const binsOf = (metric: SalesMetric) => BINNED_FIGURE_BINS[salesFigure(metric)];

export async function salesDistributions(filter: AdminFilter = {}): Promise<SalesDistributions> {
  const threshold = anonymityThreshold();
  const { responses, counts } = await binCounts(filter);
  return {
    threshold,
    responses,
    metrics: SALES_METRICS.map((metric, i): SalesDistribution => {
      const binCounts = counts[i]!;
      const n = binCounts.reduce((sum, count) => sum + count, 0);
      const pairs = binCounts.flatMap((count, bin): [number, number][] => (count > 0 ? [[binsOf(metric).valueOf(bin), count]] : []));
      const quantiles = quantilesFromCounts(pairs, [0.25, 0.5, 0.75]);
      if (responses < threshold || n < threshold || !quantiles) {
        return { metric, n: null, values: null, p25: null, median: null, p75: null, suppressed: "below-threshold" };
      }
      const [p25, median, p75] = quantiles as [number, number, number];
      return { metric, n, values: pairs, p25, median, p75, suppressed: null };
    }),
  };
}

/** The filtered responses, and each sales metric's count per bin (in SALES_METRICS order). */
async function binCounts(filter: AdminFilter): Promise<{ responses: number; counts: number[][] }> {
  if (filter.region === undefined && filter.salesModel === undefined) {
    const rows = await readScoreHistograms(queryIn(), { industry: filter.industry ?? ANY, companySize: filter.companySize ?? ANY });
    const overall = addSlices(rows.map((row) => sliceOf(row, "overall")), histogramSlice("overall").width);
    return {
      responses: overall.reduce((sum, count) => sum + count, 0),
      counts: SALES_METRICS.map((metric) => {
        const name = binnedMetric(salesFigure(metric));
        return addSlices(rows.map((row) => sliceOf(row, name)), histogramSlice(name).width);
      }),
    };
  }
  // Three queries side by side: at 1,000,000 responses filtered by region (decision 024), one query took 2.0 s, two
  // 1.3 s, two with work_mem 64 MB 1.0 s, three 0.88 s.
  const { responses, counts: pairs } = await filteredValueCounts(SALES_METRICS.map(metricBinSql), filter, 3);
  const counts = SALES_METRICS.map((metric, i) => {
    const bins = new Array<number>(binsOf(metric).count).fill(0);
    for (const [bin, n] of pairs[i]!) if (bin !== null) bins[bin] = n;
    return bins;
  });
  return { responses, counts };
}
