/**
 * The OpenAPI document's examples, made by the code that answers the requests, for the sample report's invented
 * participant (lib/demo/sample-report.ts: fixed seed, fixed date, the default peer rules).
 *
 *   apiExamples(): Promise<ApiExamples>
 *
 * The submission's request is that participant's answers; its result is what submissionResult gives for them; the
 * report is the sample report, and the same participant's retake (report-examples.ts); the benchmarks, the admin list and the CSV are the sample's synthetic population as
 * the API would publish it; every error is the refusal a route answers with (lib/api/refusals.ts, the zod schemas'
 * own messages, readApiJson). Nothing is typed by hand but ids, the Idempotency-Key and the wrong inputs. Same code,
 * same seed ⇒ the same examples, so the document stays deterministic.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { PART_A_IDS, PART_B_IDS, INSTRUMENT_VERSION, ResponseAnswersSchema, instrument, joinsPool, type Answers } from "@/lib/instrument";
import { PEER_METRICS, SCORING_VERSION, histogramQuantile } from "@/lib/scoring";
import { HISTOGRAM_LENGTH } from "@/lib/scoring/percentile";
import { RESPONSES_PAGE_SIZE } from "@/lib/admin/responses-query";
import { csvRow } from "@/lib/csv";
import { buildSampleReport, SAMPLE_DATE, type SampleReport } from "@/lib/demo/sample-report";
import { syntheticPeerCounts } from "@/lib/demo/synthetic-peers";
import type { ExportResponse } from "@/lib/db/export-responses";
import { exportColumns, exportCsvRows } from "@/lib/export/export-columns";
import type { GroupFigures } from "@/lib/db/public-benchmarks";
import { tokenFromSecret } from "@/lib/db/tokens";
import { parseEnv } from "@/lib/env";
import { refusalMessage } from "@/lib/http/rate-limits";
import { jsonError } from "@/lib/http/json-error";
import { fromCompleted } from "@/lib/responses/api-submission";
import { responseColumns } from "@/lib/responses/response-columns";
import { scoreRow } from "@/lib/responses/score-row";
import { reportPath } from "@/lib/survey/api";
import { AdminExportQuerySchema, AdminResponsesQuerySchema, type AdminResponsesPage } from "./admin-schemas";
import { BenchmarkQuerySchema, type BenchmarkQuery } from "./benchmark-schemas";
import { benchmarksOf } from "./benchmarks";
import { readApiJson, unauthorized, validationError } from "./errors";
import { reportAnswerExamples } from "./report-examples";
import { instrumentDocument } from "./instrument-document";
import * as refusals from "./refusals";
import { IdempotencyKeySchema, MAX_SUBMIT_BYTES, SubmitResponseRequestSchema, type SubmitResponseRequest } from "./schemas";
import { answersFromRequest, submissionResult } from "./submission";
import { teamApiExamples, teamSubmitRefusals } from "./team-openapi-examples";

/** An OpenAPI Example Object. */
export interface Example {
  summary: string;
  value: unknown;
}
export type Examples = Record<string, Example>;

export interface OperationExamples {
  /** One value per parameter, by name. */
  parameters?: Record<string, unknown>;
  requestBody?: Examples;
  /** Per status, the examples of its one media type. */
  responses: Record<string, Examples>;
}

/** By operationId. */
export type ApiExamples = Record<string, OperationExamples>;

/** The defaults, not this deployment's settings: the document is the same wherever it is built. */
const SETTINGS = parseEnv({});
const SITE = "https://dealmaker-index.example";
/** Seconds in the 429 examples' message and Retry-After header. */
export const RETRY_AFTER_EXAMPLE = 42;

