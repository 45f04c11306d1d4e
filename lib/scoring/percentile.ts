// Peer-group relative performance: the share of peers who do not score better, 100 × (1 − better ÷ N). Scores
// are whole percents, so a group's whole distribution is 101 counts; the database produces those counts in SQL
// and this turns them into the published figure without ever loading the rows.
import { roundPercent } from "./rounding";

export const HISTOGRAM_LENGTH = 101;

export interface RelativePerformance {
  /** Whole percent, rounded half up: 70 means 30% of the peers scored better. */
  percent: number;
  /** Peers with a strictly higher score. */
  better: number;
  /** N: peers other than this response. */
  peers: number;
}

export interface RelativePerformanceOptions {
  /** The histogram counts this response too (it is stored and completed); it is then taken out of N. */
  selfIncluded?: boolean;
}

/**
 * Null when there are no peers yet (N = 0): a percentage of nobody would read as a real result. Malformed input
 * (a score that is not a whole percent, a histogram that is not 101 non-negative whole counts, or one that
 * claims to include this response but has nobody at its score) is a programming error and throws.
 */
export function relativePerformance(
  score: number,
  histogram: readonly number[],
  options: RelativePerformanceOptions = {},
): RelativePerformance | null {
  if (!Number.isInteger(score) || score < 0 || score > 100) throw new RangeError(`Score must be a whole percent: ${score}`);
  checkHistogram(histogram);
  let total = 0;
  let better = 0;
  for (let bucket = 0; bucket < HISTOGRAM_LENGTH; bucket++) {
    const count = histogram[bucket]!;
    total += count;
    if (bucket > score) better += count;
  }
  if (options.selfIncluded) {
    if (histogram[score]! < 1) throw new RangeError(`Histogram said to include this response has nobody at ${score}`);
    total -= 1;
  }
  if (total === 0) return null;
  return { percent: roundPercent(100 * (1 - better / total)), better, peers: total };
}

/** Counts per whole-percent score; for tests and small in-memory groups (the database does this in SQL). */
export function histogramOf(scores: Iterable<number>): number[] {
  const histogram = new Array<number>(HISTOGRAM_LENGTH).fill(0);
  for (const score of scores) {
    if (!Number.isInteger(score) || score < 0 || score > 100) throw new RangeError(`Score must be a whole percent: ${score}`);
    histogram[score]! += 1;
  }
  return histogram;
}

function checkHistogram(histogram: readonly number[]): void {
  if (histogram.length !== HISTOGRAM_LENGTH) {
    throw new RangeError(`Histogram must have ${HISTOGRAM_LENGTH} counts, got ${histogram.length}`);
  }
  for (const count of histogram) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Histogram counts must be whole and non-negative`);
  }
}
