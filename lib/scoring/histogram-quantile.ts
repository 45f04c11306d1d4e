// Quantiles of whole-percent scores counted in a 101-slot histogram, with the same definition as PostgreSQL's
// percentile_cont (linear interpolation at position q × (n − 1)), so figures read from the ScoreHistogram aggregate
// equal figures computed over the rows.
import { HISTOGRAM_LENGTH } from "./percentile";

/** The q-quantile (0 ≤ q ≤ 1) of the scores a histogram counts; null for an empty histogram. */
export function histogramQuantile(histogram: readonly number[], q: number): number | null {
  if (histogram.length !== HISTOGRAM_LENGTH) throw new RangeError(`Histogram must have ${HISTOGRAM_LENGTH} counts`);
  if (!(q >= 0 && q <= 1)) throw new RangeError(`Quantile must be between 0 and 1 (got ${q})`);
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const position = q * (total - 1);
  const lower = scoreAtRank(histogram, Math.floor(position));
  const upper = scoreAtRank(histogram, Math.ceil(position));
  return lower + (upper - lower) * (position - Math.floor(position));
}

/** The score of the rank-th lowest entry (rank from 0) a histogram counts. */
export function scoreAtRank(histogram: readonly number[], rank: number): number {
  let seen = 0;
  for (let score = 0; score < HISTOGRAM_LENGTH; score++) {
    seen += histogram[score]!;
    if (seen > rank) return score;
  }
  throw new RangeError(`Rank ${rank} is beyond the histogram`);
}

const QUARTILES_AND_P90 = [0.25, 0.5, 0.75, 0.9];

/** percentile_cont of each fraction over values given as [value, count] pairs sorted by value; null when empty. */
export function quantilesFromCounts(counts: readonly [number, number][], fractions: readonly number[] = QUARTILES_AND_P90): number[] | null {
  const n = counts.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const valueAt = (row: number) => {
    let seen = 0;
    for (const [value, count] of counts) {
      seen += count;
      if (row < seen) return value;
    }
    return counts.at(-1)![0];
  };
  // PostgreSQL's percentile_cont: rows first = floor(p(n−1)) and second = ceil(p(n−1)), lo + (p(n−1) − first)(hi − lo).
  return fractions.map((fraction) => {
    const position = fraction * (n - 1);
    const first = Math.floor(position);
    const lo = valueAt(first);
    const hi = valueAt(Math.ceil(position));
    return lo + (position - first) * (hi - lo);
  });
}
