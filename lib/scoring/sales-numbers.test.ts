import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PART_B_IDS, PIPELINE_QUESTION_ID } from "@/lib/instrument";
import { validAnswersArbitrary } from "@/tests/support/answer-arbitraries";
import { opportunitiesNeeded } from "./opportunities-needed";
import { analysePipeline, stageCoverage, weightedValue } from "./pipeline";
import { coverageVerdict } from "./pipeline-verdict";
import { analyseSales, salesNumbers } from "./sales-numbers";
import { salesVelocity, velocityMultiplier, velocityWhatIf } from "./sales-velocity";
import { winRates } from "./win-rate";

/** Every number anywhere in a result, so one check covers nested figures. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constant(null),
  fc.constant(undefined),
);

describe("salesNumbers and analyseSales", () => {
  it("reads Part B by name and derives the reference figures", () => {
    const answers = {
      [PART_B_IDS.newOpportunities]: 120,
      [PART_B_IDS.wonCount]: 2,
      [PART_B_IDS.wonValue]: 30_000,
      [PART_B_IDS.lostCount]: 1,
      [PART_B_IDS.lostValue]: 30_000,
      [PART_B_IDS.openCount]: 1,
      [PART_B_IDS.openValue]: 40_000,
      [PART_B_IDS.cycleDays]: 60,
      [PART_B_IDS.currency]: "usd",
    };
    const analysis = analyseSales(salesNumbers(answers));
    expect(analysis.numbers).toMatchObject({ opportunities: 120, currency: "usd", pipeline: null, quotaAttainmentPct: null });
    expect(analysis.averageDealValue).toEqual({ status: "ok", value: 15_000 });
    expect(analysis.winRates.value).toEqual({ status: "ok", value: 0.5 });
    expect(analysis.winRates.open).toEqual({ count: 1, value: 40_000 });
    expect(analysis.velocity).toEqual({ status: "ok", value: (120 * 15_000 * (2 / 3)) / 365 });
    expect(analysis.velocityPerYear).toEqual({ status: "ok", value: 120 * 15_000 * (2 / 3) });
    expect(analysis.opportunitiesInFlight).toEqual({ status: "ok", value: (120 * 60) / 365 });
    // 120 new opportunities against 3 decided deals: the implied revenue is 40× the $30,000 won.
    expect(analysis.consistency).toEqual({ verdict: "implied-above-won", ratio: 40 });
    expect(analysis.tenPercentBetter.status === "ok" && Math.round(analysis.tenPercentBetter.changePercent)).toBe(48);
  });

  it("names what is missing when Part B was skipped", () => {
    const analysis = analyseSales(salesNumbers({}));
    expect(analysis.velocity).toEqual({
      status: "not-enough-data",
      missing: ["opportunities", "averageDealValue", "winRate"],
    });
    expect(analysis.consistency).toBeNull();
    expect(analysis.averageDealValue).toEqual({ status: "not-enough-data", missing: ["wonValue", "wonCount"] });
    expect(analysis.pipeline).toBeNull();
  });

  it.each<[string, number, string]>([
    ["new opportunities twice the deals decided", 200, "agrees"],
    ["a little more than twice", 201, "implied-above-won"],
    ["half the deals decided", 50, "agrees"],
    ["a little under half", 49, "implied-below-won"],
  ])("calls the yearly figure against the value won: %s", (_, opportunities, verdict) => {
    // 100 decided deals (60 won at $10,000, 40 lost), so velocity × 365 ÷ won value = opportunities ÷ 100.
    const analysis = analyseSales(
      salesNumbers({
        [PART_B_IDS.newOpportunities]: opportunities,
        [PART_B_IDS.wonCount]: 60,
        [PART_B_IDS.wonValue]: 600_000,
        [PART_B_IDS.lostCount]: 40,
        [PART_B_IDS.lostValue]: 500_000,
      }),
    );
    expect(analysis.consistency?.verdict).toBe(verdict);
    expect(analysis.consistency?.ratio).toBeCloseTo(opportunities / 100, 12);
  });

  it("analyses the Part E pipeline when it was answered", () => {
    const pipeline = { target: 100, stages: [{ name: "A", count: 1, value: 100, conversionPct: 50 }] };
    const analysis = analyseSales(salesNumbers({ [PIPELINE_QUESTION_ID]: pipeline }));
    expect(analysis.pipeline?.stages[0]?.coverage).toEqual({ status: "ok", value: 0.5 });
  });

  it("never produces NaN or Infinity for any valid response", () => {
    fc.assert(
      fc.property(validAnswersArbitrary(), (answers) => {
        for (const n of numbersIn(analyseSales(salesNumbers(answers)))) expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never produces NaN or Infinity for any numeric inputs at all, zeros and extremes included", () => {
    const deals = fc.record({
      wonCount: anyNumber,
      wonValue: anyNumber,
      lostCount: anyNumber,
      lostValue: anyNumber,
      openCount: anyNumber,
      openValue: anyNumber,
    });
    const velocity = fc.record({ opportunities: anyNumber, averageDealValue: anyNumber, winRate: anyNumber, cycleDays: anyNumber });
    const changes = fc.record({ number: anyNumber, value: anyNumber, winRate: anyNumber, salesCycle: anyNumber });
    const stage = fc.record({ name: fc.constant("S"), count: anyNumber, value: anyNumber, conversionPct: anyNumber });
    const pipeline = fc.record({ target: anyNumber, stages: fc.array(stage, { maxLength: 4 }) });
    fc.assert(
      fc.property(deals, velocity, changes, pipeline, anyNumber, (d, v, c, p, x) => {
        const demand = { target: p.target, averageDealValue: v.averageDealValue, winRate: v.winRate, yearlyOpportunities: v.opportunities };
        const noUndefined = Object.fromEntries(Object.entries(c).filter(([, n]) => typeof n === "number"));
        const results = [
          winRates(d),
          salesVelocity(v),
          velocityMultiplier(noUndefined),
          velocityWhatIf(v, noUndefined),
          analysePipeline(p),
          weightedValue(p.stages),
          coverageVerdict(x, p.target, ["held", "needed"]),
          opportunitiesNeeded(demand),
          stageCoverage(x, p.target, v.cycleDays),
          analyseSales(salesNumbers({ [PART_B_IDS.wonCount]: d.wonCount, [PART_B_IDS.cycleDays]: x })),
        ];
        for (const n of numbersIn(results)) expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
