// The OpenAPI 3.1 description of /api/v1, generated from the same zod schemas the route handlers validate with, with
// examples made by the code that answers the requests (openapi-examples.ts). Served at /api/v1/openapi.json and
// rendered for people at /docs/api.
import { z } from "zod";
import { createDocument, type ZodOpenApiResponseObject } from "zod-openapi";
import type { oas32 } from "zod-openapi";
import { INSTRUMENT_VERSION } from "@/lib/instrument";
import { ADMIN_SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { AdminExportQuerySchema, AdminResponsesPageSchema, AdminResponsesQuerySchema, ResponseIdParamsSchema } from "./admin-schemas";
import { BenchmarkQuerySchema, BenchmarksSchema } from "./benchmark-schemas";
import { ReportAnswerSchema } from "./report-answer";
import {
  ApiErrorSchema,
  IdempotencyKeySchema,
  InstrumentDocumentSchema,
  MAX_SUBMIT_BYTES,
  ReportTokenParamsSchema,
  SubmitResponseRequestSchema,
  SubmitResponseResultSchema,
} from "./schemas";
import { RETRY_AFTER_EXAMPLE, apiExamples, type ApiExamples } from "./openapi-examples";
import { CreateTeamRequestSchema, CreateTeamResultSchema, DashboardTokenParamsSchema, TeamDashboardSchema } from "./team-schemas";

const json = (schema: z.ZodType, description: string, extra: Partial<ZodOpenApiResponseObject> = {}): ZodOpenApiResponseObject => ({
  description,
  content: { "application/json": { schema } },
  ...extra,
});
const error = (description: string, extra: Partial<ZodOpenApiResponseObject> = {}) => json(ApiErrorSchema, description, extra);
const serverError = error("Unexpected failure on the server; nothing was stored. The body never contains internals.");
const adminOnly: Record<string, string[]>[] = [{ bearerAuth: [] }, { adminSession: [] }];
const notAdmin = error("No valid admin session cookie or API token.");
const retryAfter = (description: string) =>
  z.object({ "Retry-After": z.string().meta({ description, example: String(RETRY_AFTER_EXAMPLE) }) });

export type OpenApiDocument = oas32.OpenAPIObject;

/** The document as served: with the examples, built once per process. */
export async function publishedOpenApiDocument(): Promise<OpenApiDocument> {
  return openApiDocument(await apiExamples());
}

export function openApiDocument(examples: ApiExamples): OpenApiDocument {
  return withExamples(describeApi(), examples);
}

function describeApi(): OpenApiDocument {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Dealmaker Index API",
      version: "1.0.0",
      description: [
        "Read the survey instrument, submit complete responses, read reports and public benchmarks, and manage responses as an admin.",
        `Every error is JSON: \`{ "error": { "message", "fields": { [questionId]: message } } }\`. The current instrument version is ${INSTRUMENT_VERSION}.`,
      ].join("\n\n"),
    },
    tags: [
      { name: "Survey", description: "The instrument and submissions." },
      { name: "Reports and benchmarks" },
      { name: "Teams", description: "Team mode: a leader's team, its invite code and its private dashboard." },
      { name: "Admin", description: "Needs an admin session cookie or `Authorization: Bearer <API token>` (created by an admin)." },
    ],
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "An API token created by an admin (shown once, stored hashed, revocable)." },
        adminSession: { type: "apiKey", in: "cookie", name: ADMIN_SESSION_COOKIE, description: "The admin area's session cookie." },
      },
    },
    paths: {
      "/api/v1/instrument": {
        get: {
          tags: ["Survey"],
          operationId: "getInstrument",
          summary: "The survey: sections, questions, allowed values and limits",
          responses: { "200": json(InstrumentDocumentSchema, "The current instrument."), "500": serverError },
        },
      },
      "/api/v1/responses": {
        post: {
          tags: ["Survey"],
          operationId: "submitResponse",
          summary: "Submit a complete response; get its scores and a private report link",
          description: [
            "Checked by the same schema as the browser form and stored by the same write path (response, scores and report in one transaction; the peer snapshot is read just before).",
            "Send an `Idempotency-Key` header to retry safely: a retry with the same key and answers returns the first result (200, `Idempotent-Replayed: true`) and stores nothing. A key is kept for 24 hours after its response was stored (IDEMPOTENCY_KEY_RETENTION_HOURS), then forgotten within the hour: the same key sent later stores a new response.",
            `The body is limited to ${MAX_SUBMIT_BYTES} bytes. Submissions are rate-limited per client (SUBMIT_RATE_LIMIT_PER_MINUTE).`,
          ].join("\n\n"),
          requestParams: { header: z.object({ "Idempotency-Key": IdempotencyKeySchema.optional() }) },
          requestBody: { required: true, content: { "application/json": { schema: SubmitResponseRequestSchema } } },
          responses: {
            "201": json(SubmitResponseResultSchema, "Stored."),
            "200": json(SubmitResponseResultSchema, "A retry with an Idempotency-Key already used for these answers: the first result, nothing stored."),
            "400": error("Malformed JSON, a body that is not { instrumentVersion, answers }, or an unusable Idempotency-Key."),
            "409": error(
              "The instrumentVersion is unknown or old (`error.currentVersion` names the one to use); or a retry whose Idempotency-Key was first used before report links were stored hashed, so its report link cannot be given again.",
            ),
            "413": error(`The body is larger than ${MAX_SUBMIT_BYTES} bytes.`),
            "415": error("The body is not sent as application/json."),
            "422": error("Answers missing or invalid (one message per question id), an Idempotency-Key reused for different answers, or a `team` invite code that is unknown or closed (`fields.team`)."),
            "429": error("Too many submissions from this client.", { headers: retryAfter("Seconds until a submission is accepted again.") }),
            "500": serverError,
          },
        },
      },
      "/api/v1/reports/{token}": {
        get: {
          tags: ["Reports and benchmarks"],
          operationId: "getReport",
          summary: "The stored report document for a report token, with the participant's earlier reports",
          description: [
            "The report document exactly as it was generated, and `earlier`: the reports it was retaken from (a participant who took the survey again from their report or a mailed invitation), oldest first, each with its date, its indices and a `url` that opens it through this token.",
            "No other report's token is ever given: whoever holds a report's token may read the reports before it, never a later one.",
          ].join("\n\n"),
          requestParams: { path: ReportTokenParamsSchema },
          responses: {
            "200": json(ReportAnswerSchema, "The report as it was generated, with its earlier reports."),
            "404": error("No report has this token."),
            "500": serverError,
          },
        },
      },
      "/api/v1/benchmarks": {
        get: {
          tags: ["Reports and benchmarks"],
          operationId: "getBenchmarks",
          summary: "Public index quartiles for a peer group, under disclosure control",
          description: [
            "The p25, median and p75 of each index over the group's completed responses, in whole percents. A group with fewer than `minimumGroupSize` (BENCHMARK_QUARTILE_THRESHOLD, by default 4 × ANONYMITY_THRESHOLD) completed responses is suppressed and looks exactly like an empty one; an index that fewer of the group's responses have is suppressed alone.",
            "No count is published, exact or as a band, so no combination of filters can be subtracted from another to find how many responses a suppressed group holds.",
          ].join("\n\n"),
          requestParams: { query: BenchmarkQuerySchema },
          responses: {
            "200": json(BenchmarksSchema, "The group's figures."),
            "400": error("A filter is not a known option value."),
            "429": error("Too many benchmark requests from this client (BENCHMARKS_RATE_LIMIT_PER_MINUTE).", {
              headers: retryAfter("Seconds until a request is accepted again."),
            }),
            "500": serverError,
          },
        },
      },
      ...teamPaths(),
      "/api/v1/admin/responses": {
        get: {
          tags: ["Admin"],
          operationId: "listResponses",
          summary: "Completed responses, a page at a time",
          security: adminOnly,
          requestParams: { query: AdminResponsesQuerySchema },
          responses: {
            "200": json(AdminResponsesPageSchema, "One page."),
            "400": error("A query parameter is not usable."),
            "401": notAdmin,
            "500": serverError,
          },
        },
      },
      "/api/v1/admin/responses/{id}": {
        delete: {
          tags: ["Admin"],
          operationId: "deleteResponse",
          summary: "Erase a response with its scores and report",
          security: adminOnly,
          requestParams: { path: ResponseIdParamsSchema },
          responses: {
            "204": { description: "Deleted." },
            "401": notAdmin,
            "403": error("An admin session sent from another site, or an API token that may only read."),
            "404": error("No response has this id."),
            "500": serverError,
          },
        },
      },
      "/api/v1/admin/export.csv": {
        get: {
          tags: ["Admin"],
          operationId: "exportResponses",
          summary: "Every completed response with its scores, as CSV",
          security: adminOnly,
          requestParams: { query: AdminExportQuerySchema },
          responses: {
            "200": { description: "CSV with a header row (UTF-8), one row per completed response in id order; /admin/export-columns describes every column.", content: { "text/csv": { schema: z.string() } } },
            "400": error("A query parameter is not usable."),
            "401": notAdmin,
            "500": serverError,
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: { "200": { description: "OpenAPI 3.1.", content: { "application/json": { schema: z.looseObject({ openapi: z.string() }) } } } },
        },
      },
    },
  });
}

