// The "Since last time" rule table of docs/methodology.md §11, generated from the rule's data (lib/report/change-rule.ts
// and the figures of lib/report/change-figures.ts), so the document cannot drift from the code.
import { CHANGE_FLOORS, SHARE_OF_SPREAD } from "@/lib/report/change-rule";
import { METRICS } from "@/lib/report/change-figures";
import { CHANGE_METRICS, type ChangeUnit } from "@/lib/report/since-last-time-schema";

const UNIT_WORDS: Record<ChangeUnit, string> = {
  index: "index, whole percent",
  rate: "fraction, printed as a percent",
  money: "the report's currency",
  days: "days",
  percent: "percent, as given",
};

function floorWords(unit: ChangeUnit): string {
  const floor = CHANGE_FLOORS[unit];
  if (floor.points !== undefined) return `${unit === "rate" ? floor.points * 100 : floor.points} points`;
  const least = unit === "days" ? `${floor.least} day` : `${floor.least} unit of the currency`;
  return `${(floor.share ?? 0) * 100}% of the larger of the two figures, at least ${least}`;
}

export function sinceRuleTable(): string {
  const lines = ["| Figure | Measured in | Better | A change counts from | But never less than |", "| --- | --- | --- | --- | --- |"];
  for (const metric of CHANGE_METRICS) {
    const { label, unit, lowerIsBetter } = METRICS[metric];
    const edge = lowerIsBetter ? "median − 25th percentile" : "75th percentile − median";
    const yardstick = metric === "velocityPerDay" ? "never judged: the peers' velocity is not compared" : `${SHARE_OF_SPREAD} × (${edge}), earlier report`;
    lines.push(`| ${label} | ${UNIT_WORDS[unit]} | ${lowerIsBetter ? "lower" : "higher"} | ${yardstick} | ${metric === "velocityPerDay" ? "—" : floorWords(unit)} |`);
  }
  return lines.join("\n");
}
