// Where each admin dashboard measure (lib/admin/dashboard-metrics.ts) lives in "Score", as SQL.
import "server-only";
import { INDEX_METRICS, type IndexMetric, type Metric, type SalesMetric } from "@/lib/admin/dashboard-metrics";
import { binnedMetric, type BinnedFigure } from "@/lib/scoring";
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
  opportunities: "opportunities",
  wonCount: "wonCount",
  lostCount: "lostCount",
  openCount: "openCount",
  wonValue: "wonValueUsd",
  lostValue: "lostValueUsd",
  openValue: "openValueUsd",
};

/** The binned figure each sales figure is counted as in ScoreHistogram (lib/scoring/score-histogram-layout.ts). */
const SALES_FIGURE: Record<SalesMetric, BinnedFigure> = {
  unitWinRate: "unitWinRate",
  valueWinRate: "valueWinRate",
  averageDealValue: "averageDeal",
  cycleDays: "cycleDays",
  quotaAttainment: "quotaAttainment",
  sellersAtQuota: "sellersAtQuota",
  velocity: "velocity",
  opportunities: "opportunities",
  wonCount: "wonCount",
  lostCount: "lostCount",
  openCount: "openCount",
  wonValue: "wonValue",
  lostValue: "lostValue",
  openValue: "openValue",
};

/** The SQL bin functions of the hard_number_counts and answer_figure_bins migrations, as the ScoreHistogram trigger applies them. */
const BIN_FUNCTION: Record<BinnedFigure, (column: string) => string> = {
  unitWinRate: (column) => `"rateBin"(${column})`,
  valueWinRate: (column) => `"rateBin"(${column})`,
  averageDeal: (column) => `"moneyBin"(${column})`,
  cycleDays: (column) => `"daysBin"(${column})`,
  quotaAttainment: (column) => `"percentBin"(${column}, 500)`,
  sellersAtQuota: (column) => `"percentBin"(${column}, 100)`,
  velocity: (column) => `"moneyBin"(${column})`,
  opportunities: (column) => `"countBin"(${column})`,
  wonCount: (column) => `"countBin"(${column})`,
  lostCount: (column) => `"countBin"(${column})`,
  openCount: (column) => `"countBin"(${column})`,
  wonValue: (column) => `"moneyBin"(${column})`,
  lostValue: (column) => `"moneyBin"(${column})`,
  openValue: (column) => `"moneyBin"(${column})`,
};

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export const isIndexMetric = (metric: Metric): metric is IndexMetric => (INDEX_METRICS as readonly string[]).includes(metric);

export const salesFigure = (metric: SalesMetric): BinnedFigure => SALES_FIGURE[metric];

/** The metric's name in the ScoreHistogram layout. */
export const histogramMetric = (metric: Metric): string => (isIndexMetric(metric) ? metric : binnedMetric(SALES_FIGURE[metric]));

/** The SQL (int) for a sales figure's bin, given `s` ("Score") in scope; null without the figure. */
export function metricBinSql(metric: SalesMetric): Prisma.Sql {
  return Prisma.raw(BIN_FUNCTION[SALES_FIGURE[metric]](`s.${quoteIdent(SALES_COLUMN[metric])}`));
}

/** The SQL expression (float8) for a metric, given `s` ("Score") in scope. */
export function metricSql(metric: Metric): Prisma.Sql {
  return isIndexMetric(metric)
    ? Prisma.raw(`s.${quoteIdent(INDEX_COLUMN[metric])}::float8`)
    : Prisma.raw(`s.${quoteIdent(SALES_COLUMN[metric])}`);
}
