// The order of attack, as a rule on the picked actions (docs/methodology.md §8, "Staging"). A company with many
// gaps cannot start five 90-day plans at once: its actions are staged. A strong company is told to scale what works.
//   weak:   band Foundation Builder or Emerging Performer, or at least STAGE_AT_STOPS STOP actions
//   strong: band High Performer or World Class, or every lever that could be priced at or above the peer median
// Staging of a weak company's actions, in the money order the picks already have:
//   now            the most valuable problem, and every action that is a prerequisite of others (no CRM, no sales
//                  methodology, managers who never coach); the second most valuable problem joins when that makes one
//   next quarter   the next two actions, problems before strengths
//   quarter after  the rest
import type { LeverGap } from "./action-stakes";
import { PREREQUISITES } from "./action-topics";
import type { ActionPick } from "./actions";
import type { ActionStage } from "./document";

export const WEAK_BANDS: readonly string[] = ["Foundation Builder", "Emerging Performer"];
export const STRONG_BANDS: readonly string[] = ["High Performer", "World Class"];
export const STAGE_AT_STOPS = 3;
export const NEXT_QUARTER_SIZE = 2;

export type Standing = "weak" | "middling" | "strong";

/** Where the company stands for the order of attack; weak wins when both hold (a high band with many STOPs). */
export function standingOf(band: string | null, gaps: readonly LeverGap[], picks: readonly ActionPick[]): Standing {
  const stops = picks.filter((pick) => pick.kind === "STOP").length;
  if ((band !== null && WEAK_BANDS.includes(band)) || stops >= STAGE_AT_STOPS) return "weak";
  const priced = gaps.flatMap((gap) => (gap.status === "priced" ? [gap] : []));
  const allAtOrAbove = priced.length > 0 && priced.every((gap) => gap.amount === 0);
  return (band !== null && STRONG_BANDS.includes(band)) || allAtOrAbove ? "strong" : "middling";
}

/** True when other practices depend on this answer: the practice is missing and must exist before they can improve. */
export function isPrerequisite(pick: ActionPick): boolean {
  return pick.kind !== "KEEP" && PREREQUISITES.some((rule) => rule.question === pick.question.id && rule.when.includes(pick.answer));
}

export interface StagedPick {
  pick: ActionPick;
  stage: ActionStage;
  /** Set on a prerequisite brought forward because other fixes depend on it. */
  prerequisite: boolean;
}

/** A weak company's actions in stages, listed in stage order (within a stage, by money as picked). */
export function stagePicks(picks: readonly ActionPick[]): StagedPick[] {
  // Strengths alone (a very small team with no problem) are staged the same way.
  const problems = picks.some((pick) => pick.kind !== "KEEP") ? picks.filter((pick) => pick.kind !== "KEEP") : [...picks];
  const first = new Set<ActionPick>(problems.slice(0, 1));
  for (const pick of problems) if (isPrerequisite(pick)) first.add(pick);
  if (first.size === 1 && problems[1]) first.add(problems[1]);
  const later = [...problems, ...picks.filter((pick) => !problems.includes(pick))].filter((pick) => !first.has(pick));
  // Brought forward: a prerequisite that its money alone would not have put among the first two.
  const valuable = new Set(problems.slice(0, 2));
  const staged = (pick: ActionPick, stage: ActionStage) => ({ pick, stage, prerequisite: stage === "now" && !valuable.has(pick) });
  return [
    ...picks.filter((pick) => first.has(pick)).map((pick) => staged(pick, "now")),
    ...later.map((pick, index) => staged(pick, index < NEXT_QUARTER_SIZE ? "next-quarter" : "quarter-after")),
  ];
}
