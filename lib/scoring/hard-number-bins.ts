// The bins a hard number is counted in per peer group (docs/decisions/010-hard-number-peers.md). The database counts
// each stored figure in one whole-number bin, like the indices' whole percents, so a peer group's distribution of
// a hard number is a short list of counts however many responses there are. The same bin rules run in SQL (the
// triggers on "Score", hard_number_counts migration) and here, on the same doubles with the same IEEE operations or
// exact comparisons, so both always agree; a test holds the SQL against these.
import { MAX_CYCLE_DAYS, MAX_DEAL_COUNT, MAX_QUOTA_ATTAINMENT_PERCENT } from "@/lib/instrument";
import type { HardNumber } from "./hard-numbers";

interface Bins {
  /** Bins 0 … count − 1. */
  count: number;
  /** The bin a figure (in basis units) falls in. */
  binOf(value: number): number;
  /** The figure a bin stands for: its centre. */
  valueOf(bin: number): number;
}

/** Whole-percent bins, each standing for its own whole percent. */
export interface PercentBins extends Bins {
  kind: "rate" | "percent";
}

export type BinScale = PercentBins | CentredScale;

const clampBin = (bin: number, count: number) => Math.min(count - 1, Math.max(0, bin));

/** Rates (fractions 0–1) in whole-percent bins: bin 29 holds 28.5% ≤ rate < 29.5% and stands for 29%. */
function rateScale(): PercentBins {
  return {
    kind: "rate",
    count: 101,
    binOf: (value) => clampBin(Math.floor(value * 100 + 0.5), 101),
    valueOf: (bin) => bin / 100,
  };
}

/** Percentages as given (0–max) in whole-percent bins, rounded half up as above. */
function percentScale(max: number): PercentBins {
  return {
    kind: "percent",
    count: max + 1,
    binOf: (value) => clampBin(Math.floor(value + 0.5), max + 1),
    valueOf: (bin) => bin,
  };
}

/** ISO 3 preferred numbers, series R40: 40 steps a decade, each about 6% above the one before. */
export const RENARD_R40 = [
  "1.00", "1.06", "1.12", "1.18", "1.25", "1.32", "1.40", "1.50", "1.60", "1.70", "1.80", "1.90", "2.00", "2.12",
  "2.24", "2.36", "2.50", "2.65", "2.80", "3.00", "3.15", "3.35", "3.55", "3.75", "4.00", "4.25", "4.50", "4.75",
  "5.00", "5.30", "5.60", "6.00", "6.30", "6.70", "7.10", "7.50", "8.00", "8.50", "9.00", "9.50",
] as const;

export interface CentredScale extends Bins {
  kind: "centred";
  /** The figure each bin stands for, ascending. */
  centres: readonly number[];
  /** thresholds[i] is the lowest figure of bin i + 1 (PostgreSQL's width_bucket reads the same array). */
  thresholds: readonly number[];
}

/**
 * Bins centred on round figures: a round figure (90 days, $100,000) sits in the middle of its own bin and reads
 * back exactly. `boundBetween` gives the bound between two neighbouring centres; it must be a short decimal, so
 * JavaScript and PostgreSQL read the same double from it.
 */
function centredScale(centres: readonly number[], boundBetween: (below: number, above: number) => number): CentredScale {
  const thresholds = centres.slice(1).map((centre, i) => boundBetween(centres[i]!, centre));
  return {
    kind: "centred",
    count: centres.length,
    centres,
    thresholds,
    // The number of thresholds at or below the figure (binary search), as width_bucket counts them.
    binOf: (value) => {
      let low = 0;
      let high = thresholds.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (thresholds[middle]! <= value) low = middle + 1;
        else high = middle;
      }
      return low;
    },
    valueOf: (bin) => centres[bin]!,
  };
}

/**
 * Money: 0, then the R40 numbers of each decade from $1 to $9.5 × 10^13 (the survey's money limit is 10^13 in any
 * currency). Bounds are the neighbours' geometric mean to three significant figures, so any figure reads back
 * within 3.5%.
 */
export function moneyScale(): CentredScale {
  const centres = [0];
  for (let exponent = 0; exponent <= 13; exponent++) {
    for (const mantissa of RENARD_R40) centres.push(Number(`${mantissa}e${exponent}`));
  }
  return centredScale(centres, (below, above) => (below === 0 ? 0.5 : Number(Math.sqrt(below * above).toPrecision(3))));
}

/**
 * Days: whole days to 99, five-day steps to 995, fifty-day steps to 3,650 (the survey's limit), so a week, a month,
 * a quarter, 120 days and a year each read back exactly, and any figure within half a day or 2.5%.
 */
export function daysScale(): CentredScale {
  const steps = (from: number, to: number, step: number) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
  const centres = [...steps(0, 99, 1), ...steps(100, 995, 5), ...steps(1000, MAX_CYCLE_DAYS, 50)];
  return centredScale(centres, (below, above) => (below + above) / 2);
}

/**
 * Counts (opportunities, deals): whole numbers to 99, each its own bin, then the R40 numbers of each decade from 100 to
 * 9.5 × 10^6, and 10^7 (the survey's limit). Exact below 100; above it, any count reads back within 3.5%. Bounds are
 * the midpoints below 100 and the neighbours' geometric mean to three significant figures above, as for money.
 */
export function countScale(): CentredScale {
  const centres = Array.from({ length: 100 }, (_, i) => i);
  for (let exponent = 2; 10 ** exponent < MAX_DEAL_COUNT; exponent++) {
    for (const mantissa of RENARD_R40) centres.push(Number(`${mantissa}e${exponent}`));
  }
  centres.push(MAX_DEAL_COUNT);
  return centredScale(centres, (below, above) => (above < 100 ? (below + above) / 2 : Number(Math.sqrt(below * above).toPrecision(3))));
}

export const HARD_NUMBER_BINS: Readonly<Record<HardNumber, BinScale>> = {
  unitWinRate: rateScale(),
  valueWinRate: rateScale(),
  averageDeal: moneyScale(),
  cycleDays: daysScale(),
  quotaAttainment: percentScale(MAX_QUOTA_ATTAINMENT_PERCENT),
  sellersAtQuota: percentScale(100),
};
