// GET /api/v1/benchmarks: a group's figures (lib/db/public-benchmarks.ts) with the anonymity threshold applied, so a
// group or an index with fewer responses than ANONYMITY_THRESHOLD shows no figure at all, n included.
import "server-only";
import { serverEnv } from "@/lib/env";
import { PEER_METRICS, SCORING_VERSION, type PeerMetric } from "@/lib/scoring";
import { readBenchmarkFigures, type Figures, type GroupFigures } from "@/lib/db/public-benchmarks";
import type { BenchmarkQuery, BenchmarkStat, Benchmarks } from "./benchmark-schemas";

const byMetric = <T,>(of: (metric: PeerMetric) => T) => Object.fromEntries(PEER_METRICS.map((metric) => [metric, of(metric)])) as Record<PeerMetric, T>;

export async function publicBenchmarks(query: BenchmarkQuery): Promise<Benchmarks> {
  return suppress(query, await readBenchmarkFigures(query), serverEnv().ANONYMITY_THRESHOLD);
}

function suppress(query: BenchmarkQuery, figures: GroupFigures, threshold: number): Benchmarks {
  const groupSuppressed = figures.n < threshold;
  const stat = ({ n, quantiles }: Figures): BenchmarkStat =>
    groupSuppressed || n < threshold
      ? { n: null, median: null, p25: null, p75: null, suppressed: true }
      : { n, p25: quantiles[0] ?? null, median: quantiles[1] ?? null, p75: quantiles[2] ?? null, suppressed: false };
  return {
    scoringVersion: SCORING_VERSION,
    anonymityThreshold: threshold,
    filters: {
      industry: query.industry ?? null,
      companySize: query.companySize ?? null,
      region: query.region ?? null,
      salesModel: query.salesModel ?? null,
    },
    n: groupSuppressed ? null : figures.n,
    suppressed: groupSuppressed,
    indices: byMetric((metric) => stat(figures.metrics[metric])),
  };
}
