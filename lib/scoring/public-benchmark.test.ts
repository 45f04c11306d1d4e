import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { histogramQuantile } from "./histogram-quantile";
import { HISTOGRAM_LENGTH } from "./percentile";
import { publicGroup, type IndexFigures } from "./public-benchmark";

const T = 20;
const HIDDEN = { p25: null, median: null, p75: null, suppressed: true };
const figures = (n: number, quantiles: (number | null)[] = [40.25, 50.5, 60.75]): IndexFigures => ({ n, quantiles });

function quartilesOf(scores: readonly number[]): number[] {
  const histogram = new Array<number>(HISTOGRAM_LENGTH).fill(0);
  for (const score of scores) histogram[score]! += 1;
  return [0.25, 0.5, 0.75].map((q) => histogramQuantile(histogram, q)!);
}

describe("publicGroup", () => {
  it("suppresses a group below the threshold whole, like an empty one", () => {
    expect(publicGroup(T - 1, { overall: figures(T - 1), personal: figures(T - 1) }, T)).toEqual({
      suppressed: true,
      indices: { overall: HIDDEN, personal: HIDDEN },
    });
    expect(publicGroup(T - 1, { overall: figures(T - 1) }, T)).toEqual(publicGroup(0, { overall: figures(0, [null, null, null]) }, T));
  });

  it("shows an index's quartiles from the threshold on, in whole percents rounded half up", () => {
    expect(publicGroup(T, { overall: figures(T) }, T)).toEqual({
      suppressed: false,
      indices: { overall: { p25: 40, median: 51, p75: 61, suppressed: false } },
    });
  });

  it("suppresses alone an index that fewer than the threshold of a shown group have", () => {
    expect(publicGroup(30, { overall: figures(30), winRate: figures(T - 1) }, T).indices).toEqual({
      overall: { p25: 40, median: 51, p75: 61, suppressed: false },
      winRate: HIDDEN,
    });
  });

  it("publishes no count of any kind", () => {
    const shown = publicGroup(1234, { overall: figures(1234) }, T);
    expect(Object.keys(shown)).toEqual(["suppressed", "indices"]);
    expect(Object.keys(shown.indices.overall)).toEqual(["p25", "median", "p75", "suppressed"]);
  });

  // Why the default threshold is 4k: comparing a group's quartiles before and after one response leaves tells at
  // best which quarter that response was in, and each of them then holds at least k of the group.
  it("at a threshold of 4k, every interval between neighbouring quartiles holds at least k scores", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((k) =>
          fc.tuple(fc.constant(k), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4 * k, maxLength: 12 * k })),
        ),
        ([k, scores]) => {
          const { p25, median, p75 } = publicGroup(scores.length, { overall: { n: scores.length, quantiles: quartilesOf(scores) } }, 4 * k).indices.overall;
          const bounds = [0, p25!, median!, p75!, 100];
          for (let i = 0; i < 4; i++) {
            expect(scores.filter((score) => score >= bounds[i]! && score <= bounds[i + 1]!).length).toBeGreaterThanOrEqual(k);
          }
        },
      ),
    );
  });
});
