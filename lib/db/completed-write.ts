/**
 * The SQL that stores a completed response with its score and report, kept as short as it can be: every aggregate
 * row the triggers touch (ScoreCount, AnswerCount) stays locked until the write commits, and concurrent submissions
 * queue on those rows, so nothing slow may happen between the first write and the commit. Everything is computed
 * beforehand (lib/db/submit.ts); here it is only written, straight through the connection pool (Prisma's per-query
 * work cost more than these statements):
 *
 *   insertCompleted(rows): one statement (its own transaction) inserting responses with their scores and reports;
 *     a pg error with code 23505 when an idempotency key is already stored;
 *   completeDraftRow(row): in one transaction, the draft's conditional status flip, then the score and the report in
 *     one statement; false when the draft was no longer a draft (then nothing is written).
 *
 * Every value is a parameter with an explicit cast; column names are ours, never input.
 */
import "server-only";
import type { ScoreRowColumns } from "./score-columns";
import { sqlPool } from "./client";

type SqlType = "uuid" | "text" | "int" | "float8" | "jsonb" | "timestamp(3)" | '"ResponseStatus"';
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
};

export interface CompletedRow {
  responseId: string;
  /** Columns copied out of the answers (lib/db/response-columns.ts). */
  responseColumns: Record<string, string | null>;
  answers: unknown;
  score: ScoreRowColumns;
  scoreId: string;
  report: { id: string; token: string; reportVersion: string; document: unknown };
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
  /** `INSERT INTO "T" ("a", "b") VALUES ($1::t, $2::t), …`: rows made by one function, so with the same columns. */
  insert(table: string, rows: Record<string, Typed>[]): string {
    const names = Object.keys(rows[0]!);
    const values = rows.map((row) => `(${names.map((name) => this.add(row[name]!)).join(", ")})`);
    return `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) VALUES ${values.join(", ")}`;
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
    // Given here because the peer-key trigger on "Score" cannot see a response inserted by the same statement.
    region: text(row.responseColumns.region),
    salesModel: text(row.responseColumns.salesModel),
    computedAt: [row.now, "timestamp(3)"],
  };
}

function reportValues(row: CompletedRow): Record<string, Typed> {
  return {
    id: [row.report.id, "uuid"],
    responseId: [row.responseId, "uuid"],
    token: text(row.report.token),
    reportVersion: text(row.report.reportVersion),
    scoringVersion: text(row.score.scoringVersion),
    document: [row.report.document, "jsonb"],
    createdAt: [row.now, "timestamp(3)"],
  };
}

const scoreAndReport = (params: Params, rows: CompletedRow[]) =>
  `stored_score AS (${params.insert("Score", rows.map(scoreValues))}), stored_report AS (${params.insert("Report", rows.map(reportValues))})`;

export type NewCompletedRow = CompletedRow & { instrumentVersion: string; submitKey: string | null };

/**
 * New completed responses (the API path), each with its idempotency key if any, in one statement: all or none.
 * lib/db/submit.ts groups concurrent submissions into one call (lib/db/write-batcher.ts).
 */
export async function insertCompleted(rows: NewCompletedRow[]): Promise<void> {
  const params = new Params();
  const responses = params.insert(
    "Response",
    rows.map((row) => ({
      id: [row.responseId, "uuid"],
      instrumentVersion: text(row.instrumentVersion),
      submitKey: text(row.submitKey),
      startedAt: [row.now, "timestamp(3)"],
      ...responseValues(row),
    })),
  );
  await sqlPool().query(`WITH stored_response AS (${responses}), ${scoreAndReport(params, rows)} SELECT 1`, params.values);
}

/**
 * Completes a draft (the browser path): the conditional flip first — a second request for the same draft waits on
 * its row lock and then finds it completed — then the score and the report, which the peer-key trigger now sees.
 */
export async function completeDraftRow(row: CompletedRow): Promise<boolean> {
  const client = await sqlPool().connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const flip = new Params();
    const assignments = Object.entries(responseValues(row)).map(([name, typed]) => `"${name}" = ${flip.add(typed)}`);
    const id = flip.add([row.responseId, "uuid"]);
    const flipped = await client.query(`UPDATE "Response" SET ${assignments.join(", ")} WHERE id = ${id} AND status = 'DRAFT'`, flip.values);
    if (flipped.rowCount === 0) {
      await client.query("ROLLBACK");
      return false;
    }
    const params = new Params();
    await client.query(`WITH ${scoreAndReport(params, [row])} SELECT 1`, params.values);
    await client.query("COMMIT");
    return true;
  } catch (error) {
    // A connection that cannot even roll back is dropped rather than reused.
    await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
