// What GET /api/v1/benchmarks may publish about a group of completed responses
// (docs/decisions/019-benchmark-disclosure-control.md). Pure: counts and quantiles in, the published figures out.
//
// One threshold T (BENCHMARK_QUARTILE_THRESHOLD, by default 4 × ANONYMITY_THRESHOLD) and no counts:
// - a group with fewer than T completed responses is suppressed, and looks exactly like an empty one;
// - a shown group publishes, for each index that at least T of its responses have, p25, median and p75 in whole
//   percents; an index with fewer is suppressed alone;
// - no count, band or rounded count is published: all anyone learns of a group's size is "at least T" or "fewer",
//   so there is nothing to subtract (bands and a second, lower threshold are edges that can be subtracted).
// With T = 4k each interval between neighbouring quartiles holds at least k of the group (k = ANONYMITY_THRESHOLD),
// so learning which of them someone's score lies in, by comparing the figures before and after their response
// arrives or is erased, leaves them among k.

/** An index's responses in the group, and its p25, median and p75 as percentile_cont gives them (null without any). */
export interface IndexFigures {
  n: number;
  quantiles: readonly (number | null)[];
}

export interface PublicQuartiles {
  p25: number | null;
  median: number | null;
  p75: number | null;
  suppressed: boolean;
}

export interface PublicGroup<Metric extends string> {
  suppressed: boolean;
  indices: Record<Metric, PublicQuartiles>;
}

const HIDDEN: PublicQuartiles = { p25: null, median: null, p75: null, suppressed: true };

/** Half up to a whole percent: percentile_cont interpolates (x.25, x.5, x.75), whole percents are what indices are. */
const wholePercent = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.floor(value + 0.5));

function quartiles({ n, quantiles }: IndexFigures, threshold: number): PublicQuartiles {
  const [p25, median, p75] = quantiles.map(wholePercent);
  if (n < threshold || p25 == null || median == null || p75 == null) return HIDDEN;
  return { p25, median, p75, suppressed: false };
}

/** The published figures of one group of `groupN` completed responses. */
export function publicGroup<Metric extends string>(
  groupN: number,
  indices: Record<Metric, IndexFigures>,
  threshold: number,
): PublicGroup<Metric> {
  const shown = groupN >= threshold;
  const published = Object.fromEntries(
    Object.entries<IndexFigures>(indices).map(([metric, figures]) => [metric, shown ? quartiles(figures, threshold) : HIDDEN]),
  ) as Record<Metric, PublicQuartiles>;
  return { suppressed: !shown, indices: published };
}
