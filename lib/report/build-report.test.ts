// Golden tests: three canned participants produce the report a reader would expect, with the
// scoring engine's own numbers in it.
import { describe, expect, it } from "vitest";
import { instrument, PART_B_IDS } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { scoreResponse, type PeerSnapshot } from "@/lib/scoring";
import { buildReport } from "./build-report";
import { ReportDocumentSchema } from "./document";
import { QUESTION_NARRATIVES } from "./narratives";

const numbers = {
  [PART_B_IDS.newOpportunities]: 400,
  [PART_B_IDS.wonCount]: 2,
  [PART_B_IDS.wonValue]: 30_000,
  [PART_B_IDS.lostCount]: 1,
  [PART_B_IDS.lostValue]: 30_000,
  [PART_B_IDS.openCount]: 1,
  [PART_B_IDS.openValue]: 40_000,
  [PART_B_IDS.cycleDays]: 90,
  [PART_B_IDS.currency]: "usd",
};

const peers = (overall: number): PeerSnapshot => ({
  scoringVersion: "2026.1",
  minPeers: 10,
  group: { level: "industry-size", label: "Software and internet companies with 50 to 249 employees", size: 120, industry: "software", companySize: "50-249", meetsMinimum: true },
  overall: { percent: overall, better: 120 - Math.round((overall / 100) * 120), peers: 120 },
  personal: { percent: 55, better: 54, peers: 120 },
  medians: { overall: 61, value: 60, number: 58, winRate: 63, salesCycle: 59, personal: 64 },
  sectionMedians: Object.fromEntries(instrument.sections.filter((s) => s.part === "C" || s.part === "D").map((s) => [s.id, 60])),
});

function reportFor(pick: "best" | "middle" | "worst", overallPercent: number) {
  const answers = { ...buildAnswers(pick), ...numbers };
  const score = scoreResponse(answers, instrument);
  return { score, report: buildReport({ answers, score, peers: peers(overallPercent) }) };
}

const allText = (report: ReturnType<typeof buildReport>) => JSON.stringify(report);

describe.each([
  ["best", 100, "World Class", "Dealmaker Ace", "Minimal", "KEEP"],
  ["middle", 50, "Emerging Performer", "Developing Dealmaker", "Significant", "CHANGE"],
  ["worst", 0, "Foundation Builder", "Getting Started", "Major", "STOP"],
] as const)("a %s participant", (pick, percentAgainstPeers, company, personal, potential, firstAction) => {
  const { score, report } = reportFor(pick, percentAgainstPeers);

  it("is a valid stored document with the scoring engine's numbers", () => {
    expect(ReportDocumentSchema.safeParse(report).success).toBe(true);
    expect(report.summary.overall.score).toBe(score.overall);
    expect(report.summary.personal.score).toBe(score.indices.personal.score);
    for (const index of report.executive.indices) expect(index.score).toBe(score.indices[index.key].score);
  });

  it("names the categories, the revenue potential and the peer group", () => {
    expect(report.summary.overall.category?.name).toBe(company);
    expect(report.summary.personal.category?.name).toBe(personal);
    expect(report.executive.indices.every((index) => index.potential === potential)).toBe(true);
    expect(report.peerGroup?.label).toContain("Software and internet");
    expect(report.summary.overall.relative?.percent).toBe(percentAgainstPeers);
  });

  it("lists five actions led by the expected kind (three for the worst, whose team is one to five)", () => {
    expect(report.executive.actions).toHaveLength(pick === "worst" ? 3 : 5);
    expect(report.executive.actions[0]!.kind).toBe(firstAction);
    for (const action of report.executive.actions) expect(action.text.length).toBeGreaterThan(40);
  });

  it("has a paragraph for every answered company and personal question", () => {
    const answered = instrument.sections
      .filter((s) => s.part === "C" || s.part === "D")
      .flatMap((s) => s.questions)
      .filter((q) => q.kind === "choice").length;
    const written = [...report.detailed, ...report.personal.sections].flatMap((s) => s.paragraphs).length;
    expect(written).toBe(answered);
    expect(QUESTION_NARRATIVES.length).toBe(answered);
  });

  it("puts the participant's own figures in the text and never a gap", () => {
    const text = allText(report);
    expect(text).not.toMatch(/undefined|NaN|\{[a-zA-Z]+\}/);
    expect(report.executive.sales.paragraphs.map((p) => p.text).join(" ")).toContain("66.7%");
    expect(report.executive.sales.winRates).toMatchObject({ unit: 2 / 3, value: 0.5, open: { count: 1, value: 40_000 } });
    const keys = report.executive.sales.paragraphs.map((p) => p.key);
    expect(keys).toContain("sales:value-below-unit");
    expect(keys).not.toContain("sales:value-above-unit");
    expect(JSON.stringify(report.executive.sales.paragraphs)).toContain("1 in all and worth $40,000");
  });
});

describe("sales numbers in the report", () => {
  it("shows velocity per day and per year with the participant's figures and the +48% what-if", () => {
    const answers = {
      ...buildAnswers("middle"),
      ...numbers,
      [PART_B_IDS.newOpportunities]: 1_200,
      [PART_B_IDS.wonCount]: 330,
      [PART_B_IDS.wonValue]: 33_000_000,
      [PART_B_IDS.lostCount]: 270,
      [PART_B_IDS.cycleDays]: 45,
    };
    const score = scoreResponse(answers, instrument);
    const { sales } = buildReport({ answers, score, peers: peers(50) }).executive;
    // 1,200 a year × $100,000 average won deal × 55% unit win rate ÷ 365; 148 in flight over a 45-day cycle.
    expect(sales.velocityPerDay).toBeCloseTo((1_200 * 100_000 * 0.55) / 365, 6);
    expect(sales.velocityPerYear).toBeCloseTo(66_000_000, 6);
    expect(sales.consistency).toBe("agrees");
    expect(Math.round(sales.tenPercentBetter!.changePercent)).toBe(48);
    expect(sales.paragraphs[0]!.key).toBe("sales:velocity");
    expect(sales.paragraphs[0]!.text).toContain("about $180,822 a day, or $66,000,000 a year");
    expect(sales.paragraphs[0]!.text).toContain("the number in play at any one time is about 148");
  });

  it("names the figure to check when velocity disagrees with the value won by more than 2×", () => {
    const { report } = reportFor("middle", 50);
    const { sales } = report.executive;
    // 400 opportunities against 3 decided deals imply $4,000,000 a year against $30,000 won.
    expect(sales.consistency).toBe("implied-above-won");
    expect(sales.paragraphs[0]!.key).toBe("sales:velocity-above-won");
    expect(sales.paragraphs[0]!.text).toContain("$4,000,000 a year, more than twice the $30,000 you report winning");
    expect(sales.paragraphs[0]!.text).toMatch(/check the opportunity count/);
  });

  it("says what is missing instead of printing an empty velocity", () => {
    const answers = Object.fromEntries(Object.entries(buildAnswers("middle")).filter(([id]) => !id.startsWith("b.")));
    const score = scoreResponse(answers, instrument);
    const report = buildReport({ answers, score, peers: null });
    expect(report.executive.sales.velocityPerDay).toBeNull();
    expect(report.executive.sales.paragraphs[0]!.key).toBe("sales:velocity-missing");
    expect(report.summary.overall.relative).toBeNull();
    expect(allText(report)).not.toMatch(/undefined|NaN/);
  });
});
