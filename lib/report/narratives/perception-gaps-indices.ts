// Perception gaps between an index band (built from the self-ratings, so it says how strong the practices are) and
// the figures of the same lever of sales velocity (see perception-gaps.ts for the rules and the placeholders).
// "Minimal" and "Moderate" revenue potential mean the practices are strong; "Major" and "Significant" weak.
import type { PerceptionGapRule } from "./types";

const PRACTICES_STRONG = ["Minimal", "Moderate"] as const;
const PRACTICES_WEAK = ["Major", "Significant"] as const;

export const INDEX_GAPS: readonly PerceptionGapRule[] = [
  {
    id: "win-rate-index-over",
    claim: { index: "winRate", bands: PRACTICES_STRONG },
    direction: "over",
    evidence: { metric: "unitWinRate", quartiles: ["bottom"] },
    headline: "Win rate: your practices score well, but your unit win rate is {standing}.",
    text: "Your Win Rate Index is {score}: your answers describe sound ways of winning, yet your unit win rate[ of {unitWinRate}] is {standing}. Test those answers against your recent losses; they may describe how deals should be run rather than how they are.",
  },
  {
    id: "win-rate-index-under",
    claim: { index: "winRate", bands: PRACTICES_WEAK },
    direction: "under",
    evidence: { metric: "unitWinRate", quartiles: ["top"] },
    headline: "Win rate: your practices score low, yet your unit win rate is {standing}.",
    text: "Your Win Rate Index is {score}: your answers describe few of the practices that win deals, yet your unit win rate[ of {unitWinRate}] is {standing}. Your sellers win on skill or market position; writing down what they do would make it last.",
  },
  {
    id: "sales-cycle-index-over",
    claim: { index: "salesCycle", bands: PRACTICES_STRONG },
    direction: "over",
    evidence: { metric: "cycleDays", quartiles: ["bottom"] },
    headline: "Sales cycle: your practices score well, but your cycle is {standing}.",
    text: "Your Sales Cycle Index is {score}: your answers describe practices that keep deals moving, yet your cycle[ of {cycleDays}] is {standing}. Find the stage where deals wait longest; the process may not be followed there.",
  },
  {
    id: "sales-cycle-index-under",
    claim: { index: "salesCycle", bands: PRACTICES_WEAK },
    direction: "under",
    evidence: { metric: "cycleDays", quartiles: ["top"] },
    headline: "Sales cycle: your practices score low, yet your cycle is {standing}.",
    text: "Your Sales Cycle Index is {score}: your answers describe little process or forecasting discipline, yet your cycle[ of {cycleDays}] is {standing}. Deals move quickly today; a defined process would keep them moving as you grow.",
  },
  {
    id: "value-index-over",
    claim: { index: "value", bands: PRACTICES_STRONG },
    direction: "over",
    evidence: { metric: "averageDeal", quartiles: ["bottom"] },
    headline: "Deal value: your practices score well, but your average deal is {standing}.",
    text: "Your Value Index is {score}: your answers describe strong value selling, yet your average won deal[ of {averageDeal}] is {standing}. Check whether discounts or small first orders keep your deals small.",
  },
  {
    id: "value-index-under",
    claim: { index: "value", bands: PRACTICES_WEAK },
    direction: "under",
    evidence: { metric: "averageDeal", quartiles: ["top"] },
    headline: "Deal value: your practices score low, yet your average deal is {standing}.",
    text: "Your Value Index is {score}: your answers describe weak value selling, yet your average won deal[ of {averageDeal}] is {standing}. What you sell commands a good price; stronger value selling would protect it from discounting.",
  },
  {
    id: "number-index-under-target",
    claim: { index: "number", bands: PRACTICES_WEAK },
    direction: "under",
    evidence: { condition: "target-reached" },
    headline: "Opportunities: your practices score low, yet your team reached its quota.",
    text: "Your Number Index is {score}: few of the practices that create opportunities are in place, yet your team reached its target[, {quotaAttainment} of quota,] with the opportunities it has. More volume is not the first need; make the sources you already rely on repeatable.",
  },
  {
    id: "number-index-under-conversion",
    claim: { index: "number", bands: PRACTICES_WEAK },
    direction: "under",
    evidence: { condition: "enough-at-peer-win-rate", metric: "unitWinRate" },
    headline: "Opportunities: your practices score low, but the count is not what holds revenue back.",
    text: "Your Number Index is {score}: few of the practices that create opportunities are in place, but the count is not what holds your revenue back. At your peers' median win rate[ of {metricMedian}] the opportunities you created[ ({opportunities})] would have reached your target, so the shortfall lies in how many of them you win rather than in how many you create.",
  },
  {
    id: "number-index-over",
    claim: { index: "number", bands: PRACTICES_STRONG },
    direction: "over",
    evidence: { condition: "opportunities-short" },
    headline: "Opportunities: your practices score well, but the team missed quota while winning as often as its peers.",
    text: "Your Number Index is {score}: your answers describe good ways of creating opportunities, yet your team missed its target[, reaching {quotaAttainment} of quota,] while winning as often as its peers. The flow of new opportunities is too small for the target; find out which sources have dried up.",
  },
];

