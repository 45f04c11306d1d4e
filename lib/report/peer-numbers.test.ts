import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PART_B_IDS, instrument } from "@/lib/instrument";
import { buildAnswers } from "@/tests/support/answer-fixtures";
import { HARD_NUMBERS, HARD_NUMBER_BINS, QUARTILES, analyseSales, salesNumbers, scoreResponse, type HardNumbersPeers, type PeerSnapshot } from "@/lib/scoring";
import { buildReport } from "./build-report";
import { ReportDocumentSchema } from "./document";
import { peerNumbersReport } from "./peer-numbers";

// The weak persona of issue 12: 12% of decided deals won, slow, under quota.
const weak = {
  [PART_B_IDS.wonCount]: 12,
  [PART_B_IDS.wonValue]: 600_000,
  [PART_B_IDS.lostCount]: 88,
  [PART_B_IDS.lostValue]: 5_400_000,
  [PART_B_IDS.cycleDays]: 120,
  [PART_B_IDS.quotaAttainment]: 62,
  [PART_B_IDS.sellersAtQuota]: 20,
  [PART_B_IDS.currency]: "usd",
};

const hardNumbers: HardNumbersPeers = {
  unitWinRate: { peers: 48, median: 0.327, topQuartile: 0.41, percentile: 4, quartile: "bottom" },
  valueWinRate: { peers: 48, median: 0.3, topQuartile: 0.38, percentile: 2, quartile: "bottom" },
  averageDeal: { peers: 40, median: 48_734, topQuartile: 91_250, percentile: 45, quartile: "lower-middle" },
  cycleDays: { peers: 45, median: 90, topQuartile: 60, percentile: 20, quartile: "bottom" },
  quotaAttainment: { peers: 44, median: 95, topQuartile: 110, percentile: 9, quartile: "bottom" },
  sellersAtQuota: null,
};

const snapshot = (peers: HardNumbersPeers | undefined): PeerSnapshot => ({
  scoringVersion: "2026.1",
  minPeers: 10,
  group: { level: "industry", label: "Software and internet companies", size: 48, industry: "software", companySize: null, meetsMinimum: true },
  overall: null,
  personal: null,
  medians: { overall: null, value: null, number: null, winRate: null, salesCycle: null, personal: null },
  sectionMedians: {},
  ...(peers ? { hardNumbers: peers } : {}),
});

const reportOf = (answers: Record<string, unknown>, peers: HardNumbersPeers | undefined = hardNumbers) =>
  peerNumbersReport(analyseSales(salesNumbers(answers)), snapshot(peers));

