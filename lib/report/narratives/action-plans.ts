// What to do in the next 30, 60 and 90 days under each first action, as data: one plan per scored Part C question
// to fix the practice (STOP and CHANGE) and a shorter one to scale it (KEEP). Plans are written for the action
// titles in the narrative library (`actions` of each question) and say something the detailed-analysis paragraph
// does not: the paragraph explains the answer, the plan assigns the work. They carry no figures, so they never
// contradict the participant's numbers. Variants fit a plan to the company (action-plan-variants.ts).
import { EXECUTION_PLANS } from "./action-plans-execution";
import { FOUNDATION_PLANS } from "./action-plans-foundations";
import { PLAN_VARIANTS, type VariantCondition } from "./action-plan-variants";

export type Plan = { days30: string; days60: string; days90: string };

export type ActionPlan = {
  questionId: string;
  /** For STOP and CHANGE. */
  fix: Plan;
  /** For KEEP: how to make the strength repeatable rather than "keep it up". */
  scale: Plan;
  /** A fix for one answer that needs different work (e.g. no CRM at all rather than a young one). */
  fixByAnswer?: Record<string, Plan>;
};

export const ACTION_PLANS: readonly ActionPlan[] = [...FOUNDATION_PLANS, ...EXECUTION_PLANS];

const byQuestion = new Map(ACTION_PLANS.map((plan) => [plan.questionId, plan]));

/** The profile variant whose plan an action on this question takes, in PLAN_VARIANTS order; null for the plain plan. */
export function variantFor(questionId: string, kind: "KEEP" | "CHANGE" | "STOP", applies: (condition: VariantCondition) => boolean): VariantCondition | null {
  const side = kind === "KEEP" ? "scale" : "fix";
  return PLAN_VARIANTS.find((variant) => applies(variant.condition) && variant.plans.some((plan) => plan.questionId === questionId && plan[side]))?.condition ?? null;
}

/**
 * The plan for an action on this question and answer; action-plans.test.ts checks every scored question has one.
 * An answer's own fix (no CRM at all) comes first, then the first variant that applies to the company.
 */
export function planFor(questionId: string, kind: "KEEP" | "CHANGE" | "STOP", answer: string, applies: (condition: VariantCondition) => boolean = () => false): Plan {
  const plan = byQuestion.get(questionId);
  if (!plan) throw new Error(`No action plan for question "${questionId}"`);
  if (kind !== "KEEP" && plan.fixByAnswer?.[answer]) return plan.fixByAnswer[answer];
  const variant = variantFor(questionId, kind, applies);
  const side = kind === "KEEP" ? "scale" : "fix";
  const fitted = variant ? PLAN_VARIANTS.find((v) => v.condition === variant)!.plans.find((p) => p.questionId === questionId)![side] : undefined;
  return fitted ?? plan[side];
}
