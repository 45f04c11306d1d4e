import { describe, expect, it } from "vitest";
import { analysePipeline, conversionRate, pipelineValueFactor, stageCoverage, weightedValue } from "./pipeline";

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

  // The worked example of docs/methodology.md §6: next quarter's target $1,000,000.
  const example = analysePipeline({
    target: 1_000_000,
    stages: [
      { name: "Qualified", count: 60, value: 3_000_000, conversionPct: 20 },
      { name: "Proposal", count: 30, value: 2_400_000, conversionPct: 50 },
      { name: "Negotiation", count: 25, value: 2_000_000, conversionPct: 80 },
    ],
  });

  it.each([
    // stage, PVF, required = target × PVF, verdict on value ÷ required
    ["Qualified", 5, 5_000_000, { level: "short", ratio: 0.6, shortfall: 2_000_000 }],
    ["Proposal", 2, 2_000_000, { level: "enough", ratio: 1.2, surplus: 400_000 }],
    ["Negotiation", 1.25, 1_250_000, { level: "well-covered", ratio: 1.6, surplus: 750_000 }],
  ])("judges %s against target × PVF", (name, pvf, required, verdict) => {
    const stage = example.stages.find((s) => s.name === name)!;
    expect(stage.pipelineValueFactor).toEqual({ status: "ok", value: pvf });
    expect(stage.requiredValue).toEqual({ status: "ok", value: required });
    expect(stage.verdict).toMatchObject({ status: "ok", ...verdict });
  });

  it("weighs the whole pipeline: Σ value × conversion against the target", () => {
    // 3,000,000 × 0.2 + 2,400,000 × 0.5 + 2,000,000 × 0.8 = 600,000 + 1,200,000 + 1,600,000.
    expect(example.weightedValue).toEqual({ status: "ok", value: 3_400_000 });
    expect(example.overall).toMatchObject({ status: "ok", level: "well-covered", ratio: 3.4, surplus: 2_400_000 });
  });

  it("says by how much a thin pipeline is short overall", () => {
    const thin = analysePipeline({ target: 1_000_000, stages: [{ name: "A", count: 10, value: 500_000, conversionPct: 40 }, { name: "B", count: 5, value: 500_000, conversionPct: 60 }] });
    expect(thin.weightedValue).toEqual({ status: "ok", value: 500_000 });
    expect(thin.overall).toMatchObject({ level: "short", shortfall: 500_000 });
  });

  it("counts a stage that never converts as adding nothing, and has no weighted pipeline when a stage lacks a figure", () => {
    expect(weightedValue([{ name: "A", value: 100, conversionPct: 0 }, { name: "B", value: 100, conversionPct: 50 }])).toEqual({ status: "ok", value: 50 });
    expect(weightedValue([{ name: "A", value: null, conversionPct: 10 }])).toEqual({ status: "not-enough-data", missing: ["value"] });
    expect(weightedValue([])).toEqual({ status: "not-enough-data", missing: ["stages"] });
  });

  it("gives no verdict without a target", () => {
    const analysis = analysePipeline({ target: null, stages: [{ name: "A", count: 1, value: 100, conversionPct: 50 }] });
    expect(analysis.overall).toEqual({ status: "not-enough-data", missing: ["target"] });
    expect(analysis.stages[0]?.verdict).toEqual({ status: "not-enough-data", missing: ["target"] });
  });
});
