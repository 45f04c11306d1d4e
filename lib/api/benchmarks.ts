// GET /api/v1/benchmarks: a group's index quartiles (lib/db/public-benchmarks.ts) as the public may see them
// (lib/scoring/public-benchmark.ts, docs/decisions/019-benchmark-disclosure-control.md): nothing for a group with
// fewer than BENCHMARK_QUARTILE_THRESHOLD completed responses, and never a count.
import "server-only";
import { serverEnv } from "@/lib/env";
import { SCORING_VERSION, publicGroup } from "@/lib/scoring";
import { readBenchmarkFigures } from "@/lib/db/public-benchmarks";
import type { BenchmarkQuery, Benchmarks } from "./benchmark-schemas";

export async function publicBenchmarks(query: BenchmarkQuery): Promise<Benchmarks> {
  const threshold = serverEnv().BENCHMARK_QUARTILE_THRESHOLD;
  const figures = await readBenchmarkFigures(query);
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
