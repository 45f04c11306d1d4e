// A peer group's hard numbers, from the counts the database keeps per bin (lib/scoring/hard-number-bins.ts), into
// the figures the peer snapshot stores: how many peers have each figure, their median and top-quartile boundary,
// and the share of them this response beats — direction-aware, so a shorter cycle beats a longer one. Peers are
// compared in one basis: fractions for win rates, percent for quota figures, days, and US dollars for money.
import { toBasis } from "./currency";
import { HARD_NUMBER_BINS, type BinScale } from "./hard-number-bins";
import { HARD_NUMBERS, LOWER_IS_BETTER, ownHardNumbers, type HardNumber, type HardNumberPeers, type HardNumbersPeers, type Quartile } from "./hard-numbers";
import { roundPercent } from "./rounding";
import type { SalesAnalysis } from "./sales-numbers";

/** The range a figure must be in to be compared; outside it (only possible in unchecked answers) it is left out. */
const USABLE: Readonly<Record<HardNumber, readonly [number, number]>> = {
  unitWinRate: [0, 1],
  valueWinRate: [0, 1],
  averageDeal: [0, Infinity],
  cycleDays: [0, Infinity],
  quotaAttainment: [0, HARD_NUMBER_BINS.quotaAttainment.count - 1],
  sellersAtQuota: [0, 100],
};

/**
 * This participant's hard numbers in the basis the peers are compared in (and the Score row stores): money in US
 * dollars, null when their currency cannot be converted; null for any figure they did not give.
 */
export function hardNumbersInBasis(sales: SalesAnalysis): Record<HardNumber, number | null> {
  const own = ownHardNumbers(sales);
  const deal = own.averageDeal === null ? null : toBasis(own.averageDeal, sales.numbers.currency);
  return Object.fromEntries(
    HARD_NUMBERS.map((metric) => {
      const value = metric === "averageDeal" ? deal : own[metric];
      const [min, max] = USABLE[metric];
      return [metric, value !== null && Number.isFinite(value) && value >= min && value <= max ? value : null];
    }),
  ) as Record<HardNumber, number | null>;
}

export interface SummariseHardNumbersInput {
  /** This response's figures in the basis (hardNumbersInBasis); null where it has none. */
  own: Readonly<Record<HardNumber, number | null>>;
  /** The chosen group's counts per bin of each hard number (length: the scale's bin count); missing = none. */
  histograms: Readonly<Partial<Record<HardNumber, readonly number[]>>>;
  /** The histograms count this response too (it is stored): it is taken out before any figure is made. */
  selfIncluded: boolean;
  /** ANONYMITY_THRESHOLD: a figure fewer peers than this have is not shown at all. */
  minPeers: number;
}

export function summariseHardNumbers(input: SummariseHardNumbersInput): HardNumbersPeers {
  return Object.fromEntries(HARD_NUMBERS.map((metric) => [metric, summariseOne(metric, input)])) as HardNumbersPeers;
}

function summariseOne(metric: HardNumber, input: SummariseHardNumbersInput): HardNumberPeers | null {
  const scale = HARD_NUMBER_BINS[metric];
  const histogram = peersOnly(metric, scale, input);
  const peers = histogram.reduce((sum, count) => sum + count, 0);
  if (peers === 0 || peers < input.minPeers) return null;
  const lowerIsBetter = LOWER_IS_BETTER.has(metric);
  const own = input.own[metric];
  const standing = own === null ? null : standingOf(histogram, scale.binOf(own), lowerIsBetter, peers);
  return {
    peers,
    median: binQuantile(histogram, scale, 0.5, peers),
    topQuartile: binQuantile(histogram, scale, lowerIsBetter ? 0.25 : 0.75, peers),
    percentile: standing?.percentile ?? null,
    quartile: standing?.quartile ?? null,
  };
}

function peersOnly(metric: HardNumber, scale: BinScale, input: SummariseHardNumbersInput): number[] {
  const stored = input.histograms[metric];
  if (stored && stored.length !== scale.count) throw new RangeError(`Histogram of ${metric} must have ${scale.count} counts`);
  if (stored?.some((count) => !Number.isInteger(count) || count < 0)) throw new RangeError(`Counts of ${metric} must be whole and non-negative`);
  const histogram = stored ? [...stored] : new Array<number>(scale.count).fill(0);
  const own = input.own[metric];
  if (input.selfIncluded && own !== null) {
    const bin = scale.binOf(own);
    if (!(histogram[bin]! > 0)) throw new RangeError(`Histogram of ${metric} said to include this response has nobody in bin ${bin}`);
    histogram[bin]! -= 1;
  }
  return histogram;
}

/**
 * The share of peers in worse bins (the published percentile), and the quarter this response sits in. Peers in
 * the same bin are level: not beaten, and counted as half beaten when placing the response in a quarter, so a
 * figure equal to most peers' reads as the middle, not the bottom.
 */
function standingOf(histogram: readonly number[], bin: number, lowerIsBetter: boolean, peers: number) {
  let beaten = 0;
  histogram.forEach((count, other) => {
    if (lowerIsBetter ? other > bin : other < bin) beaten += count;
  });
  const twiceRank = 2 * beaten + histogram[bin]!;
  const quartile: Quartile =
    2 * twiceRank >= 3 * peers ? "top" : twiceRank >= peers ? "upper-middle" : 2 * twiceRank >= peers ? "lower-middle" : "bottom";
  return { percentile: roundPercent((100 * beaten) / peers), quartile };
}

/**
 * PostgreSQL's percentile_cont over the bins' centres: linear interpolation at position q × (n − 1), to 12
 * significant digits so a median of 32.5% is stored as 0.325, not 0.32499999999999996.
 */
export function binQuantile(histogram: readonly number[], scale: BinScale, q: number, total: number): number {
  const position = q * (total - 1);
  const lower = scale.valueOf(binAtRank(histogram, Math.floor(position)));
  const upper = scale.valueOf(binAtRank(histogram, Math.ceil(position)));
  return Number((lower + (upper - lower) * (position - Math.floor(position))).toPrecision(12));
}

function binAtRank(histogram: readonly number[], rank: number): number {
  let seen = 0;
  for (let bin = 0; bin < histogram.length; bin++) {
    seen += histogram[bin]!;
    if (seen > rank) return bin;
  }
  throw new RangeError(`Rank ${rank} is beyond the histogram`);
}
