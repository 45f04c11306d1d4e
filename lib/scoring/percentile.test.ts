import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HISTOGRAM_LENGTH, histogramOf, relativePerformance } from "./percentile";

/** The published figure computed the slow, obvious way: whole numbers only, rounding half up exactly. */
function bruteForce(score: number, peers: readonly number[]) {
  const n = peers.length;
  if (n === 0) return null;
  const better = peers.filter((peer) => peer > score).length;
  return { percent: Math.floor((200 * (n - better) + n) / (2 * n)), better, peers: n };
}

const wholePercent = fc.integer({ min: 0, max: 100 });

describe("relative performance", () => {
  it("is 70% when 30% of the peers scored better (the sample report)", () => {
    const peers = [...Array(6).fill(90), ...Array(14).fill(60)];
    expect(relativePerformance(77, histogramOf(peers))).toEqual({ percent: 70, better: 6, peers: 20 });
  });

  it.each<[string, number, number[], number | null]>([
    ["nobody better", 80, [80, 80, 12], 100],
    ["everybody better", 10, [11, 50, 99], 0],
    ["ties do not count as better", 50, [50, 50, 51, 49], 75],
    ["one of three better rounds 66.7 up", 50, [10, 20, 60], 67],
    ["one of eight better is 87.5, rounded half up", 50, [51, 1, 1, 1, 1, 1, 1, 1], 88],
    ["no peers yet", 50, [], null],
  ])("%s", (_, score, peers, percent) => {
    expect(relativePerformance(score, histogramOf(peers))?.percent ?? null).toBe(percent);
  });

  it("takes this response out of N when the histogram counts it", () => {
    const others = [90, 40, 40];
    expect(relativePerformance(60, histogramOf([...others, 60]), { selfIncluded: true })).toEqual(
      relativePerformance(60, histogramOf(others)),
    );
    expect(relativePerformance(60, histogramOf([60]), { selfIncluded: true })).toBeNull();
  });

  it("rejects malformed input loudly", () => {
    expect(() => relativePerformance(50.5, histogramOf([]))).toThrow(RangeError);
    expect(() => relativePerformance(50, [1, 2, 3])).toThrow(RangeError);
    expect(() => relativePerformance(50, new Array(HISTOGRAM_LENGTH).fill(-1))).toThrow(RangeError);
    expect(() => relativePerformance(50, histogramOf([10]), { selfIncluded: true })).toThrow(RangeError);
    expect(() => histogramOf([101])).toThrow(RangeError);
  });

  it("equals a brute-force count over the expanded scores", () => {
    fc.assert(
      fc.property(wholePercent, fc.array(wholePercent, { maxLength: 300 }), (score, peers) => {
        expect(relativePerformance(score, histogramOf(peers))).toEqual(bruteForce(score, peers));
        expect(relativePerformance(score, histogramOf([...peers, score]), { selfIncluded: true })).toEqual(
          bruteForce(score, peers),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("never falls as the score rises", () => {
    fc.assert(
      fc.property(wholePercent, wholePercent, fc.array(wholePercent, { minLength: 1, maxLength: 100 }), (a, b, peers) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const histogram = histogramOf(peers);
        expect(relativePerformance(high, histogram)!.percent).toBeGreaterThanOrEqual(relativePerformance(low, histogram)!.percent);
      }),
    );
  });
});
