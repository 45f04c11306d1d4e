// Perception gaps and prerequisites in whole reports: which paragraph a self-rating gets when the figures, against
// the peers or against the stated thresholds, say otherwise.
import { describe, expect, it } from "vitest";
import { instrument, PART_A_IDS, PART_B_IDS as B, type Answers } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { scoreResponse, type PeerSnapshot } from "@/lib/scoring";
import type { HardNumbersPeers } from "@/lib/scoring/hard-numbers";
import { buildReport } from "./build-report";
import { gapsForSummary } from "./perception-gap-notes";

/** 12 won of 100 decided: a 12% unit win rate, $30,000 average deal, 200-day cycle, 60% of quota, 20% at quota. */
const FIGURES = {
  [B.newOpportunities]: 100,
  [B.wonCount]: 12,
  [B.wonValue]: 360_000,
  [B.lostCount]: 88,
  [B.lostValue]: 2_640_000,
  [B.cycleDays]: 200,
  [B.quotaAttainment]: 60,
  [B.sellersAtQuota]: 20,
  [B.currency]: "usd",
};

const metric = (median: number, topQuartile: number, percentile: number | null) => ({ peers: 80, median, topQuartile, percentile });

function peersWith(hardNumbers: HardNumbersPeers | undefined): PeerSnapshot {
  return {
    scoringVersion: "2026.2",
    minPeers: 10,
    group: { level: "industry", label: "Software and internet companies", size: 80, industry: "software", companySize: null, meetsMinimum: true },
    overall: { percent: 50, better: 40, peers: 80 },
    personal: { percent: 50, better: 40, peers: 80 },
    medians: { overall: 60, value: 60, number: 60, winRate: 60, salesCycle: 60, personal: 60 },
    sectionMedians: {},
    ...(hardNumbers ? { hardNumbers } : {}),
  };
}

function report(overrides: Answers, peers: PeerSnapshot | null) {
  const answers = { ...buildAnswers("middle"), ...FIGURES, ...overrides };
  return buildReport({ answers, score: scoreResponse(answers, instrument), peers });
}

const paragraphOf = (doc: ReturnType<typeof report>, questionId: string) =>
  [...doc.detailed, ...doc.personal.sections].flatMap((s) => s.paragraphs).find((p) => p.questionId === questionId)!;

const BOTTOM_WIN_RATE = { unitWinRate: metric(0.327, 0.45, 5) };

