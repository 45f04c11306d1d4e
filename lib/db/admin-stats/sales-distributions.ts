// The distribution of each of the participants' own sales figures (win rates, average won deal, cycle, quota
// attainment, sellers at quota, velocity) and of Part B's raw answers (new opportunities; deals won, lost and open and
// their values) over the filtered completed responses, for the Questions page's "Your sales numbers": how many
// responses sit in each bin of the figure (lib/scoring/hard-number-bins.ts: velocity and the values in the money bins,
// the counts in the count bins) and percentile_cont over the bins' centres, so the quartiles are those of the admin
// benchmarks, to the bin (decisions 010 and 024). Money is in US dollars at the study's fixed rate table, the one basis the dashboards compare money
// in; a response in a currency without a rate has no money figure. The counts are read like the index distributions:
// - from the ScoreHistogram rows of the group when the filter is at most an industry and a company size (summed over
//   scoring versions): a few rows whatever the number of responses;
// - otherwise (a region or a sales model) by one scan of the matching "Score" rows, every figure in it: the index on
//   (region, sales model) includes every figure column and the other peer keys, so the scan reads the index, not the
//   table (answer_figure_bins migration).
import "server-only";
import { BINNED_FIGURE_BINS, binnedMetric, histogramSlice, quantilesFromCounts } from "@/lib/scoring";
import type { AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { SALES_METRICS, type SalesMetric } from "@/lib/admin/dashboard-metrics";
import type { SuppressionReason } from "@/lib/scoring";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { ANY, addSlices, queryIn, readScoreHistograms, sliceOf } from "../score-histograms";
import { pooledScoresSql } from "./filter-sql";
import { metricBinSql, salesFigure } from "./metric-sql";
import { anonymityThreshold } from "./threshold";

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
  // A grouping set per figure's bin, and () for the responses themselves; GROUPING() tells the sets apart (a bin can
  // be null: the figure is missing); one GROUP BY over (figure, bin) pairs from a lateral VALUES was slower still. The
  // index scan is cheap (covering index); the grouping sets' sorts are the cost, so the figures are split between
  // SCANS queries run side by side. At 1,000,000 responses filtered by region (decision 024): one query 2.0 s, two
  // 1.3 s, two with work_mem 64 MB 1.0 s, three 0.88 s.
  const counts = SALES_METRICS.map((metric) => new Array<number>(binsOf(metric).count).fill(0));
  const indices = SALES_METRICS.map((_, i) => i);
  const parts = Array.from({ length: SCANS }, (_, part) => indices.filter((i) => i % SCANS === part));
  const responses = await Promise.all(parts.map((part) => scanInto(part, filter, counts)));
  return { responses: responses[0]!, counts };
}

/** Parallel scans of the filtered "Score" rows, each counting some of the figures. */
const SCANS = 3;

/** Counts the figures `part` (indices into SALES_METRICS) of the filtered scores into `counts`; the responses. */
async function scanInto(part: number[], filter: AdminFilter, counts: number[][]): Promise<number> {
  const bins = part.map((i) => Prisma.sql`${metricBinSql(SALES_METRICS[i]!)} AS ${Prisma.raw(`b${i}`)}`);
  const sets = Prisma.raw(part.map((i) => `(b${i})`).join(", "));
  const all = Prisma.raw(part.map((i) => `b${i}`).join(", "));
  // The grouping sets sort the rows once per figure; with the default work_mem (4 MB) those sorts spill to disk.
  const [, rows] = await db().$transaction([
    db().$executeRaw`SET LOCAL work_mem = '64MB'`,
    db().$queryRaw<({ grouping: number; n: number } & Record<string, number | null>)[]>`
      SELECT GROUPING(${all})::int AS grouping, ${all}, count(*)::int AS n
        FROM (SELECT ${Prisma.join(bins, ", ")} FROM "Score" s WHERE ${pooledScoresSql(filter)}) AS figures
       GROUP BY GROUPING SETS (${sets}, ())`,
  ]);
  const everyone = (1 << part.length) - 1;
  let responses = 0;
  for (const row of rows) {
    if (row.grouping === everyone) {
      responses = row.n;
      continue;
    }
    // The one figure grouped by has its bit clear (GROUPING's first argument is the highest bit).
    const j = part.findIndex((_, k) => row.grouping === (everyone ^ (1 << (part.length - 1 - k))));
    const i = part[j];
    const bin = i === undefined ? undefined : row[`b${i}`];
    if (i !== undefined && bin !== null && bin !== undefined) counts[i]![bin] = row.n;
  }
  return responses;
}
