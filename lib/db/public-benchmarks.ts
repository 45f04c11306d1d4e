/**
 * The figures behind the public benchmark (GET /api/v1/benchmarks; lib/api/benchmarks.ts decides what of them is
 * published, docs/decisions/019-benchmark-disclosure-control.md): how many completed responses one group has, and n,
 * p25, median and p75 of every index, under the current scoring version.
 *
 *   readBenchmarkFigures({ industry?, companySize?, region?, salesModel? }): Promise<GroupFigures>
 *
 * Filters on industry and company size only (the common case) read the group's row of the trigger-maintained
 * ScoreHistogram aggregate: six slices of its counts whatever the table size (docs/decisions/003-peer-percentiles.md,
 * score-histograms.ts). A region or sales-model
 * filter has no aggregate, so it takes one scan of the matching Score rows in the benchmark pool (which carry every
 * peer key; only completed responses have one) with percentile_cont; both paths give the same figures (histogramQuantile is
 * percentile_cont).
 */
import "server-only";
import { PEER_METRICS, SCORING_VERSION, histogramQuantile, type PeerMetric } from "@/lib/scoring";
import { db } from "./client";
import { Prisma } from "./generated/client";
import { INDEX_COLUMN } from "./score-columns";
import { ANY, queryIn, readScoreHistograms, scoreCounts, sliceOf } from "./score-histograms";
const QUANTILES = [0.25, 0.5, 0.75] as const;
const COLUMNS: Record<PeerMetric, string> = INDEX_COLUMN;

/** A group of completed responses by peer keys (each an option value); an absent key means any. */
export interface BenchmarkGroup {
  industry?: string;
  companySize?: string;
  region?: string;
  salesModel?: string;
}

/** Responses with the index, and its p25, median and p75 (null without any). */
export type Figures = { n: number; quantiles: readonly (number | null)[] };
const byMetric = <T,>(of: (metric: PeerMetric, index: number) => T) =>
  Object.fromEntries(PEER_METRICS.map((metric, index) => [metric, of(metric, index)])) as Record<PeerMetric, T>;
export type GroupFigures = { n: number; metrics: Record<PeerMetric, Figures> };

export async function readBenchmarkFigures(group: BenchmarkGroup): Promise<GroupFigures> {
  return group.region || group.salesModel ? scanRows(group) : readHistograms(group);
}

async function readHistograms(query: BenchmarkGroup): Promise<GroupFigures> {
  const [row] = await readScoreHistograms(queryIn(), {
    scoringVersion: SCORING_VERSION,
    industry: query.industry ?? ANY,
    companySize: query.companySize ?? ANY,
  });
  const counts = byMetric((metric) => (row ? scoreCounts(sliceOf(row, metric)) : null));
  // "Insufficient data" at an index: in the group, not in the index's figures.
  const n = counts.overall ? counts.overall.insufficient + counts.overall.byScore.reduce((sum, count) => sum + count, 0) : 0;
  const metrics = byMetric<Figures>((metric) => {
    const histogram = counts[metric]?.byScore ?? [];
    return {
      n: histogram.reduce((sum, count) => sum + count, 0),
      quantiles: QUANTILES.map((q) => (histogram.length ? histogramQuantile(histogram, q) : null)),
    };
  });
  return { n, metrics };
}

async function scanRows(query: BenchmarkGroup): Promise<GroupFigures> {
  // Only scores in the benchmark pool, as ScoreHistogram counts them (docs/decisions/026-benchmark-pool.md).
  const conditions = [Prisma.sql`s."scoringVersion" = ${SCORING_VERSION}`, Prisma.sql`s."inPool"`];
  if (query.industry) conditions.push(Prisma.sql`s.industry = ${query.industry}`);
  if (query.companySize) conditions.push(Prisma.sql`s."companySize" = ${query.companySize}`);
  if (query.region) conditions.push(Prisma.sql`s.region = ${query.region}`);
  if (query.salesModel) conditions.push(Prisma.sql`s."salesModel" = ${query.salesModel}`);
  const aggregates = PEER_METRICS.map((metric) => {
    const column = Prisma.raw(`s."${COLUMNS[metric]}"`);
    return Prisma.sql`json_build_object('n', count(${column}), 'q', percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY ${column}))`;
  });
  const [row] = await db().$queryRaw<{ n: number; metrics: { n: number; q: (number | null)[] | null }[] }[]>`
    SELECT count(*)::int AS n, json_build_array(${Prisma.join(aggregates)}) AS metrics
      FROM "Score" s
     WHERE ${Prisma.join(conditions, " AND ")}`;
  const metrics = byMetric<Figures>((_metric, index) => {
    const figures = row?.metrics[index];
    return { n: figures?.n ?? 0, quantiles: figures?.q ?? QUANTILES.map(() => null) };
  });
  return { n: row?.n ?? 0, metrics };
}
