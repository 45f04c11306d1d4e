// The money-at-stake arithmetic against amounts worked out by hand (docs/methodology.md §8 has the first example).
import { describe, expect, it } from "vitest";
import type { HardNumber, HardNumberComparison } from "@/lib/scoring";
import { leverGaps, splitStakes, type LeverGap, type StakeInputs } from "./action-stakes";

const compared = (figures: Partial<Record<HardNumber, [number | null, number | null]>>): HardNumberComparison[] =>
  Object.entries(figures).map(([metric, [own, median]]) => ({
    metric: metric as HardNumber,
    own,
    median,
    topQuartile: null,
    percentile: null,
    peers: median === null ? 0 : 100,
    quartile: null,
  }));

// 500 opportunities × $25,000 × 12% = $1,500,000 a year.
const weak: StakeInputs = {
  velocityPerYear: 1_500_000,
  hardNumbers: compared({ unitWinRate: [0.12, 0.327], averageDeal: [25_000, 45_000], cycleDays: [90, 60] }),
  numberIndex: 0,
  numberMedian: 58,
};

const byLever = (gaps: LeverGap[]) => Object.fromEntries(gaps.map((gap) => [gap.lever, gap]));

describe("leverGaps", () => {
  it.each([
    // lever, shortfall fraction, amount a year: worked by hand
    ["winRate", 0.327 / 0.12 - 1, 500 * 25_000 * (0.327 - 0.12)], // 1.725 × V = $2,587,500: 103.5 more wins of $25,000
    ["value", 45_000 / 25_000 - 1, 500 * 0.12 * (45_000 - 25_000)], // 0.8 × V = $1,200,000: 60 wins, $20,000 more each
    ["salesCycle", 90 / 60 - 1, 750_000], // 0.5 × V: the same deals in flight close 1.5× as often at 60 days
    ["number", 0.1, 150_000], // Number Index 0 below a median of 58: the 10% step
  ] as const)("prices the %s gap to the peer median", (lever, gap, amount) => {
    const result = byLever(leverGaps(weak))[lever]!;
    expect(result.status).toBe("priced");
    if (result.status !== "priced") return;
    expect(result.gap).toBeCloseTo(gap, 12);
    expect(result.amount).toBeCloseTo(amount, 6);
    expect(result.leadAmount).toBe(0);
  });

  it.each([
    ["winRate", { unitWinRate: [0.55, 0.327] }, 1 - 0.327 / 0.55],
    ["value", { averageDeal: [150_000, 45_000] }, 0.7],
    ["salesCycle", { cycleDays: [45, 60] }, 0.25],
  ] as const)("gives %s nothing at stake above the median, and a lead: what falling back to it costs", (lever, figures, lead) => {
    const result = byLever(leverGaps({ ...weak, hardNumbers: compared(figures as Partial<Record<HardNumber, [number, number]>>) }))[lever]!;
    expect(result).toMatchObject({ status: "priced", gap: 0, amount: 0 });
    if (result.status === "priced") expect(result.leadAmount).toBeCloseTo(1_500_000 * lead, 6);
  });

  it("has nothing at stake and no lead exactly at the median", () => {
    const gaps = leverGaps({ ...weak, hardNumbers: compared({ unitWinRate: [0.3, 0.3], averageDeal: [45_000, 45_000], cycleDays: [60, 60] }), numberIndex: 58 });
    for (const gap of gaps) expect(gap).toMatchObject({ status: "priced", amount: 0, leadAmount: 0 });
  });

  it.each([
    ["no yearly revenue", { velocityPerYear: null }, { winRate: "sales-numbers", salesCycle: "sales-numbers", value: "sales-numbers", number: "sales-numbers" }],
    ["a yearly revenue of zero", { velocityPerYear: 0 }, { winRate: "sales-numbers", number: "sales-numbers" }],
    ["no own cycle", { hardNumbers: compared({ unitWinRate: [0.12, 0.327], averageDeal: [25_000, 45_000], cycleDays: [null, 60] }) }, { salesCycle: "own-figure" }],
    ["no peer deal size (a currency with no rate)", { hardNumbers: compared({ unitWinRate: [0.12, 0.327], averageDeal: [25_000, null], cycleDays: [90, 60] }) }, { value: "peer-figure" }],
    ["no Number Index", { numberIndex: null }, { number: "own-figure" }],
    [
      "no peer hard numbers at all (a snapshot from before they existed)",
      { hardNumbers: compared({ unitWinRate: [0.12, null], averageDeal: [25_000, null], cycleDays: [90, null] }) },
      { winRate: "peer-figure", value: "peer-figure", salesCycle: "peer-figure", number: "nothing-measured" },
    ],
  ] as const)("leaves a lever unpriced, with the reason, given %s", (_, change, reasons) => {
    const gaps = byLever(leverGaps({ ...weak, ...change }));
    for (const [lever, reason] of Object.entries(reasons)) expect(gaps[lever]).toEqual({ lever, status: "unpriced", reason });
  });
});

describe("splitStakes", () => {
  const gaps = leverGaps(weak);
  const win = 500 * 25_000 * (0.327 - 0.12);

  it("shares a lever's amount by weight × (1 − value), so the parts add up to it", () => {
    // Qualification (win rate 3, cycle 1) strongly disagreed; close ratio (win rate 2) "Not sure" (0.4).
    const [qualification, closeRatio] = splitStakes(gaps, [{ winRate: 3, salesCycle: 1 }, { winRate: 2 * 0.6 }], "shortfall");
    expect(qualification!.fractions.winRate).toBeCloseTo(3 / 4.2, 12);
    expect(qualification!.byLever.winRate! + closeRatio!.byLever.winRate!).toBeCloseTo(win, 6);
    // The only problem on the cycle lever carries all of it.
    expect(qualification!.byLever.salesCycle).toBeCloseTo(750_000, 6);
    expect(qualification!.amount).toBeCloseTo(win * (3 / 4.2) + 750_000, 6);
    expect(closeRatio!.amount).toBeCloseTo(win * (1.2 / 4.2), 6);
  });

  it("names the levers it could not price and gives no amount when none is priced", () => {
    const partial = leverGaps({ ...weak, hardNumbers: compared({ unitWinRate: [0.12, 0.327], averageDeal: [25_000, 45_000], cycleDays: [90, null] }) });
    const [both, cycleOnly] = splitStakes(partial, [{ winRate: 1, salesCycle: 1 }, { salesCycle: 2 }], "shortfall");
    expect(both).toMatchObject({ amount: win, unpriced: [{ lever: "salesCycle", reason: "peer-figure" }] });
    expect(cycleOnly).toMatchObject({ amount: null, byLever: {}, unpriced: [{ lever: "salesCycle", reason: "peer-figure" }] });
  });

  it("shares a lead among strengths the same way", () => {
    const strong = leverGaps({ ...weak, hardNumbers: compared({ averageDeal: [150_000, 45_000] }) });
    const [articulate, pricing] = splitStakes(strong, [{ value: 3 }, { value: 2 }], "lead");
    expect(articulate!.amount).toBeCloseTo(1_500_000 * 0.7 * 0.6, 6);
    expect(pricing!.amount).toBeCloseTo(1_500_000 * 0.7 * 0.4, 6);
    expect(splitStakes(strong, [{ value: 3 }], "shortfall")[0]!.amount).toBe(0);
  });
});
