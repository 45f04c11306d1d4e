// The measures the admin dashboards summarise: the five published indices and the overall, and the participant's
// own sales figures (lib/scoring analyseSales, docs/methodology.md §6). All are "Score" columns, written at scoring
// time (lib/db/score-columns.ts), so no dashboard reads the answers. Money is compared like for like, in US dollars
// at the study's fixed rate table: a participant whose currency the table lacks has no money figure here.
import { Prisma } from "../generated/client";
import { INDEX_COLUMN } from "../score-columns";

export const INDEX_METRICS = ["overall", "value", "number", "winRate", "salesCycle", "personal"] as const;
export const SALES_METRICS = [
  "unitWinRate",
  "valueWinRate",
  "averageDealValue",
  "cycleDays",
  "quotaAttainment",
  "sellersAtQuota",
  "velocity",
] as const;
export const METRICS = [...INDEX_METRICS, ...SALES_METRICS] as const;
export type IndexMetric = (typeof INDEX_METRICS)[number];
export type SalesMetric = (typeof SALES_METRICS)[number];
export type Metric = (typeof METRICS)[number];

export const METRIC_LABELS: Record<Metric, string> = {
  overall: "Overall index",
  value: "Value index",
  number: "Number index",
  winRate: "Win rate index",
  salesCycle: "Sales cycle index",
  personal: "Personal index",
  unitWinRate: "Unit win rate",
  valueWinRate: "Value win rate",
  averageDealValue: "Average won deal (USD)",
  cycleDays: "Sales cycle (days)",
  quotaAttainment: "Quota attainment",
  sellersAtQuota: "Sellers at quota",
  velocity: "Sales velocity per day (USD)",
};

/** How a metric's figures read: index points, a 0–1 fraction shown as a percent, a percent as given, US dollars, or days. */
export const METRIC_UNITS: Record<Metric, "index" | "fraction" | "percent" | "money" | "days"> = {
  overall: "index",
  value: "index",
  number: "index",
  winRate: "index",
  salesCycle: "index",
  personal: "index",
  unitWinRate: "fraction",
  valueWinRate: "fraction",
  averageDealValue: "money",
  cycleDays: "days",
  quotaAttainment: "percent",
  sellersAtQuota: "percent",
  velocity: "money",
};

/** The Score column holding each index. */
export const INDEX_COLUMNS: Record<IndexMetric, string> = INDEX_COLUMN;

/** The Score column holding each sales figure; money in its US-dollar column. */
export const SALES_COLUMNS: Record<SalesMetric, string> = {
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
    ? Prisma.raw(`s.${quoteIdent(INDEX_COLUMNS[metric as IndexMetric])}::float8`)
    : Prisma.raw(`s.${quoteIdent(SALES_COLUMNS[metric as SalesMetric])}`);
}
