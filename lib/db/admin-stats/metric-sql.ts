// Where each admin dashboard measure (lib/admin/dashboard-metrics.ts) lives in "Score", as SQL.
import "server-only";
import { INDEX_METRICS, type IndexMetric, type Metric, type SalesMetric } from "@/lib/admin/dashboard-metrics";
import { Prisma } from "../generated/client";
import { INDEX_COLUMN } from "../score-columns";

/** The Score column holding each sales figure; money in its US-dollar column. */
const SALES_COLUMN: Record<SalesMetric, string> = {
  unitWinRate: "unitWinRate",
  valueWinRate: "valueWinRate",
  averageDealValue: "averageDealUsd",
  cycleDays: "cycleDays",
  quotaAttainment: "quotaAttainment",
  sellersAtQuota: "sellersAtQuota",
  velocity: "velocityUsd",
};

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The SQL expression (float8) for a metric, given `s` ("Score") in scope. */
export function metricSql(metric: Metric): Prisma.Sql {
  return (INDEX_METRICS as readonly string[]).includes(metric)
    ? Prisma.raw(`s.${quoteIdent(INDEX_COLUMN[metric as IndexMetric])}::float8`)
    : Prisma.raw(`s.${quoteIdent(SALES_COLUMN[metric as SalesMetric])}`);
}
