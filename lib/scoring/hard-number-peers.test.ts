import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HARD_NUMBER_BINS } from "./hard-number-bins";
import { hardNumbersInBasis, summariseHardNumbers } from "./hard-number-peers";
import { HARD_NUMBERS, HardNumbersPeersSchema, LOWER_IS_BETTER, quartileBesideFigures, quartileOf, type HardNumber } from "./hard-numbers";
import { analyseSales, salesNumbers } from "./sales-numbers";

const none = Object.fromEntries(HARD_NUMBERS.map((metric) => [metric, null])) as Record<HardNumber, number | null>;

function histogramOf(metric: HardNumber, values: readonly number[]): number[] {
  const scale = HARD_NUMBER_BINS[metric];
  const histogram = new Array<number>(scale.count).fill(0);
  for (const value of values) histogram[scale.binOf(value)]! += 1;
  return histogram;
}

/** percentile_cont over a list, the obvious way, to the 12 significant digits the snapshot keeps. */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const lower = sorted[Math.floor(position)]!;
  return Number((lower + (sorted[Math.ceil(position)]! - lower) * (position - Math.floor(position))).toPrecision(12));
}

describe("summariseHardNumbers", () => {
  it("gives the median, the better quartile and the share beaten, the cycle the other way round", () => {
    const cycles = [30, 45, 60, 60, 90, 90, 90, 120, 180];
    const rates = [0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6];
    const summary = summariseHardNumbers({
      own: { ...none, cycleDays: 45, unitWinRate: 0.12 },
      histograms: { cycleDays: histogramOf("cycleDays", cycles), unitWinRate: histogramOf("unitWinRate", rates) },
      selfIncluded: false,
      minPeers: 5,
    });
    // 45 days is shorter than 7 of the 9 peers: 78%, top quarter; the best quarter of cycles ends at 60 days.
    expect(summary.cycleDays).toEqual({ peers: 9, median: 90, topQuartile: 60, percentile: 78, quartile: "top" });
    // 12% beats one peer of eight.
    expect(summary.unitWinRate).toEqual({ peers: 8, median: 0.325, topQuartile: 0.425, percentile: 13, quartile: "bottom" });
    expect(summary.quotaAttainment).toBeNull();
    expect(HardNumbersPeersSchema.parse(summary)).toEqual(summary);
  });

  it("places a figure level with most peers in the middle, not the bottom", () => {
    const summary = summariseHardNumbers({
      own: { ...none, cycleDays: 90 },
      histograms: { cycleDays: histogramOf("cycleDays", [60, 60, 90, 90, 90, 90, 90, 90, 120, 120]) },
      selfIncluded: false,
      minPeers: 5,
    });
    // Beats only the two at 120 days (20%), but six peers are level with it.
    expect(summary.cycleDays).toMatchObject({ median: 90, percentile: 20, quartile: "upper-middle" });
  });

  it("takes this response out of the counts when they include it, and suppresses figures with too few peers", () => {
    const values = [100, 101, 102, 103, 104];
    const summary = summariseHardNumbers({
      own: { ...none, quotaAttainment: 104, sellersAtQuota: 50 },
      histograms: { quotaAttainment: histogramOf("quotaAttainment", values), sellersAtQuota: histogramOf("sellersAtQuota", [50, 60, 70, 80, 90]) },
      selfIncluded: true,
      minPeers: 5,
    });
    expect(summary.quotaAttainment).toBeNull();
    expect(summary.sellersAtQuota).toBeNull();
    expect(() =>
      summariseHardNumbers({ own: { ...none, quotaAttainment: 99 }, histograms: { quotaAttainment: histogramOf("quotaAttainment", values) }, selfIncluded: true, minPeers: 1 }),
    ).toThrow(RangeError);
  });

  const metricArbitrary = fc.constantFrom(...HARD_NUMBERS);
  const valueFor = (metric: HardNumber) => {
    const scale = HARD_NUMBER_BINS[metric];
    if (scale.kind === "centred") {
      const max = metric === "cycleDays" ? 3650 : 1e9;
      return fc.oneof(fc.double({ min: 1, max, noNaN: true }), fc.constantFrom(...scale.centres.filter((centre) => centre <= max)));
    }
    if (scale.kind === "rate") return fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 20 }).map((n) => n / 20));
    return fc.oneof(fc.double({ min: 0, max: scale.count - 1, noNaN: true }), fc.integer({ min: 0, max: scale.count - 1 }));
  };
  const caseArbitrary = metricArbitrary.chain((metric) =>
    fc.record({
      metric: fc.constant(metric),
      peers: fc.array(valueFor(metric), { maxLength: 60 }),
      own: fc.option(valueFor(metric), { nil: null }),
      selfIncluded: fc.boolean(),
      minPeers: fc.integer({ min: 1, max: 8 }),
    }),
  );

  it("equals a brute-force count over the peers' binned figures, and the raw figures within a bin", () => {
    fc.assert(
      fc.property(caseArbitrary, ({ metric, peers, own, selfIncluded, minPeers }) => {
        const scale = HARD_NUMBER_BINS[metric];
        const counted = selfIncluded && own !== null ? [...peers, own] : peers;
        const summary = summariseHardNumbers({ own: { ...none, [metric]: own }, histograms: { [metric]: histogramOf(metric, counted) }, selfIncluded, minPeers })[metric];
        if (peers.length < minPeers || peers.length === 0) {
          expect(summary).toBeNull();
          return;
        }
        const lowerIsBetter = LOWER_IS_BETTER.has(metric);
        const binned = peers.map((value) => scale.valueOf(scale.binOf(value)));
        const better = lowerIsBetter ? 0.25 : 0.75;
        expect(summary!.peers).toBe(peers.length);
        expect(summary!.median).toBe(quantile(binned, 0.5));
        expect(summary!.topQuartile).toBe(quantile(binned, better));
        // Within a bin of the figures themselves.
        const slack = (value: number) => (scale.kind === "rate" ? 0.005 + 1e-12 : scale.kind === "percent" ? 0.5 : Math.max(0.5, 0.035 * value));
        expect(Math.abs(summary!.median - quantile(peers, 0.5))).toBeLessThanOrEqual(slack(quantile(peers, 0.5)));
        if (own === null) {
          expect(summary!.percentile).toBeNull();
          expect(summary!.quartile).toBeNull();
          return;
        }
        const ownBin = scale.binOf(own);
        const beaten = peers.filter((value) => (lowerIsBetter ? scale.binOf(value) > ownBin : scale.binOf(value) < ownBin)).length;
        const level = peers.filter((value) => scale.binOf(value) === ownBin).length;
        expect(summary!.percentile).toBe(Math.floor((100 * beaten) / peers.length + 0.5 + 1e-9));
        expect(summary!.quartile).toBe(quartileOf((100 * (beaten + level / 2)) / peers.length));
      }),
      { numRuns: 500 },
    );
  });
});

