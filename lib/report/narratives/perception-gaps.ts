// Perception gaps: where a self-rating (or the index band built from the self-ratings) and the participant's own
// figures point different ways, the report prints one paragraph naming the gap instead of the two that disagree.
// Rules are data, engine in lib/report/perception-gaps.ts, documented in docs/methodology.md ("Perception gaps").
//
// A rule names a claim (answers to one question, or bands of one index), the direction of the gap ("over": the
// answers rate it better than the figures; "under": worse) and the evidence: a hard number in the given quarter of
// the peers (direction-aware, lib/scoring/hard-numbers.ts), judged by ABSOLUTE_THRESHOLDS when the peers give no
// quarter; or any condition of conditions.ts. The first rule that fires for a paragraph replaces it. A condition
// settled by another answer works as evidence too, so answer pairs that must agree fit the same table.
//
// Texts: {standing} is where the figure stands ("in the bottom quarter of your peers", "low for any sales team");
// {metricMedian} is the peers' median of that figure. A phrase in [brackets] is left out when its figure is missing
// or was already given in the same section, so each text must read whole without its bracketed phrases.
import type { HardNumber } from "@/lib/scoring/hard-numbers";
import { INDEX_GAPS } from "./perception-gaps-indices";
import { QUESTION_GAPS } from "./perception-gaps-questions";
import type { PerceptionGapRule } from "./types";

export type { PerceptionGapRule } from "./types";

/**
 * Used only when the peers give no quarter for the figure (no peer figures, or suppressed below the anonymity
 * threshold): "over" gaps need the figure below `low`, "under" gaps at or above `high`. Figures with no entry
 * (deal size, cycle length: they depend too much on what is sold) are then not judged at all.
 */
export const ABSOLUTE_THRESHOLDS: Partial<Record<HardNumber, { low: number; high: number }>> = {
  unitWinRate: { low: 0.15, high: 0.5 },
  valueWinRate: { low: 0.15, high: 0.5 },
  quotaAttainment: { low: 80, high: 110 },
  sellersAtQuota: { low: 40, high: 75 },
};

/** Where a figure stands among the peers, for {standing}; a shorter cycle is the better quarter. */
export const STANDING = {
  bottom: "in the bottom quarter of your peers",
  top: "in the top quarter of your peers",
  cycle: { bottom: "in the slowest quarter of your peer group", top: "in the fastest quarter of your peer group" },
  /** Judged by ABSOLUTE_THRESHOLDS: below `low`, or at or above `high`. */
  absolute: { low: "low for any sales team", high: "high for any sales team" },
} as const;

export const PERCEPTION_GAP_RULES: readonly PerceptionGapRule[] = [...QUESTION_GAPS, ...INDEX_GAPS];
