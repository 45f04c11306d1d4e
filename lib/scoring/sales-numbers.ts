// The participant's own figures (Part B, and the Part E pipeline) turned into the sales mathematics the report
// shows. Every Part B field is optional, so each figure is computed from what was given or reported as a gap.
import { PART_B_IDS, PIPELINE_QUESTION_ID } from "@/lib/instrument";
import { divide, finiteOr, type FigureOrGap, type NotEnoughData } from "./figure";
import { analysePipeline, type PipelineAnalysis, type PipelineInput } from "./pipeline";
import {
  DAYS_PER_YEAR,
  TEN_PERCENT_BETTER,
  opportunitiesInFlight,
  salesVelocity,
  velocityWhatIf,
  type VelocityInputs,
  type WhatIf,
} from "./sales-velocity";
import { winRates, type DealTotals, type WinRates } from "./win-rate";

export interface SalesNumbers extends Required<DealTotals> {
  opportunities: number | null;
  cycleDays: number | null;
  quotaAttainmentPct: number | null;
  sellersAtQuotaPct: number | null;
  currency: string | null;
  pipeline: PipelineInput | null;
}

export interface SalesAnalysis {
  numbers: SalesNumbers;
  /** Won value ÷ won count. */
  averageDealValue: FigureOrGap;
  winRates: WinRates;
  /** Revenue per day, using the unit win rate and the average won deal (see docs/methodology.md). */
  velocity: FigureOrGap;
  /** velocity × 365: the revenue a year the figures imply. */
  velocityPerYear: FigureOrGap;
  /** Qualified opportunities being worked at one time (Little's law). */
  opportunitiesInFlight: FigureOrGap;
  /** Whether the implied yearly revenue agrees with the value the participant reports winning; null if unknown. */
  consistency: VelocityConsistency | null;
  /** The reference's +10% on every factor, with these figures. */
  tenPercentBetter: WhatIf | NotEnoughData;
  pipeline: PipelineAnalysis | null;
}

/** Implied and reported yearly revenue further apart than this factor (either way) are said to disagree. */
export const DISAGREEMENT_FACTOR = 2;
const EPSILON = 1e-9;

/**
 * velocity × 365 ÷ won value, which reduces to new opportunities ÷ deals decided (won + lost): the figures agree
 * when the year's new opportunities roughly match the deals that reached a decision.
 */
export interface VelocityConsistency {
  verdict: "agrees" | "implied-above-won" | "implied-below-won";
  /** Implied yearly revenue ÷ reported won value. */
  ratio: number;
}

export function velocityConsistency(perYear: FigureOrGap, wonValue: number | null): VelocityConsistency | null {
  if (perYear.status !== "ok" || wonValue === null || !(wonValue > 0)) return null;
  const ratio = perYear.value / wonValue;
  // The tolerance absorbs floating-point error: figures exactly 2× apart on paper agree, as the rule says.
  const above = ratio > DISAGREEMENT_FACTOR * (1 + EPSILON);
  const below = ratio < (1 - EPSILON) / DISAGREEMENT_FACTOR;
  const verdict = above ? "implied-above-won" : below ? "implied-below-won" : "agrees";
  return { verdict, ratio };
}

const numberAt = (answers: Readonly<Record<string, unknown>>, id: string): number | null => {
  const value = answers[id];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

function pipelineAt(answers: Readonly<Record<string, unknown>>): PipelineInput | null {
  const value = answers[PIPELINE_QUESTION_ID];
  if (typeof value !== "object" || value === null || !Array.isArray((value as PipelineInput).stages)) return null;
  return value as PipelineInput;
}

/** Part B and Part E figures by name; null where not answered. */
export function salesNumbers(answers: Readonly<Record<string, unknown>>): SalesNumbers {
  const currency = answers[PART_B_IDS.currency];
  return {
    opportunities: numberAt(answers, PART_B_IDS.newOpportunities),
    wonCount: numberAt(answers, PART_B_IDS.wonCount),
    wonValue: numberAt(answers, PART_B_IDS.wonValue),
    lostCount: numberAt(answers, PART_B_IDS.lostCount),
    lostValue: numberAt(answers, PART_B_IDS.lostValue),
    openCount: numberAt(answers, PART_B_IDS.openCount),
    openValue: numberAt(answers, PART_B_IDS.openValue),
    cycleDays: numberAt(answers, PART_B_IDS.cycleDays),
    quotaAttainmentPct: numberAt(answers, PART_B_IDS.quotaAttainment),
    sellersAtQuotaPct: numberAt(answers, PART_B_IDS.sellersAtQuota),
    currency: typeof currency === "string" ? currency : null,
    pipeline: pipelineAt(answers),
  };
}

export function analyseSales(numbers: SalesNumbers): SalesAnalysis {
  const averageDealValue = divide(numbers.wonValue, numbers.wonCount, ["wonValue", "wonCount"]);
  const rates = winRates(numbers);
  const inputs: VelocityInputs = {
    opportunities: numbers.opportunities,
    averageDealValue: averageDealValue.status === "ok" ? averageDealValue.value : null,
    winRate: rates.unit.status === "ok" ? rates.unit.value : null,
    cycleDays: numbers.cycleDays,
  };
  const velocity = salesVelocity(inputs);
  const velocityPerYear = velocity.status === "ok" ? finiteOr(velocity.value * DAYS_PER_YEAR, ["opportunities"]) : velocity;
  return {
    numbers,
    averageDealValue,
    winRates: rates,
    velocity,
    velocityPerYear,
    opportunitiesInFlight: opportunitiesInFlight(inputs),
    consistency: velocityConsistency(velocityPerYear, numbers.wonValue),
    tenPercentBetter: velocityWhatIf(inputs, TEN_PERCENT_BETTER),
    pipeline: numbers.pipeline ? analysePipeline(numbers.pipeline) : null,
  };
}
