// Answer scales shared by many questions. Option order is the display order and runs from the weakest to the
// strongest answer, so scores rise along it (the scoring engine relies on that monotonicity).
import type { Option } from "./definition";

/**
 * "Not sure" is a real answer with its own narrative. It scores below the midpoint: when a leader cannot say
 * whether a practice is in place, the evidence that it works is missing, which is itself a weakness.
 */
export const AGREEMENT_OPTIONS = [
  { value: "strongly-disagree", label: "Strongly disagree", score: 0 },
  { value: "disagree", label: "Disagree", score: 0.25 },
  { value: "not-sure", label: "Not sure", score: 0.4 },
  { value: "agree", label: "Agree", score: 0.75 },
  { value: "strongly-agree", label: "Strongly agree", score: 1 },
] as const satisfies readonly Option[];

/** Scored as "how much weight the company gives a competency that matters to every sales team". */
export const IMPORTANCE_OPTIONS = [
  { value: "not-important", label: "Not important", score: 0 },
  { value: "somewhat-important", label: "Somewhat important", score: 0.25 },
  { value: "important", label: "Important", score: 0.5 },
  { value: "very-important", label: "Very important", score: 0.75 },
  { value: "essential", label: "Essential", score: 1 },
] as const satisfies readonly Option[];

export const SHARE_OF_TIME_OPTIONS = [
  { value: "never", label: "Never", score: 0 },
  { value: "under-25", label: "Less than 25%", score: 0.25 },
  { value: "25-50", label: "25% to 50%", score: 0.5 },
  { value: "50-75", label: "50% to 75%", score: 0.75 },
  { value: "over-75", label: "More than 75%", score: 1 },
] as const satisfies readonly Option[];

export const FREQUENCY_OPTIONS = [
  { value: "never", label: "Never", score: 0 },
  { value: "sometimes", label: "Sometimes", score: 1 / 3 },
  { value: "mostly", label: "Most of the time", score: 2 / 3 },
  { value: "always", label: "All of the time", score: 1 },
] as const satisfies readonly Option[];

/** Stages of a typical B2B sales cycle, in the order a deal meets them (used by the Part D stage picks). */
export const SALES_CYCLE_STAGE_OPTIONS = [
  { value: "prospecting", label: "Finding and targeting prospects" },
  { value: "needs-analysis", label: "Understanding the buyer's needs" },
  { value: "qualification", label: "Qualifying the opportunity" },
  { value: "proposal", label: "Shaping and presenting the solution" },
  { value: "negotiation", label: "Negotiating terms" },
  { value: "closing", label: "Closing the deal" },
] as const satisfies readonly Option[];

export const CURRENCY_OPTIONS = [
  { value: "usd", label: "US dollar (USD)" },
  { value: "eur", label: "Euro (EUR)" },
  { value: "gbp", label: "British pound (GBP)" },
  { value: "cad", label: "Canadian dollar (CAD)" },
  { value: "aud", label: "Australian dollar (AUD)" },
  { value: "jpy", label: "Japanese yen (JPY)" },
  { value: "inr", label: "Indian rupee (INR)" },
  { value: "other", label: "Another currency" },
] as const satisfies readonly Option[];

export const PIPELINE_MIN_STAGES = 3;
export const PIPELINE_MAX_STAGES = 12;

/** Six stages is the count the original study recommends; the names are a starting point the participant edits. */
export const PIPELINE_SUGGESTED_STAGES = [
  "Target identified",
  "Need confirmed",
  "Qualified",
  "Solution proposed",
  "Negotiation",
  "Verbal agreement",
] as const;
