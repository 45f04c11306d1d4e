// The sample report: the same document on every build; its peer figures those of the synthetic population counted
// the obvious way (filter, count, sort: tests/support/peer-population.ts), not figures of its own; a typical
// participant's report that a careful reader finds nothing wrong with; and, on its page, marked as a sample.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PART_A_IDS, instrument, type Answers } from "@/lib/instrument";
import { ReportDocumentSchema } from "@/lib/report/document";
import { HARD_NUMBERS, SCORING_VERSION } from "@/lib/scoring";
import { hardNumbersOf, indicesOf } from "@/lib/db/score-columns";
import { responseColumns } from "@/lib/responses/response-columns";
import { scoreRow } from "@/lib/responses/score-row";
import SampleReportPage from "@/app/(participant)/sample-report/page";
import { bruteForcePeers, type StoredScore } from "@/tests/support/peer-population";
import { contradictedKeeps, oneBiggestLever } from "@/tests/support/report-lint-actions";
import { documentedContradictions } from "@/tests/support/report-lint-pairs";
import { duplicateParagraphs, literalContradictions, velocityAgainstWon, velocityArithmetic } from "@/tests/support/report-lint";
import { demoResponses } from "./demo-responses";
import { seededRandom } from "./random";
import { SAMPLE_DATE, SAMPLE_OVERALL, SAMPLE_POPULATION, SAMPLE_SEED, buildSampleReport, sampleReport, type SampleReport } from "./sample-report";

// The defaults of PEER_GROUP_MIN_SIZE and ANONYMITY_THRESHOLD, which sampleReport() reads here too.
const RULES = { minPeers: 10, anonymityThreshold: 5 };

function stored(id: string, answers: Answers): StoredScore {
  const { columns } = scoreRow(answers, responseColumns(answers));
  return {
    id,
    industry: columns.industry,
    companySize: columns.companySize,
    indices: indicesOf(columns),
    sections: columns.sectionScores,
    hardNumbers: hardNumbersOf(columns),
  };
}

let sample: SampleReport;
let population: StoredScore[];

beforeAll(async () => {
  sample = await buildSampleReport(RULES);
  // Drawn again from the seed, and scored one by one: nothing shared with the sample's own counting.
  population = demoResponses(seededRandom(SAMPLE_SEED), SAMPLE_POPULATION, SAMPLE_DATE).map(({ answers }, i) => stored(`p${i}`, answers));
});

describe("the sample report", () => {
  it("is the same on every build, and built once per process", async () => {
    expect(await buildSampleReport(RULES)).toEqual(sample);
    expect(await sampleReport()).toEqual(sample);
    expect(sampleReport()).toBe(sampleReport());
  });

  it("is a valid report dated the fixed sample date, under the current instrument and scoring, naming nobody", () => {
    ReportDocumentSchema.parse(sample.document);
    expect(sample.createdAt).toEqual(SAMPLE_DATE);
    expect(sample.document.versions).toMatchObject({ scoring: SCORING_VERSION, instrument: instrument.version });
    expect(sample.document.participant).toBeUndefined();
    for (const id of [PART_A_IDS.name, PART_A_IDS.email, PART_A_IDS.companyName, PART_A_IDS.consent]) expect(sample.answers[id]).toBeUndefined();
  });

  it("compares with the synthetic population as counting it by hand does", () => {
    expect(sample.populationSize).toBe(SAMPLE_POPULATION);
    const me = stored("sample", sample.answers);
    const expected = bruteForcePeers(population, me, RULES.minPeers, RULES.anonymityThreshold);
    const { document } = sample;
    // Its peer group is the population's responses of the same industry and size, as the group's label says.
    const matching = population.filter((peer) => peer.industry === me.industry && peer.companySize === me.companySize);
    expect(expected.level).toBe("industry-size");
    expect(document.peerGroup).toEqual({ label: expect.stringContaining("with 50 to 249 employees"), size: matching.length, meetsMinimum: true });
    expect(document.summary.overall).toMatchObject({ relative: expected.overall, peerMedian: expected.medians.overall });
    expect(document.summary.personal).toMatchObject({ relative: expected.personal, peerMedian: expected.medians.personal });
    for (const index of document.executive.indices) expect(index.peerMedian, index.key).toBe(expected.medians[index.key]);
    for (const index of document.executive.indices) expect(index.peerTopQuartile, index.key).toBe(expected.topQuartiles[index.key]);
    expect([document.summary.overall.peerTopQuartile, document.summary.personal.peerTopQuartile]).toEqual([expected.topQuartiles.overall, expected.topQuartiles.personal]);
    for (const section of [...document.detailed, ...document.personal.sections]) {
      expect(section.peerMedian, section.sectionId).toBe(expected.sectionMedians[section.sectionId]);
    }
    const rows = document.executive.peerNumbers!.rows;
    expect(rows.map((row) => row.metric)).toEqual([...HARD_NUMBERS]);
    for (const row of rows) {
      const { peers, median, topQuartile, percentile, quartile } = expected.hardNumbers[row.metric]!;
      expect({ peers, median, topQuartile, percentile, quartile }, row.metric).toEqual({
        peers: row.peers,
        median: row.median,
        topQuartile: row.topQuartile,
        percentile: row.percentile,
        quartile: row.quartile,
      });
    }
  });

  it("reads as a typical participant's: a middling index, every figure given, actions of every kind", () => {
    const { document } = sample;
    expect(document.summary.overall.score).toBeGreaterThanOrEqual(SAMPLE_OVERALL.min);
    expect(document.summary.overall.score).toBeLessThanOrEqual(SAMPLE_OVERALL.max);
    expect(new Set(document.executive.actions.map((action) => action.kind))).toEqual(new Set(["KEEP", "CHANGE", "STOP"]));
    expect(document.executive.sales.missing).toEqual([]);
    expect(document.executive.peerNumbers!.rows.every((row) => row.own !== null)).toBe(true);
    expect(document.pipeline).not.toBeNull();
  });

  it("has nothing a careful reader would object to", () => {
    const { document, answers, peers } = sample;
    expect([
      ...duplicateParagraphs(document),
      ...literalContradictions(document, answers),
      ...documentedContradictions(document, answers, peers),
      ...velocityArithmetic(document),
      ...velocityAgainstWon(document),
      ...oneBiggestLever(document),
      ...contradictedKeeps(document),
    ]).toEqual([]);
    // "In the better half" beside a median it is below would read as a mistake, whatever the ranks say.
    for (const row of document.executive.peerNumbers!.rows) {
      const ahead = row.lowerIsBetter ? row.median - row.own! : row.own! - row.median;
      if (row.quartile === "top" || row.quartile === "upper-middle") expect(ahead, row.metric).toBeGreaterThanOrEqual(0);
      else expect(ahead, row.metric).toBeLessThanOrEqual(0);
    }
  });

  it("is marked as a sample on its page, above the report, with a way into the survey and no report-link actions", async () => {
    const html = renderToStaticMarkup(await SampleReportPage());
    const text = html.replace(/<[^>]+>/g, " ");
    expect(text.indexOf("Sample report: an invented company")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("Sample report: an invented company")).toBeLessThan(text.indexOf("Sample Dealmaker Index report"));
    expect(text).toContain(`synthetic population of ${SAMPLE_POPULATION} generated responses, not from real participants`);
    expect(html).toContain('href="/survey"');
    expect(html).not.toMatch(/Download PDF|Copy link|href="\/r\//);
  });
});
