import { describe, expect, it } from "vitest";
import {
  TEN_PERCENT_BETTER,
  opportunitiesInFlight,
  salesVelocity,
  velocityChangePercent,
  velocityMultiplier,
  velocityWhatIf,
} from "./sales-velocity";

const TEAM = { opportunities: 120, averageDealValue: 50_000, winRate: 0.25, cycleDays: 90 };

describe("sales velocity", () => {
  it("is yearly opportunities × average deal value × win rate ÷ 365", () => {
    const velocity = salesVelocity(TEAM);
    expect(velocity).toEqual({ status: "ok", value: (120 * 50_000 * 0.25) / 365 });
    expect(velocity.status === "ok" && Math.round(velocity.value)).toBe(4_110);
  });

  it("equals opportunities in flight × deal × win rate ÷ cycle (Little's law), whatever the cycle", () => {
    for (const cycleDays of [1, 45, 90, 400]) {
      const inFlight = opportunitiesInFlight({ ...TEAM, cycleDays });
      const velocity = salesVelocity({ ...TEAM, cycleDays });
      if (inFlight.status !== "ok" || velocity.status !== "ok") throw new Error("expected figures");
      expect(inFlight.value).toBeCloseTo((120 * cycleDays) / 365, 12);
      expect(velocity.value).toBeCloseTo((inFlight.value * 50_000 * 0.25) / cycleDays, 9);
    }
  });

  it("gives the issue's strong team about $180,822 a day, not $1,466,667", () => {
    const velocity = salesVelocity({ opportunities: 1_200, averageDealValue: 100_000, winRate: 0.55, cycleDays: 45 });
    expect(velocity.status === "ok" && Math.round(velocity.value)).toBe(180_822);
  });

  it("gives +48% for 10% more on number, value and win rate and a 10% shorter cycle (1.1³ ÷ 0.9)", () => {
    const multiplier = velocityMultiplier(TEN_PERCENT_BETTER);
    if (multiplier.status !== "ok") throw new Error("expected a multiplier");
    expect(Math.abs(multiplier.value - 1.1 ** 3 / 0.9)).toBeLessThan(1e-9);
    const change = velocityChangePercent(TEN_PERCENT_BETTER);
    expect(change.status === "ok" && Math.round(change.value)).toBe(48);
  });

  it.each<[string, Parameters<typeof velocityMultiplier>[0], number]>([
    ["no change", {}, 1],
    ["20% more opportunities only", { number: 20 }, 1.2],
    ["a cycle 20% shorter only", { salesCycle: -20 }, 1.25],
    ["a cycle 25% longer only", { salesCycle: 25 }, 0.8],
    ["10% lower win rate and 10% bigger deals", { winRate: -10, value: 10 }, 0.99],
  ])("what-if with %s multiplies velocity by %s", (_, changes, expected) => {
    const multiplier = velocityMultiplier(changes);
    expect(multiplier.status === "ok" && multiplier.value).toBeCloseTo(expected, 12);
  });

  it("applies the what-if to the participant's own figures", () => {
    const whatIf = velocityWhatIf(TEAM, TEN_PERCENT_BETTER);
    if (whatIf.status !== "ok") throw new Error("expected a what-if");
    expect(whatIf.before).toBeCloseTo((120 * 50_000 * 0.25) / 365, 6);
    // Ten percent more of each factor with the same opportunities in flight over a 10% shorter cycle.
    expect(whatIf.after).toBeCloseTo(((120 * 90) / 365 * 1.1 * 55_000 * 0.275) / 81, 6);
    expect(Math.round(whatIf.changePercent)).toBe(48);
  });

  it.each<[string, object, string[]]>([
    ["no figures at all", {}, ["opportunities", "averageDealValue", "winRate"]],
    ["a missing win rate", { ...TEAM, winRate: null }, ["winRate"]],
    ["a negative deal value", { ...TEAM, averageDealValue: -5 }, ["averageDealValue"]],
    ["an infinite opportunity count", { ...TEAM, opportunities: Number.POSITIVE_INFINITY }, ["opportunities"]],
  ])("%s ⇒ not enough data", (_, inputs, missing) => {
    expect(salesVelocity(inputs)).toEqual({ status: "not-enough-data", missing });
  });

  it("needs a usable cycle only for the opportunities in flight", () => {
    expect(salesVelocity({ ...TEAM, cycleDays: null }).status).toBe("ok");
    expect(opportunitiesInFlight({ ...TEAM, cycleDays: null })).toEqual({ status: "not-enough-data", missing: ["cycleDays"] });
  });

  it("refuses a change that takes a factor to zero or below", () => {
    expect(velocityMultiplier({ salesCycle: -100 })).toEqual({ status: "not-enough-data", missing: ["change.salesCycle"] });
    expect(velocityMultiplier({ value: -150 })).toEqual({ status: "not-enough-data", missing: ["change.value"] });
    expect(velocityWhatIf(TEAM, { number: Number.NaN }).status).toBe("not-enough-data");
  });
});
