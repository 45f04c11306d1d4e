import { describe, expect, it } from "vitest";
import { tallyDeals, winRate, winRates, type Deal } from "./win-rate";

const A: Deal = { value: 20_000, outcome: "won" };
const B: Deal = { value: 10_000, outcome: "won" };

describe("win rates (reference scenarios)", () => {
  it.each<[string, Deal[], number, number, { count: number; value: number }]>([
    ["scenario 1: A, B won; C, D lost", [A, B, { value: 40_000, outcome: "lost" }, { value: 30_000, outcome: "lost" }], 50, 30, { count: 0, value: 0 }],
    ["scenario 2: C still open", [A, B, { value: 40_000, outcome: "open" }, { value: 30_000, outcome: "lost" }], 66.7, 50, { count: 1, value: 40_000 }],
  ])("%s ⇒ unit %s%%, value %s%%", (_, deals, unitPct, valuePct, open) => {
    const rates = winRates(tallyDeals(deals));
    if (rates.unit.status !== "ok" || rates.value.status !== "ok") throw new Error("expected both rates");
    expect((rates.unit.value * 100).toFixed(1)).toBe(unitPct.toFixed(1));
    expect(rates.value.value * 100).toBeCloseTo(valuePct, 9);
    expect(rates.open).toEqual(open);
  });

  it("keeps open deals out of both rates and reports them beside the rates", () => {
    const rates = winRates({ wonCount: 2, lostCount: 1, openCount: 1, wonValue: 30_000, lostValue: 30_000, openValue: 40_000 });
    expect(rates.unit).toEqual({ status: "ok", value: 2 / 3 });
    expect(rates.open).toEqual({ count: 1, value: 40_000 });
  });

  it.each<[string, number | null, number | null, string[]]>([
    ["no closed deals", 0, 0, ["won + lost"]],
    ["wins not given", null, 3, ["won"]],
    ["losses not given", 4, undefined as unknown as null, ["lost"]],
    ["both missing", null, null, ["won", "lost"]],
    ["a negative count", -1, 3, ["won"]],
    ["not a number", Number.NaN, 3, ["won"]],
  ])("%s ⇒ not enough data, naming %j", (_, won, lost, missing) => {
    expect(winRate(won, lost, ["won", "lost"])).toEqual({ status: "not-enough-data", missing });
  });

  it("is 100% with wins and no losses, 0% with losses and no wins", () => {
    expect(winRate(5, 0, ["won", "lost"])).toEqual({ status: "ok", value: 1 });
    expect(winRate(0, 5, ["won", "lost"])).toEqual({ status: "ok", value: 0 });
  });
});
