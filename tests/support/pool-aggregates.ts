// For the benchmark-pool tests (docs/decisions/026-benchmark-pool.md): a random population with some participants
// out of the pool, the writers that store a response (the bulk loader with its triggers on and off, the API and the
// browser's submit), and every aggregate a response outside the pool must stay out of, read into one object so that
// two states of the database can be compared.
import { CONTACT_FIELD_IDS, PART_A_IDS, ResponseAnswersSchema, instrument, type Answers } from "@/lib/instrument";
import { demoResponses, type DemoResponse } from "@/lib/demo/demo-responses";
import { seededRandom } from "@/lib/demo/random";
import { insertDemoResponses, loadDemoData } from "@/lib/demo/demo-loader";
import { db } from "@/lib/db/client";
import { createDraft, saveDraftStep } from "@/lib/db/drafts";
import { foldFindings } from "@/lib/db/findings";
import { FINDING_QUESTION_IDS } from "@/lib/db/finding-layout";
import { readBenchmarkFigures, type BenchmarkGroup } from "@/lib/db/public-benchmarks";
import {
  benchmarkTable,
  indexDistributions,
  questionDistributions,
  questionFindings,
  salesDistributions,
  strongestDifferences,
} from "@/lib/db/admin-stats";
import { DIMENSIONS, type AdminFilter } from "@/lib/admin/dashboard-dimensions";
import { answersFromRequest } from "@/lib/api/submission";
import { submitResponse } from "@/lib/responses/api-submission";
import { peerSnapshot } from "@/lib/responses/peer-comparison";
import { completeDraft } from "@/lib/responses/submit";

const NOW = new Date("2026-11-01T12:00:00Z");

/** Answers with the pool choice set, and without contact details (so no mail is queued). */
export function withChoice(answers: Answers, inPool: boolean | undefined): Answers {
  const changed: Answers = { ...answers };
  for (const id of [...CONTACT_FIELD_IDS, PART_A_IDS.consent, PART_A_IDS.pool]) delete changed[id];
  if (inPool !== undefined) changed[PART_A_IDS.pool] = inPool;
  return changed;
}

/** `count` demo responses, about `outShare` of them out of the pool, the rest answering yes or leaving it out. */
export function poolPopulation(seed: number, count: number, outShare: number): DemoResponse[] {
  const choice = seededRandom(seed + 1);
  return demoResponses(seededRandom(seed), count, NOW).map((response) => {
    const draw = choice();
    return { ...response, answers: withChoice(response.answers, draw < outShare ? false : draw < 0.6 ? true : undefined) };
  });
}

/** Stores responses by the bulk loader: with the aggregate triggers on, or counted by the loader with them off. */
export async function load(responses: DemoResponse[], mode: "triggers" | "counted"): Promise<void> {
  if (mode === "triggers") await insertDemoResponses(responses, 50);
  else await loadDemoData([{ responses }], { aggregates: "counted" });
}

/** Through POST /api/v1/responses's own steps: `inPool` sent beside the answers, folded in, then stored. */
export async function submitThroughApi(answers: Answers, inPool: boolean): Promise<string> {
  const folded = answersFromRequest({ instrumentVersion: instrument.version, answers: withChoice(answers, undefined), inPool });
  if (!folded.ok) throw new Error(JSON.stringify(folded.fields));
  const outcome = await submitResponse({ answers: ResponseAnswersSchema.parse(folded.answers) });
  if (outcome.status !== "created") throw new Error(outcome.status);
  return outcome.submission.responseId;
}

/**
 * As the browser does: every step saved to a draft, the pool box left as it starts (ticked), then unticked on the
 * review step when `inPool` is false — saved again with its step, the contact step — and the draft submitted.
 */
export async function submitThroughBrowser(answers: Answers, inPool: boolean): Promise<string> {
  const given = withChoice(answers, true);
  const { id, resumeToken } = await createDraft();
  for (const [index, section] of instrument.sections.entries()) {
    const step = Object.fromEntries(section.questions.filter((q) => q.id in given).map((q) => [q.id, given[q.id]!]));
    if ((await saveDraftStep(resumeToken, section, step, index + 1)) !== "saved") throw new Error(`step ${section.id}`);
  }
  if (!inPool) {
    const contact = instrument.sections.find((section) => section.questions.some((q) => q.id === PART_A_IDS.pool))!;
    await saveDraftStep(resumeToken, contact, { [PART_A_IDS.pool]: false }, 1);
  }
  const outcome = await completeDraft(resumeToken);
  if (outcome.status !== "completed") throw new Error(outcome.status);
  return id;
}

const FILTERS: AdminFilter[] = [{}, { industry: "software" }, { companySize: "250-999" }, { region: "europe", salesModel: "field" }, { industry: "software", region: "europe", salesModel: "inside" }];
export const BENCHMARK_GROUPS: BenchmarkGroup[] = [{}, { industry: "software" }, { industry: "software", companySize: "250-999" }, { region: "europe" }, { region: "north-america", salesModel: "inside" }, { industry: "software", region: "europe" }];
const FINDING_QUESTIONS = FINDING_QUESTION_IDS.slice(0, 3);

/** Every aggregate but the overview (which counts surveys taken, decision 026), the Findings folded first. */
export async function everyAggregate(peerIds: readonly string[]) {
  await foldFindings();
  const tables = {
    scoreHistograms: await db().$queryRaw`SELECT "scoringVersion", industry, "companySize", counts::text FROM "ScoreHistogram" WHERE 0 <> ANY (counts) ORDER BY 1, 2, 3`,
    answerTallies: await db().$queryRaw`SELECT industry, "companySize", region, "salesModel", counts::text FROM "AnswerTally" WHERE 0 <> ANY (counts) ORDER BY 1, 2, 3, 4`,
    findingTallies: await db().$queryRaw`SELECT dimension, value, slot, counts::text FROM "FindingTally" WHERE 0 <> ANY (counts) ORDER BY 1, 2, 3`,
    findingEntries: await db().$queryRaw`SELECT "responseId"::text, (e)::text AS entry FROM "FindingEntry" e ORDER BY 1`,
  };
  const admin = [];
  for (const filter of FILTERS) {
    admin.push({
      filter,
      distributions: await indexDistributions(filter),
      questions: await questionDistributions(filter),
      sales: await salesDistributions(filter),
      benchmarks: await Promise.all(DIMENSIONS.map((dimension) => benchmarkTable(dimension, filter))),
      counted: await Promise.all(DIMENSIONS.map((dimension) => benchmarkTable(dimension, filter, ["overall"]))),
      countedSales: await Promise.all(DIMENSIONS.map((dimension) => benchmarkTable(dimension, filter, ["velocity"]))),
      findings: await Promise.all(FINDING_QUESTIONS.map((questionId) => questionFindings(questionId, filter))),
      strongest: await strongestDifferences(filter),
    });
  }
  return {
    tables,
    admin,
    publicBenchmarks: await Promise.all(BENCHMARK_GROUPS.map((group) => readBenchmarkFigures(group))),
    peers: await Promise.all(peerIds.map((id) => peerSnapshot(id))),
  };
}
