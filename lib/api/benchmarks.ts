// GET /api/v1/benchmarks: a group's index quartiles (lib/db/public-benchmarks.ts) as the public may see them
// (lib/scoring/public-benchmark.ts, docs/decisions/019-benchmark-disclosure-control.md): nothing for a group with
// fewer than BENCHMARK_QUARTILE_THRESHOLD completed responses, and never a count.
import "server-only";
import { serverEnv } from "@/lib/env";
import { SCORING_VERSION, publicGroup } from "@/lib/scoring";
import { readBenchmarkFigures, type GroupFigures } from "@/lib/db/public-benchmarks";
import type { BenchmarkQuery, Benchmarks } from "./benchmark-schemas";

export async function publicBenchmarks(query: BenchmarkQuery): Promise<Benchmarks> {
  return benchmarksOf(query, await readBenchmarkFigures(query), serverEnv().BENCHMARK_QUARTILE_THRESHOLD);
}

/** The response body for a group's figures under a quartile threshold (also the OpenAPI examples' source). */
export function benchmarksOf(query: BenchmarkQuery, figures: GroupFigures, threshold: number): Benchmarks {
  return {
    scoringVersion: SCORING_VERSION,
    minimumGroupSize: threshold,
    filters: {
      industry: query.industry ?? null,
      companySize: query.companySize ?? null,
      region: query.region ?? null,
      salesModel: query.salesModel ?? null,
    },
    ...publicGroup(figures.n, figures.metrics, threshold),
  };
}
