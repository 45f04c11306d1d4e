// The sales mathematics of each response, as the report works it out: lib/scoring's analyseSales over the stored
// answers (never re-derived here), plus the two money figures in US dollars that the Score row stores for the peer
// comparisons. Money is in the participant's currency (column currency) unless the name ends in _usd.
import { COVERAGE_THRESHOLDS, DISAGREEMENT_FACTOR, TEN_PERCENT_BETTER } from "@/lib/scoring";
import { NOT_ENOUGH_DATA, OWN_MONEY, figureValue, type ExportColumn, type ExportRow } from "./export-column";


const derived = (name: string, meaning: string, unit: string, allowed: string, value: (row: ExportRow) => string | number | null): ExportColumn => ({
  name,
  group: "derived",
  meaning,
  unit,
  allowed,
  value,
});

/** The two US-dollar figures the CSV had before issue 13, where they were. */
export function dollarColumns(): ExportColumn[] {
  return [
    derived(
      "average_won_deal_usd",
      "Average won deal in US dollars at the study's fixed rate table, as the peer comparisons use it (stored score)",
      "US dollars",
      "0 or more; empty: not enough data or a currency without a rate",
      ({ response }) => response.score?.averageDealUsd ?? null,
    ),
    derived(
      "velocity_per_day_usd",
      "Sales velocity per day in US dollars at the study's fixed rate table (stored score)",
      "US dollars per day",
      "0 or more; empty: not enough data or a currency without a rate",
      ({ response }) => response.score?.velocityUsd ?? null,
    ),
  ];
}

const tenPercent = Object.entries(TEN_PERCENT_BETTER)
  .map(([factor, change]) => `${factor} ${change > 0 ? "+" : ""}${change}%`)
  .join(", ");

export function salesColumns(): ExportColumn[] {
  return [
    derived("average_won_deal", "Average won deal: won value ÷ won count", OWN_MONEY, `0 or more; ${NOT_ENOUGH_DATA}`, ({ sales }) => figureValue(sales.averageDealValue)),
    derived("unit_win_rate", "Unit win rate: won ÷ (won + lost) deals; open deals are in neither", "fraction 0–1", `0 to 1; ${NOT_ENOUGH_DATA}`, ({ sales }) => figureValue(sales.winRates.unit)),
    derived("value_win_rate", "Value win rate: won value ÷ (won value + lost value)", "fraction 0–1", `0 to 1; ${NOT_ENOUGH_DATA}`, ({ sales }) => figureValue(sales.winRates.value)),
    derived(
      "velocity_per_day",
      "Sales velocity: yearly new opportunities × average won deal × unit win rate ÷ 365",
      `${OWN_MONEY} per day`,
      `0 or more; ${NOT_ENOUGH_DATA}`,
      ({ sales }) => figureValue(sales.velocity),
    ),
    derived("velocity_per_year", "Sales velocity × 365: the yearly revenue the figures imply", `${OWN_MONEY} per year`, `0 or more; ${NOT_ENOUGH_DATA}`, ({ sales }) => figureValue(sales.velocityPerYear)),
    derived(
      "opportunities_in_flight",
      "Qualified opportunities worked at one time (Little's law): yearly new opportunities × cycle days ÷ 365",
      "opportunities",
      `0 or more; ${NOT_ENOUGH_DATA}`,
      ({ sales }) => figureValue(sales.opportunitiesInFlight),
    ),
    derived(
      "velocity_consistency",
      `Whether the yearly revenue implied by velocity agrees (within ${DISAGREEMENT_FACTOR}× either way) with the won value given`,
      "code",
      `agrees; implied-above-won; implied-below-won; ${NOT_ENOUGH_DATA}`,
      ({ sales }) => sales.consistency?.verdict ?? null,
    ),
    derived(
      "implied_to_won_ratio",
      "Implied yearly revenue ÷ won value given",
      "ratio",
      `more than 0; ${NOT_ENOUGH_DATA}`,
      ({ sales }) => sales.consistency?.ratio ?? null,
    ),
    derived(
      "velocity_per_day_ten_percent_better",
      `Sales velocity per day with each factor 10% better (${tenPercent}), the report's what-if`,
      `${OWN_MONEY} per day`,
      `0 or more; ${NOT_ENOUGH_DATA}`,
      ({ sales }) => (sales.tenPercentBetter.status === "ok" ? sales.tenPercentBetter.after : null),
    ),
  ];
}

export const coverageLevels = COVERAGE_THRESHOLDS.map((threshold) => `${threshold.level} (from ${threshold.from}× what is needed)`).join("; ");
