/**
 * The SQL that stores a completed response with its score and report, for the browser form and the JSON API alike,
 * kept as short as it can be: every aggregate row the triggers touch (ScoreHistogram, AnswerTally) stays locked until
 * the write commits, and concurrent submissions queue on those rows, so nothing slow may happen between the first
 * write and the commit. Everything is computed beforehand (lib/responses/submit.ts); here it is only written,
 * straight through the connection pool (Prisma's per-query work cost more than these statements):
 *
 *   writeCompletedResponse(row): Promise<boolean>
 *
 * One statement (its own transaction) upserts the response, then inserts the score and the report of every response
 * it wrote, and the mail with its report link when there is one (docs/decisions/025-mail.md): a submission stored is a
 * mail stored, and a repeated submit, which writes nothing, adds no second mail. A new response (the API) is
 * inserted; a draft (the browser, `row.responseId` its id) is completed by the ON CONFLICT branch, which only
 * touches a row still in DRAFT — a second request for the same draft waits on the row lock, finds it completed and
 * writes nothing. False when nothing was written for that reason; a pg error with code
 * 23505 when an idempotency key is already stored. Concurrent calls are written in groups (lib/db/write-batcher.ts).
 *
 * Every value is a parameter with an explicit cast; column names are ours, never input.
 */
import "server-only";
import type { NewOutboxMail } from "./outbox-mails";
import type { StoredReportLink } from "./reports";
import type { ScoreRowColumns } from "./score-columns";
import { sqlPool } from "./client";
import { createWriteBatcher } from "./write-batcher";

type SqlType = "uuid" | "text" | "int" | "float8" | "bool" | "jsonb" | "timestamp(3)" | '"ResponseStatus"';
type Typed = readonly [value: unknown, type: SqlType];

/** The Score row's own columns and their types; a column added to ScoreRowColumns must be added here. */
const SCORE_TYPES: Record<keyof ScoreRowColumns, SqlType> = {
  scoringVersion: "text",
  overall: "int",
  valueIndex: "int",
  numberIndex: "int",
  winRateIndex: "int",
  salesCycleIndex: "int",
  personalIndex: "int",
  companyCategory: "text",
  personalCategory: "text",
  sectionScores: "jsonb",
  industry: "text",
  companySize: "text",
  unitWinRate: "float8",
  valueWinRate: "float8",
  averageDealValue: "float8",
  cycleDays: "float8",
  velocity: "float8",
  averageDealUsd: "float8",
  velocityUsd: "float8",
  quotaAttainment: "float8",
  sellersAtQuota: "float8",
  opportunities: "float8",
  wonCount: "float8",
  lostCount: "float8",
  openCount: "float8",
  wonValueUsd: "float8",
  lostValueUsd: "float8",
  openValueUsd: "float8",
};

export interface CompletedRow {
  /** A new id (the API), or the id of the draft this completes (the browser form). */
  responseId: string;
  /** True when `responseId` is a draft's: that row is completed, never a new one inserted. */
  completesDraft: boolean;
  /** Kept from the draft when a draft is completed. */
  instrumentVersion: string;
  /** The API's idempotency key (hashed, namespaced), stored in the unique Response.submitKey column. */
  submitKey: string | null;
  /** Columns copied out of the answers (lib/db/response-columns.ts). */
  responseColumns: Record<string, string | null>;
  answers: unknown;
  score: ScoreRowColumns;
  scoreId: string;
  /** The link is stored as its hash (and salt), never as the token (docs/decisions/020-report-tokens-hashed.md). */
  report: StoredReportLink & { id: string; reportVersion: string; document: unknown };
  /** The report-link mail to the participant, when they gave an address and agreed to be contacted. */
  mail: NewOutboxMail | null;
  /** The team an API submission joins (a draft keeps the team it was started with: docs/decisions/030-team-mode.md). */
  team?: { teamId: string; teamRole: "leader" | "member" } | null;
  now: Date;
}

/** Collects parameters while a statement is written: `add([value, type])` gives `$n::type`. */
class Params {
  readonly values: unknown[] = [];
  add([value, type]: Typed): string {
    const stored =
      value === null || value === undefined
        ? null
        : type === "jsonb"
          ? JSON.stringify(value)
          : type === "timestamp(3)"
            ? (value as Date).toISOString()
            : value;
    this.values.push(stored);
    return `$${this.values.length}::${type}`;
  }
  /** `VALUES ($1::t, $2::t), …` of rows made by one function (so with the same columns), and those columns. */
  rows(rows: Record<string, Typed>[]): { names: string[]; values: string } {
    const names = Object.keys(rows[0]!);
    const values = rows.map((row) => `(${names.map((name) => this.add(row[name]!)).join(", ")})`);
    return { names, values: `VALUES ${values.join(", ")}` };
  }
}

const text = (value: string | null | undefined): Typed => [value ?? null, "text"];

function responseValues(row: CompletedRow): Record<string, Typed> {
  return {
    status: ["COMPLETED", '"ResponseStatus"'],
    answers: [row.answers, "jsonb"],
    completedAt: [row.now, "timestamp(3)"],
    updatedAt: [row.now, "timestamp(3)"],
    ...Object.fromEntries(Object.entries(row.responseColumns).map(([name, value]) => [name, text(value)])),
  };
}