/** A version-4-shaped UUID that is the same on every build. */
function exampleUuid(label: string): string {
  const hex = createHash("sha256").update(label).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const IDEMPOTENCY_KEY = exampleUuid("idempotency key");
const RESPONSE_ID = exampleUuid("submitted response");
/** Shaped like every report token: what a retry with IDEMPOTENCY_KEY would be given again. */
const REPORT_TOKEN = tokenFromSecret(IDEMPOTENCY_KEY, "openapi-example-salt");
const API = `${SITE}/api/v1`;

const example = (summary: string, value: unknown): Example => ({ summary, value });
const bodyOf = async (response: Response) => (await response.json()) as unknown;
const errorExample = async (summary: string, response: Response) => example(summary, await bodyOf(response));
const serverError = async () => ({ failed: await errorExample("Anything unexpected", refusals.serverFailure()) });
const notAdmin = async () => ({ unauthorized: await errorExample("No admin session and no API token", unauthorized()) });
const tooMany = async (name: "submit" | "benchmarks", points: number) => ({
  limited: await errorExample(
    `Over ${points} a minute from one client`,
    jsonError(429, refusalMessage(name, points, RETRY_AFTER_EXAMPLE), { headers: { "retry-after": String(RETRY_AFTER_EXAMPLE) } }),
  ),
});

/** The zod failure as the route answers it (validationError over the schema's own issues). */
function refused(status: 400 | 422, message: string, schema: z.ZodType, value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error(`The example's wrong input passed: ${JSON.stringify(value)}`);
  return validationError(status, message, parsed.error.issues);
}

const post = (body: string, headers: Record<string, string>) => new Request(`${API}/responses`, { method: "POST", body, headers });

async function readRefusal(request: Request): Promise<Response> {
  const read = await readApiJson(request, MAX_SUBMIT_BYTES);
  if (read.ok) throw new Error("The example's request body was accepted");
  return read.response;
}

/** One question of each kind, in its section: the full instrument is long, and its shape is what a program needs. */
function instrumentExample() {
  const full = instrumentDocument(instrument);
  const shown = new Set<string>();
  const sections = full.sections
    .map((section) => ({
      ...section,
      questions: section.questions.filter((question) => !shown.has(question.kind) && shown.add(question.kind)),
    }))
    .filter((section) => section.questions.length > 0);
  const questions = full.sections.reduce((sum, section) => sum + section.questions.length, 0);
  return example(`One question of each kind in its section (the document lists all ${questions} questions in ${full.sections.length} sections)`, {
    version: full.version,
    sections,
  });
}

async function submitExamples(sample: SampleReport): Promise<OperationExamples> {
  const request: SubmitResponseRequest = { instrumentVersion: INSTRUMENT_VERSION, answers: sample.answers };
  const withContact: SubmitResponseRequest = {
    ...request,
    participant: { consent: true, name: "Ana Pereira", email: "ana.pereira@example.com", companyName: "Pereira Industrial Ltda." },
  };
  const outOfPool: SubmitResponseRequest = { ...request, inPool: false };
  const { result: score } = scoreRow(sample.answers, responseColumns(sample.answers));
  const stored = fromCompleted({ responseId: RESPONSE_ID, reportToken: REPORT_TOKEN, score, document: sample.document }, sample.answers);
  const result = submissionResult(stored, `${SITE}${reportPath(REPORT_TOKEN)}`);
  // The same participant out of the pool: the same scores and peer figures (the pool does not count them either way
  // before they are stored), only inPool differs.
  const outOfPoolAnswers = answersFromRequest(outOfPool);
  if (!outOfPoolAnswers.ok) throw new Error("The example's inPool was refused");
  const outOfPoolResult = submissionResult(
    fromCompleted({ responseId: RESPONSE_ID, reportToken: REPORT_TOKEN, score, document: sample.document }, outOfPoolAnswers.answers as Answers),
    `${SITE}${reportPath(REPORT_TOKEN)}`,
  );

  const twice = answersFromRequest({ ...withContact, answers: { ...sample.answers, [PART_A_IDS.email]: "ana@example.com" } });
  if (twice.ok) throw new Error("The example's doubled field was accepted");
  const wrongAnswers: Answers = { ...sample.answers, [PART_B_IDS.wonCount]: -3, [PART_A_IDS.industry]: "shipbuilding" };
  delete wrongAnswers[PART_A_IDS.companySize];

  return {
    parameters: { "Idempotency-Key": IDEMPOTENCY_KEY },
    requestBody: {
      sample: example("The sample report's participant: every part answered, no contact details", request),
      withContact: example("The same answers with contact details, which are kept because consent is true", withContact),
      outOfPool: example(
        "The same answers kept out of the benchmark pool: a full report against the pool, counted in no benchmark",
        outOfPool,
      ),
    },
    responses: {
      "201": {
        stored: example("The sample participant's scores, compared with their peer group", result),
        outOfPool: example("The same participant out of the pool: the same comparison, inPool false", outOfPoolResult),
      },
      "200": { replayed: example("A retry with the same Idempotency-Key and answers: the first result again", result) },
      "400": {
        notJson: await errorExample("The body is not JSON", await readRefusal(post("{ instrumentVersion: 2026 ", { "content-type": "application/json" }))),
        wrongShape: await errorExample(
          "answers misspelt",
          refused(400, refusals.SUBMIT_BODY_UNUSABLE, SubmitResponseRequestSchema, { instrumentVersion: INSTRUMENT_VERSION, answer: sample.answers }),
        ),
        badKey: await errorExample(
          "An Idempotency-Key with a space",
          refusals.idempotencyKeyUnusable(IdempotencyKeySchema.safeParse("order 1234").error!.issues[0]!.message),
        ),
        sentTwice: await errorExample("Contact details both in answers and in participant", refusals.sentTwice(twice.fields)),
      },
      "409": {
        oldVersion: await errorExample("Answers to an earlier instrument", refusals.oldInstrumentVersion("2025.4")),
        linkNotRecoverable: await errorExample("A retry of a response stored before report links were hashed", refusals.reportLinkNotRecoverable()),
      },
      "413": {
        tooLarge: await errorExample(
          `A body over ${MAX_SUBMIT_BYTES} bytes`,
          await readRefusal(post("x".repeat(MAX_SUBMIT_BYTES + 1), { "content-type": "application/json" })),
        ),
      },
      "415": { notJson: await errorExample("Sent as a form", await readRefusal(post("answers=1", { "content-type": "application/x-www-form-urlencoded" }))) },
      "422": {
        invalidAnswers: await errorExample(
          "A required answer left out, an unknown option and a negative count",
          refused(422, refusals.ANSWERS_INVALID, ResponseAnswersSchema, wrongAnswers),
        ),
        keyReused: await errorExample("The same Idempotency-Key with different answers", refusals.idempotencyKeyReused()),
        ...(await teamSubmitRefusals()),
      },
      "429": await tooMany("submit", SETTINGS.SUBMIT_RATE_LIMIT_PER_MINUTE),
      "500": await serverError(),
    },
  };
}

/** A group's figures counted from the synthetic population as the database counts them (readBenchmarkFigures). */
async function populationFigures(sample: SampleReport, query: BenchmarkQuery): Promise<GroupFigures> {
  const counts = syntheticPeerCounts(sample.population);
  const filter = { industry: query.industry ?? null, companySize: query.companySize ?? null };
  const [n] = await counts.groupSizes(SCORING_VERSION, [filter]);
  const { indices } = await counts.groupCounts(SCORING_VERSION, filter);
  const metrics = {} as GroupFigures["metrics"];
  for (const metric of PEER_METRICS) {
    const histogram = Array.from({ length: HISTOGRAM_LENGTH }, (_, score) => indices[metric]?.[score] ?? 0);
    const total = histogram.reduce((sum, count) => sum + count, 0);
    metrics[metric] = { n: total, quantiles: [0.25, 0.5, 0.75].map((q) => (total ? histogramQuantile(histogram, q) : null)) };
  }
  return { n: n ?? 0, metrics };
}

async function benchmarkExamples(sample: SampleReport, profile: ReturnType<typeof responseColumns>): Promise<OperationExamples> {
  const threshold = SETTINGS.BENCHMARK_QUARTILE_THRESHOLD;
  const shown: BenchmarkQuery = { industry: profile.industry! };
  const narrow: BenchmarkQuery = { industry: profile.industry!, companySize: profile.companySize! };
  const group = (query: BenchmarkQuery) => populationFigures(sample, query).then((figures) => benchmarksOf(query, figures, threshold));
  return {
    parameters: { ...narrow, region: profile.region!, salesModel: profile.salesModel! },
    responses: {
      "200": {
        shown: example(`industry=${shown.industry}: at least ${threshold} completed responses`, await group(shown)),
        suppressed: example(
          `industry=${narrow.industry}&companySize=${narrow.companySize}: fewer than ${threshold}, so nothing is published`,
          await group(narrow),
        ),
      },
      "400": {
        unknownOption: await errorExample("An industry that is not an option value", refused(400, refusals.FILTERS_UNRECOGNISED, BenchmarkQuerySchema, { industry: "shipbuilding" })),
      },
      "429": await tooMany("benchmarks", SETTINGS.BENCHMARKS_RATE_LIMIT_PER_MINUTE),
      "500": await serverError(),
    },
  };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The population's newest responses of the sample's industry and size, as the admin list and the CSV give them. */
function adminRows(sample: SampleReport, profile: ReturnType<typeof responseColumns>) {
  const group = sample.population
    .filter(({ answers }) => answers[PART_A_IDS.industry] === profile.industry && answers[PART_A_IDS.companySize] === profile.companySize)
    .sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime());
  const from = day(group[Math.min(2, group.length - 1)]!.completedAt);
  const rows = group
    .filter((response) => day(response.completedAt) >= from)
    .map((response, index) => {
      const columns = responseColumns(response.answers);
      return { id: exampleUuid(`population response ${index}`), response, columns, score: scoreRow(response.answers, columns).columns };
    });
  return { rows, filter: { industry: profile.industry!, companySize: profile.companySize!, from, to: day(SAMPLE_DATE) } };
}

function listExample(sample: SampleReport, profile: ReturnType<typeof responseColumns>): AdminResponsesPage {
  const { rows } = adminRows(sample, profile);
  return {
    items: rows.map(({ id, response, columns, score }) => ({
      id,
      completedAt: response.completedAt.toISOString(),
      industry: columns.industry,
      companySize: columns.companySize,
      companyName: columns.companyName,
      contactEmail: columns.contactEmail,
      overall: score.overall,
      value: score.valueIndex,
      number: score.numberIndex,
      winRate: score.winRateIndex,
      salesCycle: score.salesCycleIndex,
      personal: score.personalIndex,
      category: score.companyCategory,
      inPool: joinsPool(response.answers),
      teamSize: null,
      hasReport: true,
    })),
    page: 1,
    pageSize: RESPONSES_PAGE_SIZE,
    total: rows.length,
    pageCount: Math.ceil(rows.length / RESPONSES_PAGE_SIZE),
  };
}

/** The export's own code writes the example: the same columns and cells as /admin/export.csv would. */
function csvExample(sample: SampleReport, profile: ReturnType<typeof responseColumns>): string {
  const columns = exportColumns({ includeContact: false });
  // By response id, as the export reads its rows (a keyset on the primary key).
  const responses: ExportResponse[] = [...adminRows(sample, profile).rows]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map(({ id, response, score }) => ({
      id,
      completedAt: response.completedAt,
      startedAt: response.startedAt,
      instrumentVersion: INSTRUMENT_VERSION,
      inPool: joinsPool(response.answers),
      answers: response.answers,
      score: {
        scoringVersion: score.scoringVersion,
        overall: score.overall,
        valueIndex: score.valueIndex,
        numberIndex: score.numberIndex,
        winRateIndex: score.winRateIndex,
        salesCycleIndex: score.salesCycleIndex,
        personalIndex: score.personalIndex,
        companyCategory: score.companyCategory,
        personalCategory: score.personalCategory,
        sectionScores: score.sectionScores,
        averageDealUsd: score.averageDealUsd,
        velocityUsd: score.velocityUsd,
      },
      contact: null,
    }));
  return csvRow(columns.map((column) => column.name)) + exportCsvRows(responses, columns);
}

let built: Promise<ApiExamples> | undefined;

/** Built once per process (a few hundred milliseconds: the sample report and its population). */
export function apiExamples(): Promise<ApiExamples> {
  built ??= buildApiExamples().catch((error: unknown) => {
    built = undefined;
    throw error;
  });
  return built;
}

/** Builds them afresh (apiExamples keeps the first build). */
export async function buildApiExamples(): Promise<ApiExamples> {
  const sample = await buildSampleReport({ minPeers: SETTINGS.PEER_GROUP_MIN_SIZE, anonymityThreshold: SETTINGS.ANONYMITY_THRESHOLD });
  const profile = responseColumns(sample.answers);
  const { filter } = adminRows(sample, profile);
  const rules = { minPeers: SETTINGS.PEER_GROUP_MIN_SIZE, anonymityThreshold: SETTINGS.ANONYMITY_THRESHOLD };
  const reports = await reportAnswerExamples(sample, rules, SITE, REPORT_TOKEN);
  return {
    getInstrument: { responses: { "200": { instrument: instrumentExample() }, "500": await serverError() } },
    submitResponse: await submitExamples(sample),
    getReport: {
      parameters: { token: REPORT_TOKEN },
      responses: {
        "200": {
          sample: example("The sample report (also at /sample-report): a first report, with no earlier ones", reports.firstReport),
          retaken: example("The same participant a year after a weaker first go: the report of the retake, its first report under earlier", reports.retake),
        },
        "404": { unknown: await errorExample("A token no report has", refusals.reportNotFound()) },
        "500": await serverError(),
      },
    },
    getBenchmarks: await benchmarkExamples(sample, profile),
    ...(await teamApiExamples(sample)),
    listResponses: {
      parameters: { page: 1, sort: "date", dir: "desc", ...filter, q: "example.com" },
      responses: {
        "200": {
          page: example(
            `industry=${filter.industry}&companySize=${filter.companySize}&from=${filter.from}&to=${filter.to}, newest first`,
            listExample(sample, profile),
          ),
        },
        "400": {
          unusable: await errorExample("A page of 0 and an unknown sort", refused(400, refusals.QUERY_UNUSABLE, AdminResponsesQuerySchema, { page: "0", sort: "revenue" })),
        },
        "401": await notAdmin(),
        "500": await serverError(),
      },
    },
    deleteResponse: {
      parameters: { id: RESPONSE_ID },
      responses: {
        "401": await notAdmin(),
        "403": {
          foreignOrigin: await errorExample("The admin session cookie sent from another site", refusals.foreignOrigin()),
          readOnly: await errorExample("An API token that may only read", refusals.readOnlyToken()),
        },
        "404": { unknown: await errorExample("An id no response has", refusals.responseNotFound()) },
        "500": await serverError(),
      },
    },
    exportResponses: {
      parameters: { ...filter, contact: "0", pool: "in" },
      responses: {
        "200": { rows: example("The same responses as the list's example, without contact columns", csvExample(sample, profile)) },
        "400": {
          unusable: await errorExample("A date that is not YYYY-MM-DD", refused(400, refusals.QUERY_UNUSABLE, AdminExportQuerySchema, { from: "16/11/2026" })),
        },
        "401": await notAdmin(),
        "500": await serverError(),
      },
    },
  };
}
