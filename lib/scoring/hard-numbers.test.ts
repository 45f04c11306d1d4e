import { describe, expect, it } from "vitest";
import { fromBasis, toBasis } from "./currency";
import { compareHardNumbers, type HardNumbersPeers } from "./hard-numbers";
import { analyseSales, salesNumbers } from "./sales-numbers";

const answers = {
  "b.numbers.won-count": 12,
  "b.numbers.won-value": 1_200_000,
  "b.numbers.lost-count": 88,
  "b.numbers.lost-value": 9_000_000,
  "b.numbers.cycle-days": 120,
  "b.numbers.currency": "gbp",
};

const peers: HardNumbersPeers = {
  unitWinRate: { peers: 40, median: 0.327, topQuartile: 0.41, percentile: 5, quartile: "bottom" },
  averageDeal: { peers: 40, median: 100_000, topQuartile: 200_000, percentile: 60 },
  cycleDays: { peers: 40, median: 130, topQuartile: 60, percentile: 30, quartile: "upper-middle" },
  quotaAttainment: { peers: 40, median: 95, topQuartile: 110, percentile: null },
  valueWinRate: null,
};

describe("compareHardNumbers", () => {
  const sales = analyseSales(salesNumbers(answers));

  it("puts each figure beside its peers in the participant's own units and currency", () => {
    const byMetric = Object.fromEntries(compareHardNumbers(sales, peers).map((row) => [row.metric, row]));
    expect(byMetric.unitWinRate).toEqual({ metric: "unitWinRate", own: 0.12, median: 0.327, topQuartile: 0.41, percentile: 5, peers: 40, quartile: "bottom" });
    // Dollars into pounds at the table's rate; the quarter from the percentile where the snapshot has none.
    expect(byMetric.averageDeal).toMatchObject({ own: 100_000, median: 77_000, topQuartile: 154_000, quartile: "upper-middle" });
    // The snapshot's quarter counts peers level with the participant, so it can differ from the percentile's.
    expect(byMetric.cycleDays).toMatchObject({ own: 120, percentile: 30, quartile: "upper-middle" });
    // …but never one the printed median contradicts: 120 days beside a median of 90 is the weaker half.
    const slower = compareHardNumbers(sales, { ...peers, cycleDays: { ...peers.cycleDays!, median: 90 } });
    expect(slower.find((row) => row.metric === "cycleDays")).toMatchObject({ own: 120, median: 90, quartile: "lower-middle" });
    // Peers but no figure of their own: medians without a standing.
    expect(byMetric.quotaAttainment).toMatchObject({ own: null, median: 95, percentile: null, quartile: null });
    expect(byMetric.valueWinRate).toMatchObject({ median: null, peers: 0, quartile: null });
    expect(byMetric.sellersAtQuota).toMatchObject({ median: null, peers: 0 });
  });

  it("compares no money when the participant's currency cannot be converted", () => {
    const other = analyseSales(salesNumbers({ ...answers, "b.numbers.currency": "other" }));
    const deal = compareHardNumbers(other, peers).find((row) => row.metric === "averageDeal")!;
    expect(deal).toEqual({ metric: "averageDeal", own: 100_000, median: null, topQuartile: null, percentile: null, peers: 0, quartile: null });
  });

  it("has nothing to compare without a snapshot", () => {
    expect(compareHardNumbers(sales, undefined).every((row) => row.median === null && row.peers === 0)).toBe(true);
  });
});

describe("the currency table", () => {
  it("converts to and from US dollars, and refuses what it does not hold", () => {
    expect(toBasis(150_000, "jpy")).toBe(1_000);
    expect(fromBasis(1_000, "JPY")).toBe(150_000);
    expect(toBasis(90, "eur")).toBe(100);
    expect(toBasis(100, "other")).toBeNull();
    expect(fromBasis(100, null)).toBeNull();
  });
});