describe("hardNumbersInBasis", () => {
  it("converts money into US dollars, and leaves it out when the currency cannot be converted", () => {
    const answers = {
      "b.numbers.won-count": 10,
      "b.numbers.won-value": 900_000,
      "b.numbers.lost-count": 30,
      "b.numbers.lost-value": 2_000_000,
      "b.numbers.cycle-days": 60,
      "b.numbers.quota-attainment": 95,
      "b.numbers.sellers-at-quota": 40,
      "b.numbers.currency": "eur",
    };
    const inEuros = hardNumbersInBasis(analyseSales(salesNumbers(answers)));
    expect(inEuros).toEqual({ unitWinRate: 0.25, valueWinRate: 900_000 / 2_900_000, averageDeal: 100_000, cycleDays: 60, quotaAttainment: 95, sellersAtQuota: 40 });
    expect(hardNumbersInBasis(analyseSales(salesNumbers({ ...answers, "b.numbers.currency": "other" }))).averageDeal).toBeNull();
    expect(hardNumbersInBasis(analyseSales(salesNumbers({ ...answers, "b.numbers.currency": undefined }))).averageDeal).toBeNull();
    expect(hardNumbersInBasis(analyseSales(salesNumbers({ ...answers, "b.numbers.quota-attainment": 900 }))).quotaAttainment).toBeNull();
  });
});

describe("the quarter beside the printed figures", () => {
  const metrics = ["quotaAttainment", "cycleDays", "unitWinRate"] as const satisfies readonly HardNumber[];
  const valueOf = { quotaAttainment: fc.integer({ min: 40, max: 160 }), cycleDays: fc.integer({ min: 10, max: 400 }), unitWinRate: fc.integer({ min: 1, max: 90 }).map((p) => p / 100) };

  it("never says 'better half' beside a better median, nor 'top quarter' short of its boundary (binned peers, interpolated median)", () => {
    for (const metric of metrics) {
      fc.assert(
        fc.property(fc.array(valueOf[metric], { minLength: 5, maxLength: 60 }), valueOf[metric], (values, own) => {
          const summary = summariseHardNumbers({ own: { ...none, [metric]: own }, histograms: { [metric]: histogramOf(metric, values) }, selfIncluded: false, minPeers: 5 })[metric]!;
          const lowerIsBetter = LOWER_IS_BETTER.has(metric);
          const quartile = quartileBesideFigures(summary.quartile!, { own, median: summary.median, topQuartile: summary.topQuartile, lowerIsBetter });
          const better = (a: number, b: number) => (lowerIsBetter ? a < b : a > b);
          if (better(summary.median, own)) expect(["lower-middle", "bottom"]).toContain(quartile);
          if (better(own, summary.median)) expect(["upper-middle", "top"]).toContain(quartile);
          if (quartile === "top" && own !== summary.median) expect(better(summary.topQuartile, own)).toBe(false);
        }),
        { numRuns: 400 },
      );
    }
  });

  it("reads a quota attainment of 90% beside a median of 91% as the weaker half, whatever its bin said", () => {
    expect(quartileBesideFigures("upper-middle", { own: 90, median: 91, topQuartile: 104, lowerIsBetter: false })).toBe("lower-middle");
    expect(quartileBesideFigures("lower-middle", { own: 92, median: 91, topQuartile: 104, lowerIsBetter: false })).toBe("upper-middle");
    expect(quartileBesideFigures("upper-middle", { own: 105, median: 91, topQuartile: 104, lowerIsBetter: false })).toBe("top");
    expect(quartileBesideFigures("top", { own: 100, median: 91, topQuartile: 104, lowerIsBetter: false })).toBe("upper-middle");
    expect(quartileBesideFigures("top", { own: 91, median: 91, topQuartile: 104, lowerIsBetter: false })).toBe("top");
    // Shorter cycles are better: 62 days beside a median of 60 is the weaker half.
    expect(quartileBesideFigures("upper-middle", { own: 62, median: 60, topQuartile: 40, lowerIsBetter: true })).toBe("lower-middle");
  });
});
