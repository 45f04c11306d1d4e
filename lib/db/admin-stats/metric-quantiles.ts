// Benchmark rows of one metric from counts, never a sort: a group's n and percentile_cont quantiles follow from how
// many responses sit at each value. Indices are whole percents, so their figures are exact; a sales figure is counted
// in its bin (lib/scoring/hard-number-bins.ts, velocity in the money bins) and stands at the bin's centre, so its
// figures are to the bin: exact for rates and percents in whole percents, within half a day or 2.5% for the cycle and
// within 3.5% for money (decision 010). The counts come
// - from the ScoreHistogram rows when the rows are grouped by industry or company size and the filter is at most an
//   industry and a company size (summed over scoring versions; the responses without the grouped key are the total's
//   counts less the groups'): a few rows whatever the number of responses;
// - otherwise from one parallel hash aggregate over "Score" (GROUP BY the dimension and the value or bin): at 1,000,000
//   responses ~0.5–0.7 s on a busy 2-core machine instead of 1.4–2.0 s for sorting every value (decision 008a).
import "server-only";
import { BINNED_FIGURE_BINS, histogramSlice, quantilesFromCounts } from "@/lib/scoring";
import { db } from "../client";
import { ANY, addSlices, queryIn, readScoreHistograms, sliceOf, type HistogramRow } from "../score-histograms";
import type { AdminFilter, Dimension } from "@/lib/admin/dashboard-dimensions";
import type { Metric } from "@/lib/admin/dashboard-metrics";
import { dimensionColumn, pooledScoresSql } from "./filter-sql";
import { histogramMetric, isIndexMetric, metricBinSql, metricSql, salesFigure } from "./metric-sql";


export interface MetricGroupRaw {
  total: boolean;
  key: string | null;
  n: number;
  metricN: number;
  quantiles: number[] | null;
}

/** One group's counts: its responses, and how many have each value of the metric (as [value, count], any order). */
interface GroupCounts {
  n: number;
  values: [number, number][];
}

/** One row per group of the dimension (null key = not given) and the total, as benchmarkTable's query gives them. */
export async function metricQuantileGroups(dimension: Dimension, filter: AdminFilter, metric: Metric): Promise<MetricGroupRaw[]> {
  const { groups, total } = readsHistograms(dimension, filter)
    ? await countsFromHistograms(dimension, filter, metric)
    : await countsFromScores(dimension, filter, metric);
  return [...[...groups].map(([key, counts]) => summarise(false, key, counts)), summarise(true, "*", total)];
}

function summarise(total: boolean, key: string | null, { n, values }: GroupCounts): MetricGroupRaw {
  const sorted = values.filter(([, count]) => count > 0).sort((a, b) => a[0] - b[0]);
  return { total, key, n, metricN: sorted.reduce((sum, [, count]) => sum + count, 0), quantiles: quantilesFromCounts(sorted) };
}

/** The keys of the ScoreHistogram peer groups. */
type HistogramDimension = "industry" | "companySize";

const readsHistograms = (dimension: Dimension, filter: AdminFilter): dimension is HistogramDimension =>
  (dimension === "industry" || dimension === "companySize") && filter.region === undefined && filter.salesModel === undefined;

/** The value each position of a metric's counts stands for (null: "insufficient data"): its score, or its bin's centre. */
function valueAt(metric: Metric): (position: number) => number | null {
  if (isIndexMetric(metric)) return (position) => (position === 0 ? null : position - 1);
  const bins = BINNED_FIGURE_BINS[salesFigure(metric)];
  return (position) => bins.valueOf(position);
}

async function countsFromHistograms(dimension: HistogramDimension, filter: AdminFilter, metric: Metric) {
  const other = dimension === "industry" ? "companySize" : "industry";
  const name = histogramMetric(metric);
  // Every row of the other key's group (or of everyone): one per value of the grouped key, "*" being the total.
  const rows = await readScoreHistograms(queryIn(), {
    [other]: filter[other] ?? ANY,
    ...(filter[dimension] === undefined ? {} : { [dimension]: filter[dimension] }),
  });
  const width = histogramSlice(name).width;
  const sum = (members: HistogramRow[]) => ({
    overall: addSlices(members.map((row) => sliceOf(row, "overall")), histogramSlice("overall").width),
    metric: addSlices(members.map((row) => sliceOf(row, name)), width),
  });
  const at = valueAt(metric);
  const countsOf = ({ overall, metric: counts }: ReturnType<typeof sum>): GroupCounts => ({
    n: overall.reduce((total, count) => total + count, 0),
    values: counts.flatMap((count, position): [number, number][] => {
      const value = at(position);
      return value === null ? [] : [[value, count]];
    }),
  });
  const byKey = new Map<string, HistogramRow[]>();
  for (const row of rows) byKey.set(row[dimension], [...(byKey.get(row[dimension]) ?? []), row]);
  if (filter[dimension] !== undefined) {
    const only = countsOf(sum(byKey.get(filter[dimension]!) ?? []));
    return { groups: new Map(only.n > 0 ? [[filter[dimension]!, only]] : []), total: only };
  }
  const total = sum(byKey.get(ANY) ?? []);
  const groups = new Map<string | null, GroupCounts>();
  const given = { overall: total.overall.map(() => 0), metric: total.metric.map(() => 0) };
  for (const [key, members] of byKey) {
    if (key === ANY) continue;
    const counts = sum(members);
    counts.overall.forEach((count, i) => (given.overall[i]! += count));
    counts.metric.forEach((count, i) => (given.metric[i]! += count));
    const group = countsOf(counts);
    if (group.n > 0) groups.set(key, group);
  }
  const notGiven = countsOf({
    overall: total.overall.map((count, i) => count - given.overall[i]!),
    metric: total.metric.map((count, i) => count - given.metric[i]!),
  });
  if (notGiven.n > 0) groups.set(null, notGiven);
  return { groups, total: countsOf(total) };
}

async function countsFromScores(dimension: Dimension, filter: AdminFilter, metric: Metric) {
  const group = dimensionColumn(dimension, "s");
  const rows = await db().$queryRaw<{ key: string | null; value: number | null; n: number }[]>`
    SELECT ${group} AS key, ${isIndexMetric(metric) ? metricSql(metric) : metricBinSql(metric)} AS value, count(*)::int AS n
      FROM "Score" s WHERE ${pooledScoresSql(filter)}
     GROUP BY 1, 2`;
  const toValue = isIndexMetric(metric) ? (value: number) => value : (bin: number) => BINNED_FIGURE_BINS[salesFigure(metric)].valueOf(bin);
  const groups = new Map<string | null, GroupCounts>();
  const total: GroupCounts = { n: 0, values: [] };
  for (const row of rows) {
    const counts = groups.get(row.key) ?? { n: 0, values: [] };
    groups.set(row.key, counts);
    for (const into of [counts, total]) {
      into.n += row.n;
      if (row.value !== null) into.values.push([toValue(row.value), row.n]);
    }
  }
  return { groups, total };
}