/** Team mode (issue 16, docs/decisions/030-team-mode.md). */
function teamPaths() {
  return {
    "/api/v1/teams": {
      post: {
        tags: ["Teams"],
        operationId: "createTeam",
        summary: "Create a team; get its invite code and its two private links",
        description: [
          "Members open `inviteUrl` (or send `inviteCode` as `team` with POST /api/v1/responses) and take the survey as members of the team; the leader reads `dashboardUrl`. Only the dashboard token's hash is stored: the link is in this answer and, with `leaderEmail`, in the leader's mail, and nowhere else.",
          "Rate-limited per client (TEAM_RATE_LIMIT_PER_HOUR), together with the site's own form.",
        ].join("\n\n"),
        requestBody: { required: true, content: { "application/json": { schema: CreateTeamRequestSchema } } },
        responses: {
          "201": json(CreateTeamResultSchema, "Created."),
          "400": error("Malformed JSON, or a body that is not { name, leaderEmail? }."),
          "415": error("The body is not sent as application/json."),
          "422": error("An empty or too long name, or an address that is not one."),
          "429": error("Too many new teams from this client.", { headers: retryAfter("Seconds until a team may be created again.") }),
          "500": serverError,
        },
      },
    },
    "/api/v1/teams/{dashboardToken}": {
      get: {
        tags: ["Teams"],
        operationId: "getTeamDashboard",
        summary: "A team's dashboard: members' spread, medians against peers, perception gaps",
        description:
          "Nothing drawn from the members' answers is given until TEAM_MIN_MEMBERS (`minimumMembers`) have completed (`suppressed: true`), and no member's own answers or scores ever are: medians over at least the minimum, quartiles over at least twice it, personal indices in 10-point bands.",
        requestParams: { path: DashboardTokenParamsSchema },
        responses: {
          "200": json(TeamDashboardSchema, "The team's figures now."),
          "404": error("No team has this dashboard token."),
          "500": serverError,
        },
      },
    },
  };
}

