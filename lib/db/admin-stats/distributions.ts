// Histograms of the overall index, each sub-index and the personal index for the filtered responses, with
// quartiles (percentile_cont). Indices are whole percents 0–100, cut into BIN_COUNT bins of BIN_WIDTH; the last
// bin also holds 100.
import "server-only";
import { db } from "../client";
import { Prisma } from "../generated/client";
import { anonymityThreshold } from "./threshold";
import { completedFilterSql, type AdminFilter } from "./filter";
import { INDEX_COLUMNS, INDEX_METRICS, type IndexMetric } from "./metrics";
import type { SuppressionReason } from "./suppression";

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
  const values = Prisma.raw(
    INDEX_METRICS.map((metric) => `('${metric}', s."${INDEX_COLUMNS[metric]}")`).join(", "),
  );
  const rows = await db().$queryRaw<{ metric: IndexMetric | null; bin: number | null; n: number; q: (number | null)[] | null }[]>`
    WITH v AS (
      SELECT m.metric, m.score
        FROM "Response" r
        JOIN "Score" s ON s."responseId" = r.id
        CROSS JOIN LATERAL (VALUES ${values}) AS m(metric, score)
       WHERE r.status = 'COMPLETED' ${completedFilterSql(filter)}
    )
    SELECT metric, least(${BIN_COUNT - 1}, score / ${BIN_WIDTH})::int AS bin, count(*)::int AS n, NULL::float8[] AS q
      FROM v WHERE score IS NOT NULL GROUP BY 1, 2
    UNION ALL
    SELECT metric, NULL, count(score)::int,
           percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY score)
      FROM v GROUP BY 1
    UNION ALL
    SELECT NULL, NULL, count(*)::int / ${INDEX_METRICS.length}, NULL FROM v`;

  const responses = rows.find((row) => row.metric === null)?.n ?? 0;
  return {
    threshold,
    responses,
    metrics: INDEX_METRICS.map((metric): Distribution => {
      const summary = rows.find((row) => row.metric === metric && row.bin === null);
      const n = summary?.n ?? 0;
      if (n < threshold) {
        return { metric, n: null, bins: null, p25: null, median: null, p75: null, suppressed: "below-threshold" };
      }
      const bins = Array.from({ length: BIN_COUNT }, () => 0);
      for (const row of rows) if (row.metric === metric && row.bin !== null) bins[row.bin] = row.n;
      const [p25, median, p75] = summary?.q ?? [];
      return { metric, n, bins, p25: p25 ?? null, median: median ?? null, p75: p75 ?? null, suppressed: null };
    }),
  };
}
