// The participant's hard numbers against their peers: unit and value win rate, average won deal, cycle, quota
// attainment and share of sellers at quota, from the same peer group (and K fallback) as the indices. The database
// supplies each metric's peer distribution in the stored peer snapshot (in a common basis: fractions, days,
// percent, and money in the basis currency of lib/scoring/currency.ts); this turns it into the figures the report
// prints, in the participant's own units and currency. Direction-aware: a shorter cycle is better.
import { z } from "zod";
import { fromBasis } from "./currency";
import type { SalesAnalysis } from "./sales-numbers";

export const HARD_NUMBERS = ["unitWinRate", "valueWinRate", "averageDeal", "cycleDays", "quotaAttainment", "sellersAtQuota"] as const;
export type HardNumber = (typeof HARD_NUMBERS)[number];

/** The hard numbers where less is better; for every other one more is better. */
export const LOWER_IS_BETTER: ReadonlySet<HardNumber> = new Set(["cycleDays"]);

export const QUARTILES = ["top", "upper-middle", "lower-middle", "bottom"] as const;
export const QuartileSchema = z.enum(QUARTILES);
export type Quartile = z.infer<typeof QuartileSchema>;

/** One metric's peers as the snapshot stores it (basis units). */
export const HardNumberPeersSchema = z.strictObject({
  /** Peers (other than this response) that have the figure. */
  peers: z.int().min(0),
  median: z.number().finite(),
  /** The boundary of the best quarter: the 75th percentile, or the 25th where less is better. */
  topQuartile: z.number().finite(),
  /** Share of those peers this response does strictly better than, 0–100 (null: this response lacks the figure). */
  percentile: z.int().min(0).max(100).nullable(),
  /**
   * The quarter of those peers this response is in, peers level with it (same bin) counting half beaten
   * (lib/scoring/hard-number-peers.ts); null with `percentile`. Absent: read from `percentile` alone.
   */
  quartile: QuartileSchema.nullable().optional(),
});
export type HardNumberPeers = z.infer<typeof HardNumberPeersSchema>;

/** Stored in the peer snapshot; a metric is absent (or null) when fewer peers than the anonymity threshold have it. */
export const HardNumbersPeersSchema = z.partialRecord(z.enum(HARD_NUMBERS), HardNumberPeersSchema.nullable());
export type HardNumbersPeers = z.infer<typeof HardNumbersPeersSchema>;

/** A hard number beside its peers, in the participant's units (fractions for rates, money in their currency). */
export interface HardNumberComparison {
  metric: HardNumber;
  own: number | null;
  median: number | null;
  topQuartile: number | null;
  /** Share of peers this participant beats, direction-aware; null without their own figure or peers. */
  percentile: number | null;
  peers: number;
  quartile: Quartile | null;
}

/** Which quarter of the peers a percentile (share of peers beaten) puts the participant in. */
export function quartileOf(percentile: number | null): Quartile | null {
  if (percentile === null) return null;
  if (percentile >= 75) return "top";
  if (percentile >= 50) return "upper-middle";
  if (percentile >= 25) return "lower-middle";
  return "bottom";
}

const ok = (figure: { status: string; value?: number }) => (figure.status === "ok" ? (figure.value as number) : null);

/** The participant's own hard numbers in their own units: rates as fractions, quota figures in percent. */
export function ownHardNumbers(sales: SalesAnalysis): Record<HardNumber, number | null> {
  return {
    unitWinRate: ok(sales.winRates.unit),
    valueWinRate: ok(sales.winRates.value),
    averageDeal: ok(sales.averageDealValue),
    cycleDays: sales.numbers.cycleDays,
    quotaAttainment: sales.numbers.quotaAttainmentPct,
    sellersAtQuota: sales.numbers.sellersAtQuotaPct,
  };
}

/**
 * Every hard number beside its peers. Money figures are converted from the basis currency into the participant's
 * currency; when their currency cannot be converted (none given, or "other"), money has no peer figures.
 */
export function compareHardNumbers(sales: SalesAnalysis, peers: HardNumbersPeers | null | undefined): HardNumberComparison[] {
  const own = ownHardNumbers(sales);
  return HARD_NUMBERS.map((metric) => {
    const stored = peers?.[metric] ?? null;
    const convert = (value: number) => (metric === "averageDeal" ? fromBasis(value, sales.numbers.currency) : value);
    const median = stored ? convert(stored.median) : null;
    const usablePeers = stored !== null && median !== null;
    const percentile = usablePeers && own[metric] !== null ? stored.percentile : null;
    const topQuartile = usablePeers ? convert(stored.topQuartile) : null;
    const quartile = percentile === null ? null : (stored?.quartile ?? quartileOf(percentile));
    return {
      metric,
      own: own[metric],
      median: usablePeers ? median : null,
      topQuartile,
      percentile,
      peers: usablePeers ? stored.peers : 0,
      quartile:
        quartile === null || own[metric] === null || median === null || topQuartile === null
          ? quartile
          : quartileBesideFigures(quartile, { own: own[metric], median, topQuartile, lowerIsBetter: LOWER_IS_BETTER.has(metric) }),
    };
  });
}

/**
 * The quarter as the median and the top quarter's boundary printed beside it show it. The quarter comes from bins
 * (peers in the participant's bin count as level) while the median is interpolated between bin centres, so near the
 * median the two can disagree: 90% read as "the better half" beside a median of 91%. The printed figures win: a
 * figure worse than the median is in the weaker half, one better than it in the better half, and one at or past the
 * top quarter's boundary in the top quarter.
 */
export function quartileBesideFigures(
  quartile: Quartile,
  { own, median, topQuartile, lowerIsBetter }: { own: number; median: number; topQuartile: number; lowerIsBetter: boolean },
): Quartile {
  const better = (a: number, b: number) => (lowerIsBetter ? a < b : a > b);
  if (better(median, own)) return quartile === "top" || quartile === "upper-middle" ? "lower-middle" : quartile;
  if (!better(own, median)) return quartile; // level with the median: the text says so in words
  if (!better(topQuartile, own)) return "top";
  if (quartile === "top" && better(topQuartile, own)) return "upper-middle";
  return quartile === "bottom" || quartile === "lower-middle" ? "upper-middle" : quartile;
}
