// Readings (narratives/figure-readings.ts): a figure is printed with where it stands and what that means, so the
// same paragraph reads differently for a team that does well and one that does not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PART_B_IDS, instrument } from "@/lib/instrument";
import { analyseSales, salesNumbers, scoreResponse, type HardNumberComparison } from "@/lib/scoring";
import { personaAnswers } from "@/tests/support/personas";
import { personaReport } from "@/tests/support/persona-report";
import { reportCaseArbitrary } from "@/tests/support/report-arbitraries";
import { buildReport } from "./build-report";
import { hardStanding, velocityFigures } from "./figure-readings";
import { HARD_READINGS, standingWords } from "./narratives/figure-readings";
import type { PeerNumberRow } from "./peer-numbers";
import { READING_MEANING, newReportMemory, newSectionMemory, renderTemplate } from "./render-template";

const COACHING = "c.coaching.manager-coaching-time";
const mask = (text: string) => text.replace(/[$€£¥₹]?\d+(?:[.,]\d+)*/g, "#");

function coachingParagraph(answer: string, sellersAtQuota: number) {
  // Selling basics answered "agree": with "not sure" (the persona's), much coaching is a tension of its own (agreement-pairs.ts).
  const doc = personaReport("middling", { [COACHING]: answer, "c.coaching.selling-basics": "agree", [PART_B_IDS.sellersAtQuota]: sellersAtQuota });
  return doc.detailed.flatMap((s) => s.paragraphs).find((p) => p.questionId === COACHING)!.text;
}

const comparison = (over: Partial<HardNumberComparison>): HardNumberComparison => ({
  metric: "sellersAtQuota",
  own: 45,
  median: 52,
  topQuartile: 64,
  percentile: 40,
  peers: 64,
  quartile: "lower-middle",
  ...over,
});

describe("figure readings", () => {
  // Persona peers: median 52%, top quarter from 64%, bottom quarter below 40%.
  it.each(["never", "under-25", "25-50", "50-75", "over-75"])("the coaching paragraph (%s) reads differently at 70%, 45% and 20% of sellers at quota", (answer) => {
    const texts = [70, 45, 20].map((share) => coachingParagraph(answer, share));
    expect(new Set(texts.map(mask)).size).toBe(3);
  });

  it("says what 20% of sellers at quota means beside the coaching it describes", () => {
    expect(coachingParagraph("25-50", 20)).toContain(
      "20% of your sellers reach quota, in the bottom quarter of your peers, so the shortfall runs across the team rather than sitting with a few sellers.",
    );
    expect(coachingParagraph("25-50", 70)).toContain("70% of your sellers reach quota, in the top quarter of your peers, so success is spread across the team");
  });

  it("stands a figure by its peer quarter, level with the median when it prints as the median, else by the absolute thresholds", () => {
    expect(hardStanding(comparison({}), "45%", null)).toBe("lower-middle");
    expect(hardStanding(comparison({ own: 52.2 }), "52%", null)).toBe("level");
    const alone = { median: null, topQuartile: null, percentile: null, peers: 0, quartile: null };
    expect(hardStanding(comparison({ ...alone, own: 30 }), "30%", null)).toBe("low");
    expect(hardStanding(comparison({ ...alone, own: 60 }), "60%", null)).toBe("middle");
    expect(hardStanding(comparison({ ...alone, own: 75 }), "75%", null)).toBe("high");
    // Deal size and cycle have no absolute threshold: without peers nothing comparative is said.
    expect(hardStanding(comparison({ ...alone, metric: "cycleDays", own: 300 }), "300 days", null)).toBe("none");
    expect(standingWords("cycleDays", "bottom")).toBe("in the slowest quarter of your peer group");
  });

  it("has a meaning for every standing a figure can have", () => {
    for (const [metric, { meaning }] of Object.entries(HARD_READINGS)) {
      const standings = metric === "averageDeal" || metric === "cycleDays" ? ["top", "upper-middle", "lower-middle", "bottom", "none"] : ["top", "upper-middle", "lower-middle", "bottom", "low", "middle", "high"];
      for (const standing of standings) expect(meaning[standing as keyof typeof meaning], `${metric} ${standing}`).toBeTruthy();
    }
  });

  it("gives a reading's figure once per section and its meaning once per report", () => {
    const figures = { unitWinRate: "12%", unitWinRateReading: `You win 12% of the deals, in the bottom quarter${READING_MEANING}, so most are lost` };
    const report = newReportMemory();
    const first = newSectionMemory(report);
    expect(renderTemplate("Qualify. {unitWinRateReading}.", figures, first)).toBe("Qualify. You win 12% of the deals, in the bottom quarter, so most are lost.");
    expect(renderTemplate("Again {unitWinRate}. Coach. {unitWinRateReading}.", figures, first)).toBe("Coach.");
    expect(renderTemplate("Reach. {unitWinRateReading}.", figures, newSectionMemory(report))).toBe("Reach. You win 12% of the deals, in the bottom quarter.");
    expect(renderTemplate("{unitWinRateReading}.", figures)).toBe("You win 12% of the deals, in the bottom quarter, so most are lost.");
  });
});

