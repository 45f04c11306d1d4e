// Action-plan variants: the same first action, planned for the way the company sells and the size of its team.
// Each variant replaces the plain plan (action-plans.ts) of some questions when its profile condition holds
// (profile-conditions.ts); the first that applies in this order wins, and a question no variant covers keeps its
// plain plan. docs/methodology.md §8 lists which questions each variant covers (a generated table).
import { CHANNEL_PLANS } from "./action-plans-channel";
import { INSIDE_PLANS } from "./action-plans-inside";
import { LARGE_TEAM_PLANS } from "./action-plans-large-team";
import { SMALL_TEAM_PLANS } from "./action-plans-small-team";
import type { Plan } from "./action-plans";
import type { PROFILE_CONDITIONS } from "./profile-conditions";

export type VariantCondition = keyof typeof PROFILE_CONDITIONS;

export type VariantPlan = { questionId: string; fix?: Plan; scale?: Plan };

export type PlanVariant = { condition: VariantCondition; plans: readonly VariantPlan[] };

export const PLAN_VARIANTS: readonly PlanVariant[] = [
  { condition: "channel", plans: CHANNEL_PLANS },
  { condition: "inside", plans: INSIDE_PLANS },
  { condition: "small-team", plans: SMALL_TEAM_PLANS },
  { condition: "large-team", plans: LARGE_TEAM_PLANS },
];

/** The table of docs/methodology.md §8: which questions each variant plans, for problems and for strengths. */
export function planVariantsTable(): string {
  const rows = ["| Condition | Fix plans (STOP, CHANGE) | Scaling plans (KEEP) |", "| --- | --- | --- |"];
  const code = (plans: readonly VariantPlan[]) => plans.map((plan) => `\`${plan.questionId}\``).join(", ");
  for (const { condition, plans } of PLAN_VARIANTS) rows.push(`| \`${condition}\` | ${code(plans.filter((p) => p.fix))} | ${code(plans.filter((p) => p.scale))} |`);
  return rows.join("\n");
}
