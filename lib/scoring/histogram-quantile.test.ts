import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { histogramQuantile } from "./histogram-quantile";
import { histogramOf } from "./percentile";

/** percentile_cont over a sorted list, as PostgreSQL defines it. */
function percentileCont(sorted: number[], q: number): number {
  const position = q * (sorted.length - 1);
  const lower = sorted[Math.floor(position)]!;
  const upper = sorted[Math.ceil(position)]!;
  return lower + (upper - lower) * (position - Math.floor(position));
}

describe("histogramQuantile", () => {
  it.each([
    [[10, 20, 30, 40], 0.5, 25],
    [[10, 20, 30, 40], 0.25, 17.5],
    [[10, 20, 30, 40], 0.75, 32.5],
    [[7], 0.25, 7],
    [[0, 100], 0.5, 50],
  ])("of %j at %d is %d", (scores, q, expected) => {
    expect(histogramQuantile(histogramOf(scores), q)).toBe(expected);
  });

  it("is null for nobody", () => {
    expect(histogramQuantile(histogramOf([]), 0.5)).toBeNull();
  });

  it("equals percentile_cont over the same scores", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }), fc.constantFrom(0, 0.25, 0.5, 0.75, 1), (scores, q) => {
        const sorted = [...scores].sort((a, b) => a - b);
        expect(histogramQuantile(histogramOf(scores), q)).toBeCloseTo(percentileCont(sorted, q), 9);
      }),
    );
  });
});
