// The hard-number tables of docs/methodology.md (the currency table and the bins), generated from the data like the
// other tables there, so the document cannot drift from lib/scoring/currency.ts and hard-number-bins.ts.
import { CURRENCY_OPTIONS } from "@/lib/instrument";
import { CURRENCY_TABLE_VERSION, UNITS_PER_USD } from "./currency";
import { HARD_NUMBER_BINS } from "./hard-number-bins";
import { HARD_NUMBERS, LOWER_IS_BETTER, type HardNumber } from "./hard-numbers";

export function currencyTable(): string {
  const lines = [`| Currency (table ${CURRENCY_TABLE_VERSION}) | Units per US dollar |`, "| --- | ---: |"];
  for (const option of CURRENCY_OPTIONS) {
    const rate = UNITS_PER_USD[option.value];
    lines.push(`| ${option.label} | ${rate === undefined ? "not converted: no money figure is compared" : String(rate)} |`);
  }
  return lines.join("\n");
}

const BASIS: Record<HardNumber, string> = {
  unitWinRate: "won ÷ (won + lost) deals",
  valueWinRate: "won ÷ (won + lost) value",
  averageDeal: "won value ÷ won deals, in US dollars",
  cycleDays: "days, as given",
  quotaAttainment: "percent of quota, as given",
  sellersAtQuota: "percent of sellers, as given",
};

const BINS: Record<HardNumber, string> = {
  unitWinRate: "whole percents, half up",
  valueWinRate: "whole percents, half up",
  averageDeal: "$0, then the R40 numbers from $1 to $95 trillion; bounds at the geometric mean (3 significant figures)",
  cycleDays: "whole days to 99, 5-day steps to 995, 50-day steps to 3,650; bounds halfway",
  quotaAttainment: "whole percents, half up",
  sellersAtQuota: "whole percents, half up",
};

const WITHIN: Record<HardNumber, string> = {
  unitWinRate: "half a point",
  valueWinRate: "half a point",
  averageDeal: "3.5%",
  cycleDays: "half a day, or 2.5% from 100 days",
  quotaAttainment: "half a point",
  sellersAtQuota: "half a point",
};

export function hardNumberBinsTable(): string {
  const lines = ["| Hard number | Better | Compared as | Bins | Count | Reads back within |", "| --- | --- | --- | --- | ---: | --- |"];
  for (const metric of HARD_NUMBERS) {
    const better = LOWER_IS_BETTER.has(metric) ? "lower" : "higher";
    lines.push(`| \`${metric}\` | ${better} | ${BASIS[metric]} | ${BINS[metric]} | ${HARD_NUMBER_BINS[metric].count} | ${WITHIN[metric]} |`);
  }
  return lines.join("\n");
}