type Operation = oas32.OperationObject;
const METHODS = ["get", "put", "post", "delete", "patch"] as const;

/**
 * Puts each operation's examples in the document: a value per parameter, named examples for the request body and for
 * each response's media type. The document's own operation (getOpenApi) gets the start of the document. An example
 * for an operation, parameter or status the document does not have is a mistake and throws; one missing is left for
 * lib/api/openapi.test.ts to find.
 */
function withExamples(document: OpenApiDocument, examples: ApiExamples): OpenApiDocument {
  const all: ApiExamples = {
    ...examples,
    getOpenApi: {
      responses: {
        "200": { start: { summary: "The start of this document", value: { openapi: document.openapi, info: { title: document.info.title, version: document.info.version } } } },
      },
    },
  };
  const operations = new Map<string, Operation>();
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) if (item[method]?.operationId) operations.set(item[method].operationId, item[method]);
  }
  for (const [operationId, { parameters = {}, requestBody, responses }] of Object.entries(all)) {
    const operation = operations.get(operationId);
    if (!operation) throw new Error(`Examples for ${operationId}, which the document does not have`);
    for (const [name, value] of Object.entries(parameters)) {
      const parameter = (operation.parameters as oas32.ParameterObject[] | undefined)?.find((candidate) => candidate.name === name);
      if (!parameter) throw new Error(`An example for ${operationId}'s parameter ${name}, which it does not have`);
      parameter.example = value;
    }
    if (requestBody) mediaOf(operationId, "request body", (operation.requestBody as oas32.RequestBodyObject | undefined)?.content).examples = requestBody;
    for (const [status, named] of Object.entries(responses)) {
      const response = operation.responses?.[status] as oas32.ResponseObject | undefined;
      mediaOf(operationId, status, response?.content).examples = named;
    }
  }
  return document;
}

function mediaOf(operationId: string, what: string, content: oas32.ContentObject | undefined): oas32.MediaTypeObject {
  const media = Object.values(content ?? {});
  if (media.length !== 1) throw new Error(`Examples for ${operationId}'s ${what}, which has ${media.length} media types`);
  // Our content entries are inline media types, never references.
  return media[0] as oas32.MediaTypeObject;
}
