// Sales velocity, the revenue a team produces per day: opportunities × average deal value × win rate ÷ cycle
// days, where "opportunities" are those being worked at one time. Participants give a yearly count of new
// qualified opportunities, so by Little's law the opportunities in flight are yearly × cycle ÷ 365 and the cycle
// cancels: velocity = yearly opportunities × average deal value × win rate ÷ 365. The four factors are the four
// company sub-indices, so what-if changes are keyed by the same names (a shorter cycle with the same number in
// flight still raises velocity: that is the reference's +48%).
import type { CompanyIndex } from "@/lib/instrument";
import { figure, finiteOr, notEnoughData, usable, type FigureOrGap, type NotEnoughData } from "./figure";

export const DAYS_PER_YEAR = 365;

export interface VelocityInputs {
  /** New qualified opportunities created in the last 12 months (a yearly count, not those in flight). */
  opportunities?: number | null;
  /** Average value of a won deal. */
  averageDealValue?: number | null;
  /** Win rate as a fraction 0–1. */
  winRate?: number | null;
  /** Average sales cycle of won deals, in days (needed for the opportunities in flight, not for velocity). */
  cycleDays?: number | null;
}

/** Percentage changes per factor: `{ number: 10 }` is 10% more opportunities, `{ salesCycle: -10 }` a 10% shorter cycle. */
export type VelocityChanges = Partial<Record<CompanyIndex, number>>;

/** The reference's what-if: 10% better on number, value and win rate, and a 10% shorter cycle. */
export const TEN_PERCENT_BETTER: Readonly<Required<VelocityChanges>> = {
  number: 10,
  value: 10,
  winRate: 10,
  salesCycle: -10,
};

export interface WhatIf {
  status: "ok";
  before: number;
  after: number;
  /** after ÷ before, e.g. 1.1³ ÷ 0.9 ≈ 1.479 for TEN_PERCENT_BETTER. */
  multiplier: number;
  /** (multiplier − 1) × 100, unrounded; the report rounds it for display (+48%). */
  changePercent: number;
}

const INPUT_NAMES = ["opportunities", "averageDealValue", "winRate"] as const;

/** Revenue per day: yearly new qualified opportunities × average won deal × win rate ÷ 365. */
export function salesVelocity(inputs: VelocityInputs): FigureOrGap {
  const { opportunities, averageDealValue, winRate } = inputs;
  if (!usable(opportunities) || !usable(averageDealValue) || !usable(winRate)) {
    return notEnoughData(INPUT_NAMES.filter((name) => !usable(inputs[name])));
  }
  return finiteOr((opportunities * averageDealValue * winRate) / DAYS_PER_YEAR, INPUT_NAMES);
}

/** Qualified opportunities being worked at one time (Little's law): yearly new ones × cycle days ÷ 365. */
export function opportunitiesInFlight(inputs: VelocityInputs): FigureOrGap {
  const { opportunities, cycleDays } = inputs;
  if (!usable(opportunities) || !usable(cycleDays)) {
    return notEnoughData([...(usable(opportunities) ? [] : ["opportunities"]), ...(usable(cycleDays) ? [] : ["cycleDays"])]);
  }
  return finiteOr((opportunities * cycleDays) / DAYS_PER_YEAR, ["opportunities", "cycleDays"]);
}

/**
 * How much velocity multiplies under a set of percentage changes: (1+n)(1+v)(1+w) ÷ (1+c). Independent of the
 * participant's figures, so the report can show it even when their numbers are incomplete. A change that would
 * take a factor to zero or below (−100% or less) is unusable, and so is a cycle change that would divide by zero.
 */
export function velocityMultiplier(changes: VelocityChanges): FigureOrGap {
  const factor = (key: CompanyIndex) => 1 + (changes[key] ?? 0) / 100;
  const keys = ["number", "value", "winRate", "salesCycle"] as const;
  const bad = keys.filter((key) => !Number.isFinite(factor(key)) || factor(key) <= 0);
  if (bad.length > 0) return notEnoughData(bad.map((key) => `change.${key}`));
  const multiplier = (factor("number") * factor("value") * factor("winRate")) / factor("salesCycle");
  return finiteOr(multiplier, keys.map((key) => `change.${key}`));
}

/** Velocity before and after the changes, with the participant's own figures. */
export function velocityWhatIf(inputs: VelocityInputs, changes: VelocityChanges): WhatIf | NotEnoughData {
  const before = salesVelocity(inputs);
  const multiplier = velocityMultiplier(changes);
  if (before.status !== "ok" || multiplier.status !== "ok") {
    const missing = [before, multiplier].flatMap((part) => (part.status === "ok" ? [] : part.missing));
    return notEnoughData(missing);
  }
  const after = finiteOr(before.value * multiplier.value, ["opportunities", "averageDealValue"]);
  if (after.status !== "ok") return after;
  return { status: "ok", before: before.value, after: after.value, ...changeOf(multiplier.value) };
}

function changeOf(multiplier: number) {
  return { multiplier, changePercent: (multiplier - 1) * 100 };
}

/** Exposed for the report's "try other values" control, which only needs the percentage. */
export function velocityChangePercent(changes: VelocityChanges): FigureOrGap {
  const multiplier = velocityMultiplier(changes);
  return multiplier.status === "ok" ? figure(changeOf(multiplier.value).changePercent) : multiplier;
}
