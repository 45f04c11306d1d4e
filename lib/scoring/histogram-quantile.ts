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
