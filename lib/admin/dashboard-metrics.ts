// The measures the admin dashboards summarise: the five published indices and the overall, and the participant's
// own sales figures (lib/scoring analyseSales, docs/methodology.md §6). All are "Score" columns, written at scoring
// time (lib/db/score-columns.ts names them), so no dashboard reads the answers. Money is compared like for like, in US dollars
// at the study's fixed rate table: a participant whose currency the table lacks has no money figure here.

export const INDEX_METRICS = ["overall", "value", "number", "winRate", "salesCycle", "personal"] as const;
export const SALES_METRICS = [
  "unitWinRate",
  "valueWinRate",
  "averageDealValue",
  "cycleDays",
  "quotaAttainment",
  "sellersAtQuota",
  "velocity",
  // Part B's raw answers: counts as given, totals in US dollars.
  "opportunities",
  "wonCount",
  "lostCount",
  "openCount",
  "wonValue",
  "lostValue",
  "openValue",
] as const;
export const METRICS = [...INDEX_METRICS, ...SALES_METRICS] as const;
/**
 * The figures the admin's Trends page follows by quarter: every index and the sales figures the benchmarks compare
 * (Part B's raw answers are left out: they are inputs, not results).
 */
export const TREND_METRICS = [
  ...INDEX_METRICS,
  "unitWinRate",
  "valueWinRate",
  "averageDealValue",
  "cycleDays",
  "quotaAttainment",
  "sellersAtQuota",
  "velocity",
] as const satisfies readonly (typeof METRICS)[number][];
export type IndexMetric = (typeof INDEX_METRICS)[number];
export type SalesMetric = (typeof SALES_METRICS)[number];
export type Metric = (typeof METRICS)[number];
export type TrendMetric = (typeof TREND_METRICS)[number];

/**
 * How a metric's figures read: index points, a 0–1 fraction shown as a percent, a percent as given, US dollars, days,
 * or a count.
 */
export const METRIC_UNITS: Record<Metric, "index" | "fraction" | "percent" | "money" | "days" | "count"> = {
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
  opportunities: "count",
  wonCount: "count",
  lostCount: "count",
  openCount: "count",
  wonValue: "money",
  lostValue: "money",
  openValue: "money",
};
