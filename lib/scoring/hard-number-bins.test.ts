import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HARD_NUMBER_BINS, RENARD_R40, daysScale, moneyScale } from "./hard-number-bins";
import { HARD_NUMBERS } from "./hard-numbers";

describe("hard-number bins", () => {
  it("count rates in whole percents, rounding half up even where a double falls just short", () => {
    const { binOf, valueOf } = HARD_NUMBER_BINS.unitWinRate;
    // 0.29 × 100 is 28.999999999999996 in a double.
    expect(binOf(0.29)).toBe(29);
    expect(binOf(0.125)).toBe(13);
    expect(binOf(0.1249)).toBe(12);
    expect([binOf(0), binOf(1)]).toEqual([0, 100]);
    expect(valueOf(33)).toBe(0.33);
  });

  it("count quota figures in whole percents up to the survey's limit", () => {
    const { binOf, count } = HARD_NUMBER_BINS.quotaAttainment;
    expect(count).toBe(501);
    expect([binOf(87.5), binOf(87.49), binOf(500)]).toEqual([88, 87, 500]);
    expect(HARD_NUMBER_BINS.sellersAtQuota.count).toBe(101);
  });

  it("centre money and days on round figures, which read back exactly", () => {
    const days = HARD_NUMBER_BINS.cycleDays;
    for (const round of [1, 7, 14, 21, 30, 45, 60, 90, 120, 180, 270, 365, 730, 3650]) expect(days.valueOf(days.binOf(round))).toBe(round);
    expect(days.count).toBe(334);
    const money = HARD_NUMBER_BINS.averageDeal;
    for (const round of [1_000, 25_000, 50_000, 100_000, 1_000_000]) expect(money.valueOf(money.binOf(round))).toBe(round);
    expect(RENARD_R40).toHaveLength(40);
  });

  it("have bounds strictly between neighbouring centres, so every bin holds its centre", () => {
    for (const scale of [moneyScale(), daysScale()]) {
      expect(scale.thresholds).toHaveLength(scale.count - 1);
      scale.thresholds.forEach((bound, i) => {
        expect(bound).toBeGreaterThan(scale.centres[i]!);
        expect(bound).toBeLessThan(scale.centres[i + 1]!);
      });
    }
  });

  it("read any figure back within 3.5% (money and days) or half a point (percentages)", () => {
    for (const metric of HARD_NUMBERS) {
      const scale = HARD_NUMBER_BINS[metric];
      const top = scale.kind === "rate" ? 1 : scale.kind === "percent" ? scale.count - 1 : scale.valueOf(scale.count - 1);
      fc.assert(
        fc.property(fc.double({ min: 0, max: top, noNaN: true }), (value) => {
          const bin = scale.binOf(value);
          expect(bin).toBeGreaterThanOrEqual(0);
          expect(bin).toBeLessThan(scale.count);
          const error = Math.abs(scale.valueOf(bin) - value);
          if (scale.kind === "rate") expect(error).toBeLessThanOrEqual(0.005 + 1e-12);
          else if (scale.kind === "percent") expect(error).toBeLessThanOrEqual(0.5);
          else if (metric === "cycleDays") expect(error).toBeLessThanOrEqual(Math.max(0.5, 0.025 * value));
          else expect(error).toBeLessThanOrEqual(Math.max(0.5, 0.035 * value));
        }),
        { numRuns: 300 },
      );
    }
  });

  it("never put a larger figure in a lower bin", () => {
    for (const metric of HARD_NUMBERS) {
      const { binOf } = HARD_NUMBER_BINS[metric];
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1e14, noNaN: true }), fc.double({ min: 0, max: 1e14, noNaN: true }), (a, b) => {
          expect(binOf(Math.min(a, b))).toBeLessThanOrEqual(binOf(Math.max(a, b)));
        }),
        { numRuns: 200 },
      );
    }
  });
});