describe("readings agree with the peer comparison of the same report", () => {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** The words of a standing a peer row implies: its quarter, or level when the figure prints as the median. */
  const impliedWords = (row: PeerNumberRow) => standingWords(row.metric, row.text.includes("level with your peers' median") ? "level" : row.quartile!);

  it("prints, for every hard number the peers compare, the standing the peer row gives it (150 generated reports)", () => {
    let checked = 0;
    fc.assert(
      fc.property(reportCaseArbitrary, ({ answers, peers }) => {
        const doc = buildReport({ answers, score: scoreResponse(answers, instrument), peers });
        const texts = [...doc.detailed, ...doc.personal.sections].flatMap((s) => s.paragraphs.map((p) => p.text)).join("\n");
        for (const row of doc.executive.peerNumbers?.rows ?? []) {
          if (row.own === null || row.quartile === null) continue;
          const lead = escape(HARD_READINGS[row.metric].lead).replace("#", "[^,.]+?(?:\\.\\d+)?[^,.]*?");
          for (const [, words] of texts.matchAll(new RegExp(`${lead}, ([^,.]+)`, "g"))) {
            checked += 1;
            expect(words!.replace(/ and (clearly|close) .*$/, ""), `${row.metric}: ${row.text}`).toBe(impliedWords(row));
          }
        }
      }),
      { numRuns: 150, seed: 20_261_202 },
    );
    // The pattern must find readings, or the check above proves nothing.
    expect(checked).toBeGreaterThan(100);
  }, 120_000);
});

describe("velocity against the peers", () => {
  // The middling persona's figures: 400 opportunities, $30,000 won deals, 36% unit win rate, a 95-day cycle.
  const sales = analyseSales(salesNumbers(personaAnswers("middling")));
  const own = (figure: { status: string; value?: number }) => (figure.status === "ok" ? (figure.value as number) : null);
  const peers = (deal: number, win: number, cycle: number): HardNumberComparison[] => [
    comparison({ metric: "averageDeal", own: own(sales.averageDealValue), median: deal }),
    comparison({ metric: "unitWinRate", own: own(sales.winRates.unit), median: win }),
    comparison({ metric: "cycleDays", own: 95, median: cycle }),
  ];

  it("places the gap only in the factors where the peers' median beats the participant's figure", () => {
    // Peers sell larger deals and faster, but win less often: the gap is never put on the win rate.
    const text = velocityFigures(sales, peers(51_500, 0.31, 59)).velocityAgainstPeers!;
    expect(text).toContain("about twice your own, so the gap to your peers lies in your deal size and cycle, not in how many");
    const behind = velocityFigures(sales, peers(40_000, 0.3, 70)).velocityAgainstPeers!;
    expect(behind).toMatch(/, so you are a clear step behind a typical peer, and the gap lies in your deal size and cycle$/);
    expect(velocityFigures(sales, peers(100_000, 0.5, 40)).velocityAgainstPeers).toContain("lies in your deal size, win rate and cycle");
    expect(velocityFigures(sales, peers(30_000, 0.6, 95)).velocityAgainstPeers).toMatch(/the gap lies in your win rate$/);
  });
});
