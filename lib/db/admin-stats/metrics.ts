// The measures the admin dashboards summarise: the five published indices and the overall (Score columns), and
// the participant's own sales figures, computed per response in SQL from the answers exactly as lib/scoring
// defines them (docs/methodology.md §6): a Part B input counts only when it is a JSON number ≥ 0, and a
// division needs a denominator above zero.
import { PART_B_IDS } from "@/lib/instrument";
import { Prisma } from "../generated/client";

export const INDEX_METRICS = ["overall", "value", "number", "winRate", "salesCycle", "personal"] as const;
export const SALES_METRICS = ["unitWinRate", "valueWinRate", "averageDealValue", "cycleDays", "velocity"] as const;
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
  averageDealValue: "Average deal value",
  cycleDays: "Sales cycle (days)",
  velocity: "Sales velocity (per day)",
};

/** How a metric's figures read: index points, a 0–1 fraction shown as a percent, money, or days. */
export const METRIC_UNITS: Record<Metric, "index" | "fraction" | "money" | "days"> = {
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
  velocity: "money",
};

/** The Score column holding each index. */
export const INDEX_COLUMNS: Record<IndexMetric, string> = {
  overall: "overall",
  value: "valueIndex",
  number: "numberIndex",
  winRate: "winRateIndex",
  salesCycle: "salesCycleIndex",
  personal: "personalIndex",
};

const B = PART_B_IDS;
const INPUTS = [
  ["opp", B.newOpportunities],
  ["won_n", B.wonCount],
  ["won_v", B.wonValue],
  ["lost_n", B.lostCount],
  ["lost_v", B.lostValue],
  ["cycle", B.cycleDays],
] as const;
const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * `CROSS JOIN LATERAL (...) AS sales` exposing unitWinRate, valueWinRate, averageDealValue, cycleDays and
 * velocity (float8, null when not computable) for the response `alias`. jsonb_to_record reads the answers once
 * per row, where one `->>` per input would decompress the stored document again for each.
 */
export function salesFiguresLateral(alias = "r"): Prisma.Sql {
  const recordColumns = INPUTS.map(([, id]) => `${quoteIdent(id)} jsonb`).join(", ");
  const usable = INPUTS.map(
    ([name, id]) =>
      `CASE WHEN jsonb_typeof(raw.${quoteIdent(id)}) = 'number' AND (raw.${quoteIdent(id)})::float8 >= 0 ` +
      `THEN (raw.${quoteIdent(id)})::float8 END AS ${name}`,
  ).join(",\n      ");
  return Prisma.raw(`CROSS JOIN LATERAL (
    SELECT unit AS "unitWinRate", val AS "valueWinRate", avg_deal AS "averageDealValue", cycle AS "cycleDays",
      CASE WHEN opp IS NOT NULL AND avg_deal IS NOT NULL AND unit IS NOT NULL AND cycle > 0
        THEN opp * avg_deal * unit / cycle END AS velocity
    FROM (
      SELECT opp, cycle,
        CASE WHEN won_n + lost_n > 0 THEN won_n / (won_n + lost_n) END AS unit,
        CASE WHEN won_v + lost_v > 0 THEN won_v / (won_v + lost_v) END AS val,
        CASE WHEN won_n > 0 THEN won_v / won_n END AS avg_deal
      FROM (SELECT ${usable}
        FROM jsonb_to_record(${alias}.answers) AS raw(${recordColumns})) AS inputs
    ) AS derived
  ) AS sales`);
}

/** The SQL expression for a metric, given `s` (Score) and `sales` (salesFiguresLateral) in scope. */
export function metricSql(metric: Metric): Prisma.Sql {
  return (INDEX_METRICS as readonly string[]).includes(metric)
    ? Prisma.raw(`s.${quoteIdent(INDEX_COLUMNS[metric as IndexMetric])}::float8`)
    : Prisma.raw(`sales.${quoteIdent(metric)}`);
}