describe("perception gaps", () => {
  it("names the gap instead of printing a satisfied answer beside a bottom-quarter win rate", () => {
    const doc = report({ "c.velocity.close-ratio": "agree", "c.velocity.qualification": "not-sure" }, peersWith(BOTTOM_WIN_RATE));
    const paragraph = paragraphOf(doc, "c.velocity.close-ratio");
    expect(paragraph.key).toBe("gap:close-ratio-over");
    expect(paragraph.text).toMatch(
      /^You are satisfied with the share of deals your team wins, yet your unit win rate of 12% is in the bottom quarter of your peers, where the median is 32\.7%\./,
    );
    expect(doc.perceptionGaps).toContainEqual(expect.objectContaining({ rule: "close-ratio-over", where: "c.velocity.close-ratio", evidence: "unitWinRate" }));
  });

  it("works the other way round: a poor self-rating with a top-quarter figure", () => {
    const doc = report({ "c.velocity.close-ratio": "strongly-disagree" }, peersWith({ unitWinRate: metric(0.05, 0.08, 95) }));
    expect(paragraphOf(doc, "c.velocity.close-ratio").text).toContain("is in the top quarter of your peers");
  });

  it("gives the figure once per section: a later gap leaves out what an earlier paragraph said", () => {
    // A field team: the channel company of buildAnswers("middle") gets a qualification paragraph without the figure.
    const answers = { "c.velocity.close-ratio": "agree", "c.velocity.qualification": "disagree", [PART_A_IDS.salesModel]: "field" };
    const doc = report(answers, peersWith(BOTTOM_WIN_RATE));
    expect(paragraphOf(doc, "c.velocity.qualification").text).toContain("You win 12% of the qualified deals that reach a decision, in the bottom quarter of your peers, so");
    expect(paragraphOf(doc, "c.velocity.close-ratio").text).toContain("yet your unit win rate is in the bottom quarter of your peers, where");
  });

  it("falls back to the stated thresholds without peer figures, and says nothing where none is stated", () => {
    const withoutPeers = report({ "c.velocity.close-ratio": "agree", "c.velocity.cycle-length": "agree" }, null);
    expect(paragraphOf(withoutPeers, "c.velocity.close-ratio").text).toContain("is low for any sales team");
    expect(paragraphOf(withoutPeers, "c.velocity.cycle-length").key).toBe("c.velocity.cycle-length:agree");
    const fairRate = report({ "c.velocity.close-ratio": "agree", [B.wonCount]: 20, [B.lostCount]: 80 }, peersWith(undefined));
    expect(paragraphOf(fairRate, "c.velocity.close-ratio").key).toMatch(/^c\.velocity\.close-ratio:agree/);
  });

  it("takes the next rule when the first one's figure is suppressed", () => {
    const hard = { sellersAtQuota: null, quotaAttainment: metric(95, 105, 10) };
    const doc = report({ "c.coaching.manager-coaching-time": "over-75", [B.sellersAtQuota]: 55 }, peersWith(hard));
    expect(paragraphOf(doc, "c.coaching.manager-coaching-time").key).toBe("gap:coaching-over-quota");
  });

  it("does not call opportunities short when the team reached its target", () => {
    const doc = report({ "c.velocity.enough-opportunities": "disagree", [B.quotaAttainment]: 110 }, null);
    expect(paragraphOf(doc, "c.velocity.enough-opportunities").key).toBe("gap:enough-opportunities-under-target");
  });

  it("says the count is not the constraint when the peers' win rate would have reached the target", () => {
    const answers = { ...buildAnswers("worst"), ...FIGURES, [B.newOpportunities]: 2_000 };
    const doc = buildReport({ answers, score: scoreResponse(answers, instrument), peers: peersWith(BOTTOM_WIN_RATE) });
    const number = doc.executive.indices.find((index) => index.key === "number")!;
    expect(number.paragraphs[0]!.key).toBe("gap:number-index-under-conversion");
    expect(number.paragraphs[0]!.text).not.toContain("shortage");
    expect(paragraphOf(doc, "c.velocity.enough-opportunities").text).toContain("would have reached your target");
  });

  it("lists in the summary only the gaps the index cards do not already name", () => {
    const answers = { ...buildAnswers("best"), ...FIGURES };
    const hard = { ...BOTTOM_WIN_RATE, sellersAtQuota: metric(50, 65, 5) };
    const doc = buildReport({ answers, score: scoreResponse(answers, instrument), peers: peersWith(hard) });
    const rules = doc.perceptionGaps!.map((gap) => gap.rule);
    expect(rules).toEqual(expect.arrayContaining(["win-rate-index-over", "qualification-over", "close-ratio-over", "coaching-over-sellers"]));
    // The unit win rate is named by the Win Rate card; sellers at quota and (by the 15% threshold) value win rate are not.
    expect(gapsForSummary(doc.perceptionGaps).map((gap) => gap.rule)).toEqual(["coaching-over-sellers", "articulate-value-over"]);
  });
});

describe("prerequisites", () => {
  it("gives a company with no CRM no advice about its CRM", () => {
    const doc = report({ "c.methodology.crm-age": "no-crm", "c.methodology.in-crm": "strongly-disagree", "d.systems.crm-relationship": "not-used" }, null);
    expect(paragraphOf(doc, "c.methodology.in-crm").key).toBe("c.methodology.in-crm:strongly-disagree:no-crm");
    expect(paragraphOf(doc, "c.methodology.in-crm").text).not.toMatch(/the CRM|deal record/);
    expect(paragraphOf(doc, "d.systems.crm-relationship").text).toMatch(/^Your company has no CRM/);
  });

  it("says nothing about embedding a methodology the company has not chosen", () => {
    const doc = report({ "c.methodology.adopted": "strongly-disagree", "c.methodology.crm-age": "no-crm" }, null);
    expect(paragraphOf(doc, "c.methodology.in-crm").key).toMatch(/:no-methodology$/);
  });

  it("settles the value-against-count hedge from the figures", () => {
    const below = report({ "c.velocity.close-ratio": "agree", [B.wonCount]: 30, [B.wonValue]: 300_000, [B.lostCount]: 70 }, null);
    expect(paragraphOf(below, "c.velocity.close-ratio").text).toContain("You win a clearly smaller share by value than by count");
    expect(paragraphOf(below, "c.velocity.close-ratio").text).not.toMatch(/\bIf\b/);
  });
});

describe("a pipeline rated true while the figures disagree", () => {
  it("gets the gap paragraph in place of its praise, and keeps the praise when the figures agree", async () => {
    const { personaReport } = await import("@/tests/support/persona-report");
    const paragraph = (name: "disagreeing-figures" | "middling") =>
      personaReport(name, { "c.revenue.pipeline-accurate": "agree" })
        .detailed.flatMap((section) => section.paragraphs)
        .find((p) => p.questionId === "c.revenue.pipeline-accurate")!;
    const disagreeing = paragraph("disagreeing-figures");
    expect(disagreeing.key).toContain("pipeline-true-figures-disagree");
    expect(disagreeing.text).toMatch(/do not fit the deals won and lost/);
    expect(paragraph("middling").key).not.toContain("pipeline-true-figures-disagree");
  });
});
