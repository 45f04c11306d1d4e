// Finds the perception gap (lib/report/narratives/perception-gaps.ts) that replaces a paragraph, if any: the first
// rule whose claim is the paragraph's answer (or index band) and whose evidence holds in the participant's figures.
import type { CompanyIndex } from "@/lib/instrument";
import { LOWER_IS_BETTER, type HardNumber, type HardNumberComparison } from "@/lib/scoring/hard-numbers";
import { holds, type Facts } from "./conditions";
import { formatDays, formatMoney, formatPercent, formatRate } from "./format";
import { ABSOLUTE_THRESHOLDS, PERCEPTION_GAP_RULES, STANDING, type PerceptionGapRule } from "./narratives/perception-gaps";
import type { Figures } from "./render-template";

export type GapContext = { facts: Facts; comparisons: ReadonlyMap<HardNumber, HardNumberComparison>; currency: string | null };
export type Claim = { question: string; answer: string } | { index: CompanyIndex; band: string };
export type FoundGap = { rule: PerceptionGapRule; figures: Figures };

function formatMetric(metric: HardNumber, value: number, currency: string | null): string {
  if (metric === "unitWinRate" || metric === "valueWinRate") return formatRate(value);
  if (metric === "averageDeal") return formatMoney(value, currency);
  if (metric === "cycleDays") return formatDays(value);
  return formatPercent(value);
}

const subjectOf = (claim: PerceptionGapRule["claim"] | Claim) => ("question" in claim ? claim.question : `index:${claim.index}`);

/** The rules about each question or index, in table order (a report asks about every paragraph). */
const RULES_BY_SUBJECT = new Map<string, PerceptionGapRule[]>();
for (const rule of PERCEPTION_GAP_RULES) RULES_BY_SUBJECT.set(subjectOf(rule.claim), [...(RULES_BY_SUBJECT.get(subjectOf(rule.claim)) ?? []), rule]);

const claimMatches = (rule: PerceptionGapRule, claim: Claim) =>
  "question" in claim ? "answers" in rule.claim && rule.claim.answers.includes(claim.answer) : "bands" in rule.claim && rule.claim.bands.includes(claim.band);

/** The figures a rule's text needs ({standing}, {metricMedian}) when its evidence holds; null when it does not. */
function evidenceFigures(rule: PerceptionGapRule, context: GapContext): Figures | null {
  const { evidence } = rule;
  const format = (metric: HardNumber, value: number | null) => (value === null ? undefined : formatMetric(metric, value, context.currency));
  if ("condition" in evidence) {
    if (!holds(evidence.condition, context.facts)) return null;
    return evidence.metric ? { metricMedian: format(evidence.metric, context.comparisons.get(evidence.metric)?.median ?? null) } : {};
  }
  const comparison = context.comparisons.get(evidence.metric);
  if (!comparison || comparison.own === null) return null;
  const words = LOWER_IS_BETTER.has(evidence.metric) ? STANDING.cycle : STANDING;
  if (comparison.quartile !== null) {
    const quartile = comparison.quartile;
    if (!evidence.quartiles.includes(quartile) || (quartile !== "top" && quartile !== "bottom")) return null;
    return { standing: words[quartile], metricMedian: format(evidence.metric, comparison.median) };
  }
  const threshold = ABSOLUTE_THRESHOLDS[evidence.metric];
  if (!threshold) return null;
  if (rule.direction === "over" && comparison.own < threshold.low) return { standing: STANDING.absolute.low };
  if (rule.direction === "under" && comparison.own >= threshold.high) return { standing: STANDING.absolute.high };
  return null;
}

export function findGap(claim: Claim, context: GapContext): FoundGap | null {
  for (const rule of RULES_BY_SUBJECT.get(subjectOf(claim)) ?? []) {
    if (!claimMatches(rule, claim)) continue;
    const figures = evidenceFigures(rule, context);
    if (figures) return { rule, figures };
  }
  return null;
}
