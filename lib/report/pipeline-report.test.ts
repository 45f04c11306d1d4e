// The pipeline section as a reader sees it: a strong company whose pipeline covers next quarter is told so, a
// weak one is told by how much it is short, and no generated response gets a sentence with a gap or a figure twice.
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PART_B_IDS, PIPELINE_QUESTION_ID } from "@/lib/instrument";
import { validAnswersArbitrary } from "@/tests/support/answer-arbitraries";
import { analyseSales, salesNumbers } from "@/lib/scoring";
import { PipelineReportSchema, ReportDocumentSchema } from "./document";
import { PIPELINE_NARRATIVE, PIPELINE_PLACEHOLDERS, pipelineTemplates } from "./pipeline-narrative";
import { pipelineReport } from "./pipeline-report";

const reportOf = (answers: Record<string, unknown>) => pipelineReport(analyseSales(salesNumbers(answers)))!;
const text = (report: ReturnType<typeof reportOf>) => report.paragraphs.map((p) => p.text).join(" ");

// 1,200 new opportunities a year, $33M won in 330 deals ($100,000 each), 270 lost (55%), a 45-day cycle.
const strong = {
  [PART_B_IDS.newOpportunities]: 1_200,
  [PART_B_IDS.wonCount]: 330,
  [PART_B_IDS.wonValue]: 33_000_000,
  [PART_B_IDS.lostCount]: 270,
  [PART_B_IDS.lostValue]: 30_000_000,
  [PART_B_IDS.cycleDays]: 45,
  [PART_B_IDS.currency]: "usd",
  [PIPELINE_QUESTION_ID]: {
    target: 8_000_000,
    stages: [
      { name: "Qualified", count: 300, value: 30_000_000, conversionPct: 30 },
      { name: "Proposal", count: 200, value: 20_000_000, conversionPct: 55 },
      { name: "Negotiation", count: 140, value: 14_000_000, conversionPct: 80 },
    ],
  },
};

// 2,000 new opportunities a year, $2M won in 40 deals ($50,000 each), 290 lost (12.1%), a 150-day cycle.
const weak = {
  [PART_B_IDS.newOpportunities]: 2_000,
  [PART_B_IDS.wonCount]: 40,
  [PART_B_IDS.wonValue]: 2_000_000,
  [PART_B_IDS.lostCount]: 290,
  [PART_B_IDS.lostValue]: 16_000_000,
  [PART_B_IDS.cycleDays]: 150,
  [PART_B_IDS.currency]: "usd",
  [PIPELINE_QUESTION_ID]: {
    target: 3_000_000,
    stages: [
      { name: "Lead", count: 80, value: 4_000_000, conversionPct: 5 },
      { name: "Qualified", count: 40, value: 2_000_000, conversionPct: 15 },
      { name: "Proposal", count: 20, value: 1_000_000, conversionPct: 40 },
      { name: "Referral", count: 3, value: 100_000, conversionPct: 0 },
    ],
  },
};

describe("a strong company whose pipeline covers next quarter", () => {
  const report = reportOf(strong);

  it("weighs the pipeline and says it covers the quarter", () => {
    // 30M × 0.3 + 20M × 0.55 + 14M × 0.8 = 9M + 11M + 11.2M = 31.2M, 3.9 × the $8M target.
    expect(report).toMatchObject({ period: "next-quarter", target: 8_000_000, weightedValue: 31_200_000 });
    expect(report.verdict).toEqual({ level: "well-covered", text: "Well covered" });
    expect(text(report)).toContain("worth about $31,200,000. That is 3.9 times next quarter's target: well covered.");
  });

  it("gives each stage its verdict against target × PVF", () => {
    // Qualified needs 8M ÷ 0.3 = 26.7M (holds 112%), Proposal 14.5M (137%), Negotiation 10M (140%).
    expect(report.stages.map((stage) => stage.verdict?.text)).toEqual(["Enough", "Enough", "Enough"]);
    expect(text(report)).toContain("Every stage holds at least what its Value Factor asks for");
  });

  it("works out the wins and opportunities the target takes, beside the quarter's pace", () => {
    // 8M ÷ 100,000 = 80 wins; 80 ÷ 0.55 = 145.5 ⇒ 146 opportunities; 1,200 ÷ 4 = 300 a quarter.
    expect(report.opportunities).toEqual({
      dealsNeeded: 80,
      opportunitiesNeeded: 146,
      opportunitiesPerQuarter: 300,
      verdict: { level: "well-covered", text: "Well covered" },
    });
    expect(text(report)).toContain("takes about 80 wins. At your unit win rate of 55%, that means about 146 new qualified opportunities");
    expect(text(report)).toContain("about 300 a quarter: comfortably more than the target needs.");
    expect(text(report)).not.toContain("sales cycle");
  });
});

