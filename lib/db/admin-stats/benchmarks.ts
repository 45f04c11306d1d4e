// Benchmark tables: one row per group of a peer dimension plus the total, each with n, p25, median, p75 and
// p90 of every index and sales figure (percentile_cont, interpolated). One scan, grouped by GROUPING SETS; a
// single metric (what the page asks for) comes from its counts instead, without a sort (metric-quantiles.ts): the
// same figures for an index, figures to the bin for a sales figure.
import "server-only";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { anonymityThreshold } from "./threshold";
import { dimensionOptions, type AdminFilter, type Dimension } from "@/lib/admin/dashboard-dimensions";
import { METRICS, type Metric } from "@/lib/admin/dashboard-metrics";
import { dimensionColumn, pooledScoresSql } from "./filter-sql";
import { metricSql } from "./metric-sql";
import { metricQuantileGroups } from "./metric-quantiles";
import { suppressGroups, type SuppressionReason } from "@/lib/scoring";

export interface Quantiles {
  n: number;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
}

/** A suppressed cell keeps its reason and hides every figure, n included. */
export type BenchmarkCell =
  | (Quantiles & { suppressed: null })
  | { n: null; p25: null; median: null; p75: null; p90: null; suppressed: SuppressionReason };

export interface BenchmarkRow {
  /** The option code, or null for responses that did not answer (the total row has key "*"). */
  key: string | null;
  label: string;
  n: number | null;
  suppressed: SuppressionReason | null;
  /** One cell per metric asked for. */
  metrics: Partial<Record<Metric, BenchmarkCell>>;
}

export interface BenchmarkTable {
  dimension: Dimension;
  threshold: number;
  total: BenchmarkRow;
  /** The metrics asked for. */
  metrics: readonly Metric[];
  /** In the instrument's option order, then "Not given". */
  rows: BenchmarkRow[];
}

type Raw = { total: boolean; key: string | null; n: number } & Record<string, number | number[] | null | string | boolean>;

const hidden = (suppressed: SuppressionReason): BenchmarkCell => ({
  n: null, p25: null, median: null, p75: null, p90: null, suppressed,
});

function cellOf(raw: Raw, metric: Metric): Quantiles {
  const q = raw[`${metric}_q`] as (number | null)[] | null;
  return { n: raw[`${metric}_n`] as number, p25: q?.[0] ?? null, median: q?.[1] ?? null, p75: q?.[2] ?? null, p90: q?.[3] ?? null };
}

/** The page's case, one metric: from its counts (metric-quantiles.ts), no sort. */
async function countedRaws(dimension: Dimension, filter: AdminFilter, metric: Metric): Promise<Raw[]> {
  const groups = await metricQuantileGroups(dimension, filter, metric);
  return groups.map((g) => ({ total: g.total, key: g.key, n: g.n, [`${metric}_n`]: g.metricN, [`${metric}_q`]: g.quantiles }) as Raw);
}

/** Any metrics: one scan, grouped by GROUPING SETS, percentile_cont sorting each group's values. */
async function sortedRaws(group: Prisma.Sql, filter: AdminFilter, metrics: readonly Metric[]): Promise<Raw[]> {
  const aggregates = metrics.map(
    (metric) => Prisma.sql`, count(${metricSql(metric)})::int AS ${Prisma.raw(`"${metric}_n"`)},
      percentile_cont(ARRAY[0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY ${metricSql(metric)}) AS ${Prisma.raw(`"${metric}_q"`)}`,
  );
  return db().$queryRaw<Raw[]>`
    SELECT GROUPING(${group}) = 1 AS total, ${group} AS key, count(*)::int AS n ${Prisma.join(aggregates, "")}
      FROM "Score" s
     WHERE ${pooledScoresSql(filter)}
     GROUP BY GROUPING SETS ((${group}), ())`;
}

/**
 * `metrics` limits the work to the figures a page shows (each is one more sort of the rows); one metric is read from
 * its counts, a sales figure's quantiles then to the bin.
 */
export async function benchmarkTable(
  dimension: Dimension,
  filter: AdminFilter = {},
  metrics: readonly Metric[] = METRICS,
): Promise<BenchmarkTable> {
  const threshold = anonymityThreshold();
  const group = dimensionColumn(dimension, "s");
  const raws = metrics.length === 1 ? await countedRaws(dimension, filter, metrics[0]!) : await sortedRaws(group, filter, metrics);

  const options = dimensionOptions(dimension);
  const order = (key: string | null) => (key === null ? options.length : options.findIndex((o) => o.value === key));
  const groups = raws.filter((raw) => !raw.total).sort((a, b) => order(a.key) - order(b.key));
  const totalRaw = raws.find((raw) => raw.total) ?? ({ total: true, key: "*", n: 0 } as Raw);

  const rowDecisions = suppressGroups(groups.map((raw) => raw.n), threshold);
  const totalDecision = totalRaw.n < threshold ? "below-threshold" : null;
  const cells = Object.fromEntries(
    metrics.map((metric) => {
      const counts = groups.map((raw) => (raw[`${metric}_n`] as number | undefined) ?? 0);
      return [metric, suppressGroups(counts, threshold, { forced: rowDecisions })];
    }),
  ) as Partial<Record<Metric, (SuppressionReason | null)[]>>;

  const rowOf = (raw: Raw, decision: SuppressionReason | null, metricDecision: (metric: Metric) => SuppressionReason | null): BenchmarkRow => ({
    key: raw.total ? "*" : raw.key,
    label: raw.total ? "All responses" : raw.key === null ? "Not given" : (options.find((o) => o.value === raw.key)?.label ?? raw.key),
    n: decision ? null : raw.n,
    suppressed: decision,
    metrics: Object.fromEntries(
      metrics.map((metric) => {
        const reason = metricDecision(metric);
        return [metric, reason ? hidden(reason) : { ...cellOf(raw, metric), suppressed: null }];
      }),
    ),
  });

  return {
    dimension,
    threshold,
    metrics,
    total: rowOf(totalRaw, totalDecision, (metric) =>
      totalDecision ?? (((totalRaw[`${metric}_n`] as number | undefined) ?? 0) < threshold ? "below-threshold" : null),
    ),
    rows: groups.map((raw, i) => rowOf(raw, rowDecisions[i]!, (metric) => cells[metric]![i]!)),
  };
}
