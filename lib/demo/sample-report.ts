/**
 * The sample report on /sample-report: an invented participant's report, made the way every report is made, so a
 * visitor sees what the survey gives before taking it.
 *
 *   buildSampleReport(rules): Promise<SampleReport>
 *
 * Draws a synthetic population of SAMPLE_POPULATION responses with the demo generator (fixed seed, fixed date),
 * counts it as the database would (synthetic-peers.ts), then draws further responses until one reads as a typical
 * participant (see `typical`), and gives it the report the submit path would: reportFor with the peer comparison
 * over the synthetic counts. Same code, same seed ⇒ the same document; only a change to the demo generator, the
 * scoring or the report texts changes it (its tests then say whether it still reads as typical).
 *
 *   sampleReport(): Promise<SampleReport>
 *
 * The same, built once per server process under the deployment's peer rules (K and the anonymity threshold).
 */
import { PART_A_IDS, PIPELINE_QUESTION_ID, type Answers } from "@/lib/instrument";
import type { ReportDocument } from "@/lib/report/document";
import { SCORING_VERSION, type PeerSnapshot } from "@/lib/scoring";
import { parseEnv } from "@/lib/env";
import { comparePeers } from "@/lib/responses/peer-comparison";
import { ownScore, reportFor, type PeerSource } from "@/lib/responses/report-for";
import { demoResponse, demoResponses, type DemoResponse } from "./demo-responses";
import { seededRandom } from "./random";
import { syntheticPeerCounts } from "./synthetic-peers";

/** The report's date, and the "now" the population's completion dates count back from. */
export const SAMPLE_DATE = new Date("2026-11-16T09:00:00Z");
/**
 * Picked by reading the first typical participants of a few dozen seeds: this one is a sales leader at a
 * manufacturer of 50 to 249 people, a reader a visitor can recognise, compared with a peer group of its own industry
 * and size.
 */
export const SAMPLE_SEED = 25;
export const SAMPLE_POPULATION = 400;
/** "Middling": the population's own median is 49 and its middle half 35–62. */
export const SAMPLE_OVERALL = { min: 45, max: 65 } as const;
/** Draws after the population before giving up; about one draw in forty is typical. */
const MAX_DRAWS = 1_000;

export interface PeerRules {
  minPeers: number;
  anonymityThreshold: number;
}

export interface SampleReport {
  answers: Answers;
  document: ReportDocument;
  /** What the report was built from: the comparison with the synthetic population. */
  peers: PeerSnapshot;
  createdAt: Date;
  /** Completed responses in the synthetic population the peer figures come from. */
  populationSize: number;
  /** That population, as drawn (the API documentation's examples are built from it too). */
  population: readonly DemoResponse[];
}

/** Cheap checks before scoring: no contact details (the sample names nobody) and a pipeline, so every part shows. */
const candidate = (answers: Answers) =>
  answers[PART_A_IDS.consent] !== true &&
  [PART_A_IDS.name, PART_A_IDS.email, PART_A_IDS.companyName].every((id) => answers[id] === undefined) &&
  answers[PIPELINE_QUESTION_ID] !== undefined;

/**
 * A report that shows what a report can say: a middling overall index, every sales figure computed and compared with
 * peers, and actions of all three kinds.
 */
function typical(document: ReportDocument): boolean {
  const overall = document.summary.overall.score;
  const kinds = new Set(document.executive.actions.map((action) => action.kind));
  return (
    overall !== null &&
    overall >= SAMPLE_OVERALL.min &&
    overall <= SAMPLE_OVERALL.max &&
    document.summary.personal.score !== null &&
    document.executive.sales.missing.length === 0 &&
    (document.executive.peerNumbers?.rows.every((row) => row.own !== null) ?? false) &&
    document.pipeline !== null &&
    (["KEEP", "CHANGE", "STOP"] as const).every((kind) => kinds.has(kind))
  );
}

export async function buildSampleReport(rules: PeerRules): Promise<SampleReport> {
  const random = seededRandom(SAMPLE_SEED);
  const population = demoResponses(random, SAMPLE_POPULATION, SAMPLE_DATE);
  const counts = syntheticPeerCounts(population);
  // The figure the page prints is the population as counted, everyone group, like any group's size.
  const [populationSize] = await counts.groupSizes(SCORING_VERSION, [{ industry: null, companySize: null }]);
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const { answers } = demoResponse(random, SAMPLE_DATE);
    if (!candidate(answers)) continue;
    let snapshot: PeerSnapshot | undefined;
    // As on submitting: the participant is compared with the population, which does not count it.
    const compare: PeerSource = async (own) => (snapshot = await comparePeers(counts, ownScore(own), { stored: false, ...rules }));
    const { document } = await reportFor(answers, compare);
    if (typical(document)) return { answers, document, peers: snapshot!, createdAt: SAMPLE_DATE, populationSize: populationSize!, population };
  }
  throw new Error(`No typical participant in ${MAX_DRAWS} draws after the sample population: change SAMPLE_SEED`);
}

// Building takes a few hundred milliseconds of CPU, too long for a page: it is built once per process, warmed at
// start-up (instrumentation.ts). Held on globalThis because instrumentation and the pages are separate bundles, each
// with its own copy of this module.
const memo = globalThis as unknown as { dealmakerSampleReport?: Promise<SampleReport> };

export function sampleReport(): Promise<SampleReport> {
  // Not serverEnv(): the sample needs no database, so it builds where DATABASE_URL is not set yet.
  const { PEER_GROUP_MIN_SIZE, ANONYMITY_THRESHOLD } = parseEnv(process.env);
  memo.dealmakerSampleReport ??= buildSampleReport({ minPeers: PEER_GROUP_MIN_SIZE, anonymityThreshold: ANONYMITY_THRESHOLD }).catch(
    (error: unknown) => {
      memo.dealmakerSampleReport = undefined;
      throw error;
    },
  );
  return memo.dealmakerSampleReport;
}