describe("a weak company whose pipeline is short", () => {
  const report = reportOf(weak);

  it("says by how much the weighted pipeline is short, and that a long cycle pushes some of it past the quarter", () => {
    // 4M × 0.05 + 2M × 0.15 + 1M × 0.4 + 0.1M × 0 = 0.9M against a $3M target.
    expect(report.weightedValue).toBe(900_000);
    expect(report.verdict).toEqual({ level: "short", text: "Short by $2,100,000" });
    expect(text(report)).toContain("worth about $900,000. That leaves next quarter $2,100,000 short of its target");
    expect(text(report)).toContain("Your sales cycle of 150 days is longer than a quarter");
  });

  it("gives each stage its shortfall, and no verdict to a stage nothing has been won from", () => {
    // Lead needs 3M × 20 = 60M, Qualified 3M × 6.67 = 20M, Proposal 3M × 2.5 = 7.5M.
    expect(report.stages.map((stage) => stage.verdict?.text ?? null)).toEqual([
      "Short by $56,000,000",
      "Short by $18,000,000",
      "Short by $6,500,000",
      null,
    ]);
    expect(text(report)).toContain("No verdict for Referral");
    expect(text(report)).toContain("No stage holds what its Value Factor asks for");
  });

  it("does not call the opportunity flow short when the figures say it is enough", () => {
    // 3M ÷ 50,000 = 60 wins; 60 ÷ (40 ÷ 330) = 495 opportunities; 2,000 ÷ 4 = 500 a quarter.
    expect(report.opportunities).toMatchObject({ dealsNeeded: 60, opportunitiesNeeded: 495, opportunitiesPerQuarter: 500 });
    expect(text(report)).toContain("about 500 a quarter: enough, with 5 to spare.");
  });
});

