// Resolves the conditions of lib/report/narratives/conditions.ts from a participant's answers and figures.
import type { Answers } from "@/lib/instrument";
import type { SalesAnalysis } from "@/lib/scoring";
import type { HardNumberComparison } from "@/lib/scoring/hard-numbers";
import {
  CONDITIONS,
  TARGET_MISSED_PERCENT,
  TARGET_REACHED_PERCENT,
  type Condition,
  type ConditionId,
  type FigureSignal,
} from "./narratives/conditions";
import { WIN_RATE_GAP_WORTH_NAMING } from "./sales-report";

export type Facts = { answers: Answers; signals: ReadonlySet<FigureSignal> };

const ok = (figure: { status: string; value?: number }) => (figure.status === "ok" ? (figure.value as number) : null);

/** The figure conditions that hold for these figures, against these peers (see conditions.ts for each rule). */
export function figureSignals(sales: SalesAnalysis, comparisons: readonly HardNumberComparison[]): Set<FigureSignal> {
  const signals = new Set<FigureSignal>();
  const unit = ok(sales.winRates.unit);
  const value = ok(sales.winRates.value);
  if (unit !== null && value !== null) {
    if (unit - value >= WIN_RATE_GAP_WORTH_NAMING) signals.add("value-below-unit");
    else if (value - unit >= WIN_RATE_GAP_WORTH_NAMING) signals.add("value-above-unit");
    else signals.add("value-level-with-unit");
  }
  if ((sales.consistency?.verdict ?? "agrees") !== "agrees") signals.add("figures-disagree");
  const quota = sales.numbers.quotaAttainmentPct;
  const winRate = comparisons.find((c) => c.metric === "unitWinRate");
  if (quota === null) return signals;
  if (quota >= TARGET_REACHED_PERCENT) signals.add("target-reached");
  const median = winRate?.median ?? null;
  if (quota < TARGET_REACHED_PERCENT && unit !== null && unit > 0 && median !== null && unit < median && (quota / 100) * (median / unit) >= 1)
    signals.add("enough-at-peer-win-rate");
  if (signals.has("target-reached") || signals.has("enough-at-peer-win-rate")) signals.add("opportunities-enough");
  if (quota < TARGET_MISSED_PERCENT && (winRate?.quartile === "top" || winRate?.quartile === "upper-middle")) signals.add("opportunities-short");
  return signals;
}

export function conditionHolds(condition: Condition, facts: Facts): boolean {
  if ("signal" in condition) return facts.signals.has(condition.signal);
  const answer = facts.answers[condition.question];
  return typeof answer === "string" && condition.answers.includes(answer);
}

export const holds = (id: ConditionId, facts: Facts) => conditionHolds(CONDITIONS[id], facts);
