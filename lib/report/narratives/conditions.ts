// Facts about the company that its answers and figures settle, which paragraphs can depend on: a paragraph variant
// (types.ts, `variants`) is printed instead of the plain paragraph when its condition holds, and the perception-gap
// rules (perception-gaps.ts) use the figure conditions as evidence. Conditions are data; lib/report/conditions.ts
// resolves them. Thresholds are stated here, once, and documented in docs/methodology.md.
import { PROFILE_CONDITIONS } from "./profile-conditions";

/** Quota attainment (percent) at or above which the team reached its target. */
export const TARGET_REACHED_PERCENT = 100;
/** Quota attainment (percent) below which the team clearly missed its target. */
export const TARGET_MISSED_PERCENT = 80;

/** A condition settled by one answer: it holds when the answer is one of `answers`. */
export type AnswerCondition = { question: string; answers: readonly string[] };

/**
 * A condition settled by the participant's figures (lib/report/conditions.ts computes each):
 * - value-below-unit: the value win rate is at least WIN_RATE_GAP_WORTH_NAMING below the unit win rate;
 * - value-above-unit: the value win rate is at least that much above the unit win rate (larger deals win more often);
 * - value-level-with-unit: both rates are known and closer than that (deal size makes no clear difference);
 * - target-reached: quota attainment at or above TARGET_REACHED_PERCENT;
 * - enough-at-peer-win-rate: the target was missed, but at the peers' median unit win rate the same opportunities
 *   would have reached it (attainment × peer median ÷ own win rate ≥ 100%): converting them is the gap, not the count;
 * - opportunities-enough: target-reached or enough-at-peer-win-rate: the count of opportunities is not what is short;
 * - opportunities-short: attainment below TARGET_MISSED_PERCENT while the unit win rate is at or above the peers'
 *   median: the team converts as well as its peers, so the count of opportunities (or their size) fell short;
 * - figures-disagree: velocity × 365 and the value won are more than DISAGREEMENT_FACTOR apart (lib/scoring), so the
 *   opportunity count does not fit the deals decided (the sales numbers say so and name the count to check).
 */
export type FigureSignal =
  | "value-below-unit"
  | "value-above-unit"
  | "value-level-with-unit"
  | "target-reached"
  | "enough-at-peer-win-rate"
  | "opportunities-enough"
  | "opportunities-short"
  | "figures-disagree";
export type FigureCondition = { signal: FigureSignal };

export type Condition = AnswerCondition | FigureCondition;

const CRM_IN_PLACE = ["under-1-year", "1-2-years", "3-5-years", "over-5-years"] as const;

export const CONDITIONS = {
  "no-crm": { question: "c.methodology.crm-age", answers: ["no-crm"] },
  "has-crm": { question: "c.methodology.crm-age", answers: CRM_IN_PLACE },
  "no-methodology": { question: "c.methodology.adopted", answers: ["strongly-disagree"] },
  "no-process": { question: "c.process.mapped-to-buyer", answers: ["strongly-disagree"] },
  "has-process": { question: "c.process.mapped-to-buyer", answers: ["agree", "strongly-agree"] },
  /** No process, or one that does not follow how customers buy ("loosely defined or built around your own steps"). */
  "process-not-buyer-led": { question: "c.process.mapped-to-buyer", answers: ["strongly-disagree", "disagree"] },
  "methodology-in-crm": { question: "c.methodology.in-crm", answers: ["agree", "strongly-agree"] },
  "no-forecast-process": { question: "c.revenue.forecast-process", answers: ["strongly-disagree"] },
  "has-forecast-process": { question: "c.revenue.forecast-process", answers: ["agree", "strongly-agree"] },
  "no-decision-maker-access": { question: "c.differentiation.key-players", answers: ["strongly-disagree", "disagree"] },
  /** The participant works their own deals by the company's process, or applies a methodology, mostly or always. */
  "follows-process": { question: "d.engagement.follow-process", answers: ["mostly", "always"] },
  "applies-methodology": { question: "d.systems.methodology-use", answers: ["mostly", "always"] },
  "asks-for-referrals": { question: "d.engagement.ask-referrals", answers: ["50-75", "over-75"] },
  "little-coaching": { question: "c.coaching.manager-coaching-time", answers: ["never", "under-25"] },
  "some-coaching": { question: "c.coaching.manager-coaching-time", answers: ["25-50"] },
  /** The participant works out why they won or lost more than half of their own closed deals. */
  "reviews-most-deals": { question: "d.engagement.win-loss-review", answers: ["50-75", "over-75"] },
  "value-below-unit": { signal: "value-below-unit" },
  "value-above-unit": { signal: "value-above-unit" },
  "value-level-with-unit": { signal: "value-level-with-unit" },
  "target-reached": { signal: "target-reached" },
  "enough-at-peer-win-rate": { signal: "enough-at-peer-win-rate" },
  "opportunities-enough": { signal: "opportunities-enough" },
  "opportunities-short": { signal: "opportunities-short" },
  "figures-disagree": { signal: "figures-disagree" },
  ...PROFILE_CONDITIONS,
} as const satisfies Record<string, Condition>;

export type ConditionId = keyof typeof CONDITIONS;