describe("the pipeline section", () => {
  it("tells a pipeline that covers the quarter overall, but not stage by stage, what that means", () => {
    const answers = { ...strong, [PIPELINE_QUESTION_ID]: { target: 8_000_000, stages: [{ name: "Qualified", count: 9, value: 9_000_000, conversionPct: 30 }, { name: "Signed off", count: 9, value: 9_000_000, conversionPct: 95 }] } };
    const report = reportOf(answers);
    // 2.7M + 8.55M = 11.25M, 1.4 × the $8M target; Qualified holds 9M of the 26.7M it needs.
    expect(report.verdict).toEqual({ level: "enough", text: "Enough" });
    expect(text(report)).toContain("That is enough for next quarter's target, with $3,250,000 to spare.");
    expect(text(report)).toContain("Qualified holds less than its Value Factor asks for");
    expect(text(report)).toContain("Your pipeline as a whole covers next quarter. The stage test is stricter");
  });

  it("names the stages that hold enough when they are the fewer", () => {
    const stages = [
      { name: "Lead", count: 9, value: 1_000_000, conversionPct: 10 },
      { name: "Qualified", count: 9, value: 1_000_000, conversionPct: 30 },
      { name: "Proposal", count: 9, value: 1_000_000, conversionPct: 50 },
      { name: "Signed off", count: 9, value: 2_000_000, conversionPct: 90 },
    ];
    // Target $1,000,000: Lead needs 10M, Qualified 3.3M, Proposal 2M (all short); Signed off needs 1.1M and holds 2M.
    const report = reportOf({ ...strong, [PIPELINE_QUESTION_ID]: { target: 1_000_000, stages } });
    expect(report.stages.map((stage) => stage.verdict?.level)).toEqual(["short", "short", "short", "well-covered"]);
    expect(text(report)).toContain("Only Signed off holds what its Value Factor asks for; the table shows how far short the others are.");
  });

  it("leaves out the sums it cannot do: no win rate, no opportunities sentence", () => {
    const answers = { [PIPELINE_QUESTION_ID]: strong[PIPELINE_QUESTION_ID] };
    const report = reportOf(answers);
    expect(report.opportunities).toEqual({ dealsNeeded: null, opportunitiesNeeded: null, opportunitiesPerQuarter: null, verdict: null });
    expect(report.paragraphs.map((p) => p.key)).toEqual(["pipeline:explains", "pipeline:overall-well-covered", "pipeline:stages-all-enough"]);
  });

  const placeholders = (template: string) => [...template.matchAll(/\{([^{}]*)\}/g)].map(([, name]) => name!);

  it("uses only its own placeholders", () => {
    for (const template of pipelineTemplates()) {
      for (const name of placeholders(template)) expect(Object.keys(PIPELINE_PLACEHOLDERS)).toContain(name);
    }
  });

  it("names each figure once, whichever paragraphs a report gets", () => {
    const { overall, cycleLongerThanQuarter, stages, opportunities } = PIPELINE_NARRATIVE;
    const { needed, ...byLevel } = opportunities;
    // One paragraph of each group at most, so a figure is named once if no variant repeats one and no two groups share one.
    const groups = [
      Object.values(overall).map((template) => `${template} ${cycleLongerThanQuarter}`),
      [stages.allEnough, stages.restEnough, stages.oneShort, stages.manyShort, stages.oneEnough, stages.manyEnough, stages.noneEnough].map(
        (template) => `${stages.noFactor} ${template} ${stages.coveredButThin}`,
      ),
      Object.values(byLevel).map((template) => `${needed} ${template}`),
    ];
    const names = groups.map((variants) => {
      for (const variant of variants) expect(new Set(placeholders(variant)).size).toBe(placeholders(variant).length);
      return new Set(variants.flatMap(placeholders));
    });
    expect(names.reduce((sum, set) => sum + set.size, 0)).toBe(new Set(names.flatMap((set) => [...set])).size);
  });

  it("never prints a gap, for any valid response", () => {
    // Stage names are the participant's own text, which may hold anything; they are renamed so only our text is checked.
    const renamed = (answers: Record<string, unknown>) => {
      const pipeline = answers[PIPELINE_QUESTION_ID] as { stages: { name: string }[] } | undefined;
      if (!pipeline) return answers;
      return { ...answers, [PIPELINE_QUESTION_ID]: { ...pipeline, stages: pipeline.stages.map((stage, index) => ({ ...stage, name: `Stage ${index + 1}` })) } };
    };
    fc.assert(
      fc.property(validAnswersArbitrary(), (answers) => {
        const report = pipelineReport(analyseSales(salesNumbers(renamed(answers))));
        if (report === null) return;
        expect(PipelineReportSchema.safeParse(report).success).toBe(true);
        expect(text(report)).not.toMatch(/undefined|NaN|Infinity|\{|\}/);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a report stored before the target named its period, without verdicts", () => {
    const stored = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/report-2026.1.json"), "utf8")) as unknown;
    const pipeline = ReportDocumentSchema.parse(stored).pipeline!;
    expect(pipeline.period).toBeUndefined();
    expect(pipeline.verdict).toBeUndefined();
    expect(pipeline.stages[0]?.verdict).toBeUndefined();
  });
});