function scoreValues(row: CompletedRow): Record<string, Typed> {
  const own = Object.entries(SCORE_TYPES).map(([name, type]) => [name, [row.score[name as keyof ScoreRowColumns], type] as Typed]);
  return {
    id: [row.scoreId, "uuid"],
    responseId: [row.responseId, "uuid"],
    ...Object.fromEntries(own),
    // Given here because the peer-key trigger on "Score" cannot see a response inserted by the same statement (for a
    // draft it sees the draft row, whose peer keys a trigger copied from the same answers: admin_overview migration).
    region: text(row.responseColumns.region),
    salesModel: text(row.responseColumns.salesModel),
    computedAt: [row.now, "timestamp(3)"],
  };
}

function reportValues(row: CompletedRow): Record<string, Typed> {
  return {
    id: [row.report.id, "uuid"],
    responseId: [row.responseId, "uuid"],
    tokenHash: text(row.report.tokenHash),
    tokenSalt: text(row.report.tokenSalt),
    reportVersion: text(row.report.reportVersion),
    scoringVersion: text(row.score.scoringVersion),
    document: [row.report.document, "jsonb"],
    createdAt: [row.now, "timestamp(3)"],
  };
}

function mailValues(mail: NewOutboxMail): Record<string, Typed> {
  return {
    id: [mail.id, "uuid"],
    kind: text(mail.kind),
    responseId: [mail.responseId, "uuid"],
    toAddress: text(mail.toAddress),
    subject: text(mail.subject),
    textBody: text(mail.textBody),
    htmlBody: text(mail.htmlBody),
    status: text(mail.status),
    createdAt: [mail.createdAt, "timestamp(3)"],
    updatedAt: [mail.createdAt, "timestamp(3)"],
  };
}

const list = (names: string[]) => names.map((name) => `"${name}"`).join(", ");

/**
 * Only the score and report of a response the first part of the statement wrote: none for a draft already completed.
 * `fromResponse` names columns taken from the response's row as written (after its triggers).
 */
function insertForWritten(params: Params, table: string, rows: Record<string, Typed>[], fromResponse: readonly string[] = []): string {
  const { names, values } = params.rows(rows);
  return `INSERT INTO "${table}" (${list([...names, ...fromResponse])})
    SELECT v.*${fromResponse.map((name) => `, w."${name}"`).join("")} FROM (${values}) AS v (${list(names)})
    JOIN stored_response AS w ON w.id = v."responseId"`;
}

/** All rows in one statement, all or none; for each row, whether it was written (false: a draft already completed). */
async function writeCompletedResponses(rows: CompletedRow[]): Promise<boolean[]> {
  const params = new Params();
  const { names, values } = params.rows(
    rows.map((row) => ({
      id: [row.responseId, "uuid"],
      instrumentVersion: text(row.instrumentVersion),
      submitKey: text(row.submitKey),
      startedAt: [row.now, "timestamp(3)"],
      teamId: [row.team?.teamId ?? null, "uuid"],
      teamRole: text(row.team?.teamRole),
      ...responseValues(row),
      completesDraft: [row.completesDraft, "bool"],
    })),
  );
  const columns = names.filter((name) => name !== "completesDraft");
  const mails = rows.flatMap((row) => (row.mail ? [row.mail] : []));
  // A draft keeps its start, instrument version, resume token, (null) key and team; what completes it is overwritten. A
  // draft deleted meanwhile is not brought back as a new row.
  const completing = Object.keys(responseValues(rows[0]!)).map((name) => `"${name}" = excluded."${name}"`);
  const sql = `WITH stored_response AS (
      INSERT INTO "Response" (${list(columns)})
      SELECT ${columns.map((name) => `v."${name}"`).join(", ")} FROM (${values}) AS v (${list(names)})
      WHERE NOT v."completesDraft" OR EXISTS (SELECT 1 FROM "Response" AS r WHERE r.id = v.id)
      ON CONFLICT (id) DO UPDATE SET ${completing.join(", ")} WHERE "Response".status = 'DRAFT'
      RETURNING id, "inPool"),
    -- The pool choice as the response's trigger derived it from the answers (pool_choice migration); the score's own
    -- trigger cannot see a response inserted by this statement.
    stored_score AS (${insertForWritten(params, "Score", rows.map(scoreValues), ["inPool"])}),
    stored_report AS (${insertForWritten(params, "Report", rows.map(reportValues))})${
      mails.length ? `,
    stored_mail AS (${insertForWritten(params, "OutboxMail", mails.map(mailValues))})` : ""
    }
    SELECT id FROM stored_response`;
  const { rows: written } = await sqlPool().query<{ id: string }>(sql, params.values);
  const ids = new Set(written.map((row) => row.id));
  return rows.map((row) => ids.has(row.responseId));
}

/**
 * Writes one completed response (see the top of this file); submissions that arrive together are written in one
 * statement, and each caller is answered once its own row is committed.
 */
export const writeCompletedResponse: (row: CompletedRow) => Promise<boolean> = createWriteBatcher({
  writeMany: writeCompletedResponses,
  writeOne: async (row: CompletedRow) => (await writeCompletedResponses([row]))[0]!,
  maxBatch: 32,
});
