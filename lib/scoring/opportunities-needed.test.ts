import { describe, expect, it } from "vitest";
import { opportunitiesNeeded } from "./opportunities-needed";

const ok = (value: number) => ({ status: "ok", value });

describe("opportunities next quarter's target needs", () => {
  it.each([
    // target, average won deal, unit win rate, yearly new opportunities ⇒ deals, opportunities, per quarter, verdict
    ["the methodology example, well covered", 1_000_000, 50_000, 0.25, 600, 20, 80, 150, { level: "well-covered", shortfall: 0, surplus: 70 }],
    ["the same team creating fewer", 1_000_000, 50_000, 0.25, 280, 20, 80, 70, { level: "short", shortfall: 10, surplus: 0 }],
    // 20,000,000 ÷ 100,000 = 200 wins; 200 ÷ 0.55 = 363.6 ⇒ 364 opportunities; 1,200 ÷ 4 = 300 a quarter.
    ["the issue's strong company", 20_000_000, 100_000, 0.55, 1_200, 200, 364, 300, { level: "short", shortfall: 64, surplus: 0 }],
    // 1,000,000 ÷ 30,000 = 33.3 ⇒ 34 wins; 33.3 ÷ 0.4 = 83.3 ⇒ 84 opportunities (from the unrounded wins); 338 ÷ 4 = 84.5 ⇒ 85.
    ["rounding: needed up, created to the nearest", 1_000_000, 30_000, 0.4, 338, 34, 84, 85, { level: "enough", shortfall: 0, surplus: 1 }],
  ])("%s", (_, target, averageDealValue, winRate, yearlyOpportunities, deals, opportunities, perQuarter, verdict) => {
    const result = opportunitiesNeeded({ target, averageDealValue, winRate, yearlyOpportunities });
    expect(result.dealsNeeded).toEqual(ok(deals));
    expect(result.opportunitiesNeeded).toEqual(ok(opportunities));
    expect(result.opportunitiesPerQuarter).toEqual(ok(perQuarter));
    expect(result.verdict).toMatchObject({ status: "ok", ...verdict });
  });

  it("works out what the target needs even when the yearly opportunity count was left out", () => {
    const result = opportunitiesNeeded({ target: 1_000_000, averageDealValue: 50_000, winRate: 0.25, yearlyOpportunities: null });
    expect(result.opportunitiesNeeded).toEqual(ok(80));
    expect(result.opportunitiesPerQuarter).toEqual({ status: "not-enough-data", missing: ["opportunities"] });
    expect(result.verdict).toEqual({ status: "not-enough-data", missing: ["opportunities"] });
  });

  it("names the missing figure: no wins, a zero win rate, no target", () => {
    expect(opportunitiesNeeded({ target: 1, averageDealValue: null, winRate: 0.5, yearlyOpportunities: 4 }).opportunitiesNeeded).toEqual({
      status: "not-enough-data",
      missing: ["averageDealValue"],
    });
    expect(opportunitiesNeeded({ target: 1, averageDealValue: 1, winRate: 0, yearlyOpportunities: 4 }).verdict).toEqual({
      status: "not-enough-data",
      missing: ["winRate"],
    });
    expect(opportunitiesNeeded({ target: 0, averageDealValue: 1, winRate: 1, yearlyOpportunities: 4 }).dealsNeeded).toEqual({
      status: "not-enough-data",
      missing: ["target"],
    });
  });
});
