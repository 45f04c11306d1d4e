import { describe, expect, it } from "vitest";
import { analysePipeline, conversionRate, pipelineValueFactor, stageCoverage } from "./pipeline";

describe("pipeline conversion, Pipeline Value Factor and coverage", () => {
  it("converts from a stage as deals won that reached it ÷ deals that reached it", () => {
    expect(conversionRate(30, 120)).toEqual({ status: "ok", value: 0.25 });
    expect(conversionRate(0, 0)).toEqual({ status: "not-enough-data", missing: ["reached"] });
  });

  it.each([
    [0.25, 4],
    [0.5, 2],
    [0.1, 10],
    [1, 1],
  ])("conversion %s ⇒ PVF %s", (conversion, pvf) => {
    expect(pipelineValueFactor(conversion)).toEqual({ status: "ok", value: pvf });
  });

  it("has no PVF for a stage that has never converted", () => {
    expect(pipelineValueFactor(0)).toEqual({ status: "not-enough-data", missing: ["conversion"] });
  });

  it.each([
    ["half the needed value", 1_000_000, 500_000, 4, 0.5],
    ["exactly covered", 2_000_000, 500_000, 4, 1],
    ["three-quarters", 1_500_000, 500_000, 4, 0.75],
    ["over-covered", 3_000_000, 1_000_000, 2, 1.5],
  ])("coverage %s: value %i ÷ (target %i × PVF %i) = %s", (_, value, target, pvf, coverage) => {
    expect(stageCoverage(value, target, pvf)).toEqual({ status: "ok", value: coverage });
  });

  it("analyses a Part E answer stage by stage", () => {
    const analysis = analysePipeline({
      target: 500_000,
      stages: [
        { name: "Qualified", count: 40, value: 1_500_000, conversionPct: 25 },
        { name: "Proposal", count: 12, value: 600_000, conversionPct: 50 },
        { name: "Lead", count: 80, value: 2_000_000, conversionPct: 0 },
      ],
    });
    expect(analysis.target).toBe(500_000);
    const [qualified, proposal, lead] = analysis.stages;
    expect(qualified).toMatchObject({
      conversion: { status: "ok", value: 0.25 },
      pipelineValueFactor: { status: "ok", value: 4 },
      requiredValue: { status: "ok", value: 2_000_000 },
      coverage: { status: "ok", value: 0.75 },
    });
    expect(proposal?.coverage).toEqual({ status: "ok", value: 0.6 });
    expect(lead?.pipelineValueFactor.status).toBe("not-enough-data");
    expect(lead?.coverage.status).toBe("not-enough-data");
  });

  it("reports every stage's coverage as not enough data without a target", () => {
    const analysis = analysePipeline({ target: 0, stages: [{ name: "Qualified", count: 4, value: 100, conversionPct: 20 }] });
    expect(analysis.target).toBeNull();
    expect(analysis.stages[0]?.coverage).toEqual({ status: "not-enough-data", missing: ["target"] });
    expect(analysis.stages[0]?.requiredValue).toEqual({ status: "not-enough-data", missing: ["target"] });
  });
});