describe("peerNumbersReport", () => {
  it("writes one sentence per figure with peers, in the participant's units", () => {
    const report = reportOf(weak)!;
    expect(report.rows.map((row) => row.text)).toEqual([
      "Your unit win rate of 12% is in the bottom quarter of your peers (median 32.7%, top quarter 41%).",
      "Your value win rate of 10% is in the bottom quarter of your peers (median 30%, top quarter 38%).",
      "Your average won deal of $50,000 is in the better half of your peers (median $48,700, top quarter $91,300).",
      "Your sales cycle of 120 days is in the bottom quarter of your peers (median 90 days, fastest quarter 60 days).",
      "Your quota attainment of 62% is in the bottom quarter of your peers (median 95%, top quarter 110%).",
    ]);
    expect(report.rows[3]).toMatchObject({ metric: "cycleDays", lowerIsBetter: true, own: 120, median: 90, topQuartile: 60, peers: 45, unit: "days" });
    expect(report.notes).toEqual([]);
  });

  it("says a figure that prints like another once", () => {
    const level = reportOf({ ...weak, [PART_B_IDS.cycleDays]: 90, [PART_B_IDS.quotaAttainment]: 110 }, {
      ...hardNumbers,
      cycleDays: { peers: 45, median: 90, topQuartile: 60, percentile: 30, quartile: "upper-middle" },
      quotaAttainment: { peers: 44, median: 95, topQuartile: 110, percentile: 74, quartile: "upper-middle" },
      unitWinRate: { peers: 48, median: 0.3, topQuartile: 0.3, percentile: 10, quartile: "bottom" },
    })!;
    const text = (metric: string) => level.rows.find((row) => row.metric === metric)!.text;
    expect(text("cycleDays")).toBe("Your sales cycle of 90 days is level with your peers' median (fastest quarter 60 days).");
    expect(text("quotaAttainment")).toBe("Your quota attainment of 110% is in the top quarter of your peers (median 95%; their top quarter begins at your figure).");
    expect(text("unitWinRate")).toBe("Your unit win rate of 12% is in the bottom quarter of your peers (median and top quarter both 30%).");
  });

  // Figures the participants below print, so medians and quarter edges often print like theirs.
  const echoes: Record<string, number[]> = { cycleDays: [30, 45, 90], unitWinRate: [0.12, 0.3, 0.41], quotaAttainment: [62], sellersAtQuota: [20], averageDeal: [50_000] };
  const figuresIn = (text: string) => text.match(/[$€£]?\d[\d,.]*%?(?: days)?/g) ?? [];
  const peersArbitrary = fc.record(
    Object.fromEntries(
      HARD_NUMBERS.map((metric) => {
        const { count, valueOf } = HARD_NUMBER_BINS[metric];
        const figure = fc.oneof(fc.integer({ min: 0, max: Math.min(count - 1, 250) }).map(valueOf), fc.constantFrom(...(echoes[metric] ?? [0.3])));
        return [metric, fc.record({ peers: fc.integer({ min: 5, max: 99 }), median: figure, topQuartile: figure, percentile: fc.integer({ min: 0, max: 100 }), quartile: fc.constantFrom(...QUARTILES) })];
      }),
    ),
  ) as fc.Arbitrary<HardNumbersPeers>;

  it("never prints a figure twice in a sentence", () => {
    fc.assert(
      fc.property(peersArbitrary, fc.constantFrom(30, 45, 90), fc.constantFrom(0.12, 0.3, 0.41), (peers, cycle, rate) => {
        const answers = { ...weak, [PART_B_IDS.cycleDays]: cycle, [PART_B_IDS.wonCount]: rate * 100, [PART_B_IDS.lostCount]: 100 - rate * 100 };
        for (const row of reportOf(answers, peers)!.rows) {
          const figures = figuresIn(row.text);
          expect(new Set(figures).size, row.text).toBe(figures.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("converts the peers' money into the participant's currency", () => {
    const euros = reportOf({ ...weak, [PART_B_IDS.currency]: "eur" })!;
    const deal = euros.rows.find((row) => row.metric === "averageDeal")!;
    expect(euros.currency).toBe("eur");
    expect(deal.median).toBeCloseTo(48_734 * 0.9, 6);
    expect(deal.text).toBe("Your average won deal of €50,000 is in the better half of your peers (median €43,900, top quarter €82,100).");
  });

  it("shows the peers alone where the participant gave no figure", () => {
    const report = reportOf({ ...weak, [PART_B_IDS.cycleDays]: undefined, [PART_B_IDS.quotaAttainment]: undefined })!;
    expect(report.rows.find((row) => row.metric === "cycleDays")).toMatchObject({
      own: null,
      percentile: null,
      quartile: null,
      text: "Your peers' median sales cycle is 90 days, and 60 days or less in their fastest quarter.",
    });
    expect(report.rows.find((row) => row.metric === "quotaAttainment")!.text).toBe(
      "Your peers' median quota attainment is 95%, and 110% or more in their top quarter.",
    );
  });

  it("says why money is not compared when the currency cannot be converted", () => {
    const report = reportOf({ ...weak, [PART_B_IDS.currency]: "other" })!;
    expect(report.rows.map((row) => row.metric)).not.toContain("averageDeal");
    expect(report.notes.map((note) => note.key)).toEqual(["peer-numbers:currency"]);
    expect(reportOf({ ...weak, [PART_B_IDS.currency]: undefined })!.notes[0]!.text).toMatch(/no currency was given/);
  });

  it("says so when too few peers gave any figure, and has nothing without hard numbers in the snapshot", () => {
    const none = reportOf(weak, { unitWinRate: null, valueWinRate: null, averageDeal: null, cycleDays: null, quotaAttainment: null, sellersAtQuota: null })!;
    expect(none.rows).toEqual([]);
    expect(none.notes.map((note) => note.key)).toEqual(["peer-numbers:too-few"]);
    expect(peerNumbersReport(analyseSales(salesNumbers(weak)), snapshot(undefined))).toBeUndefined();
    expect(peerNumbersReport(analyseSales(salesNumbers(weak)), null)).toBeUndefined();
  });

  it("is part of the stored report's executive summary", () => {
    const answers = { ...buildAnswers("middle"), ...weak };
    const report = buildReport({ answers, score: scoreResponse(answers, instrument), peers: snapshot(hardNumbers) });
    expect(ReportDocumentSchema.parse(report)).toEqual(report);
    expect(report.executive.peerNumbers).toEqual(reportOf(weak));
  });

  it("leaves reports stored before peer numbers readable", () => {
    const stored: unknown = JSON.parse(readFileSync(path.resolve(__dirname, "../../tests/fixtures/report-2026.1.json"), "utf8"));
    const parsed = ReportDocumentSchema.parse(stored);
    expect(parsed.executive.peerNumbers).toBeUndefined();
  });
});
