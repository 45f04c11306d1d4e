import "server-only";
import type { Prisma } from "./generated/client";
import { db } from "./client";
import { hashToken, isWellFormedToken } from "./tokens";

export type StoredReport = {
  responseId: string;
  document: unknown;
  reportVersion: string;
  createdAt: Date;
  /** A retake's report: the response it was retaken from (its earlier reports start there); null for a first report. */
  previousResponseId: string | null;
};

/** What is stored of a report's private link (lib/responses/report-token.ts makes and checks it). */
export interface StoredReportLink {
  /** SHA-256 (hex) of the token. */
  tokenHash: string;
  /** The salt the token was derived with from its submitter's secret; null when it was random. */
  tokenSalt: string | null;
}

/** The columns of StoredReportLink, for a select. */
export const REPORT_LINK_COLUMNS = { tokenHash: true, tokenSalt: true } as const;

const storedReport = {
  responseId: true,
  document: true,
  reportVersion: true,
  createdAt: true,
  response: { select: { previousResponseId: true } },
} as const;

type StoredReportRow = Omit<StoredReport, "previousResponseId"> & { response: { previousResponseId: string | null } };

function toStoredReport(row: StoredReportRow | null): StoredReport | null {
  if (!row) return null;
  const { response, ...report } = row;
  return { ...report, previousResponseId: response.previousResponseId };
}

/**
 * The stored report for a private link, found by the link's hash (one lookup on the unique index: only hashes are
 * stored, docs/decisions/020-report-tokens-hashed.md); malformed tokens never reach the database.
 */
export async function findReport(token: string): Promise<StoredReport | null> {
  if (!isWellFormedToken(token)) return null;
  return toStoredReport(await db().report.findUnique({ where: { tokenHash: hashToken(token) }, select: storedReport }));
}

/** A response's report, for an admin (who reads it by response id: the participant's link is not stored). */
export async function findReportOfResponse(responseId: string): Promise<StoredReport | null> {
  return toStoredReport(await db().report.findUnique({ where: { responseId }, select: storedReport }));
}

/** A report of a response a retake came from, as stored. */
export interface ReportRetakenFrom {
  responseId: string;
  completedAt: Date;
  document: unknown;
}

/** Far more retakes than anyone makes; a bound on the walk all the same. */
const MAX_EARLIER_REPORTS = 100;

/**
 * The report of `responseId` and of each response it was in turn retaken from, oldest first: what a retake of
 * `responseId` has as its earlier reports (docs/decisions/027-retake.md). One recursive query along
 * previousResponseId; only completed responses that have a report. Erasing one response ends the walk there.
 */
export async function findReportsRetakenFrom(responseId: string): Promise<ReportRetakenFrom[]> {
  const rows = await db().$queryRaw<{ responseId: string; completedAt: string; document: unknown }[]>`
    WITH RECURSIVE chain (id, previous, depth) AS (
      SELECT id, "previousResponseId", 1 FROM "Response" WHERE id = ${responseId}::uuid
      UNION ALL
      SELECT r.id, r."previousResponseId", chain.depth + 1 FROM "Response" AS r JOIN chain ON r.id = chain.previous
       WHERE chain.depth < ${MAX_EARLIER_REPORTS})
    SELECT chain.id::text AS "responseId", to_char(r."completedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "completedAt", p.document
      FROM chain JOIN "Response" AS r ON r.id = chain.id JOIN "Report" AS p ON p."responseId" = chain.id
     WHERE r.status = 'COMPLETED' AND r."completedAt" IS NOT NULL
     ORDER BY chain.depth DESC`;
  return rows.map((row) => ({ ...row, completedAt: new Date(row.completedAt) }));
}

/** Completed, scored responses that have no report yet, in id order: the first `take` of them. */
export async function findResponsesWithoutReport(take: number): Promise<{ id: string; answers: unknown }[]> {
  return db().response.findMany({
    where: { status: "COMPLETED", report: null, score: { isNot: null } },
    select: { id: true, answers: true },
    orderBy: { id: "asc" },
    take,
  });
}

export interface NewReport extends StoredReportLink {
  responseId: string;
  reportVersion: string;
  scoringVersion: string;
  document: unknown;
}

export async function insertReport(report: NewReport): Promise<void> {
  await db().report.create({ data: { ...report, document: report.document as Prisma.InputJsonValue }, select: { id: true } });
}

const ofCompleted = { response: { status: "COMPLETED" as const } };

export async function countReportsOfCompleted(): Promise<number> {
  return db().report.count({ where: ofCompleted });
}

export interface ReportToRebuild {
  id: string;
  responseId: string;
  answers: unknown;
  completedAt: Date | null;
  /** A retake's: the response it was retaken from. */
  previousResponseId: string | null;
}

/** Reports of completed responses after `after` (by report id), with their responses' answers: the next `take`. */
export async function findReportsAfter(after: string | undefined, take: number): Promise<ReportToRebuild[]> {
  const rows = await db().report.findMany({
    where: { ...ofCompleted, ...(after === undefined ? {} : { id: { gt: after } }) },
    orderBy: { id: "asc" },
    take,
    select: { id: true, responseId: true, response: { select: { answers: true, completedAt: true, previousResponseId: true } } },
  });
  return rows.map(({ id, responseId, response }) => ({ id, responseId, ...response }));
}

export interface RebuiltReport {
  id: string;
  scoringVersion: string;
  document: unknown;
}

/**
 * Replaces report documents in one statement, touching only those that differ (jsonb equality, so key order in the
 * JSON does not matter) or carry other versions; the number changed.
 */
export async function updateChangedReports(rows: RebuiltReport[], reportVersion: string): Promise<number> {
  return db().$executeRaw`
    UPDATE "Report" AS r
    SET document = v.document, "scoringVersion" = v."scoringVersion", "reportVersion" = ${reportVersion}
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(id uuid, "scoringVersion" text, document jsonb)
    WHERE r.id = v.id
      AND (r.document IS DISTINCT FROM v.document OR r."scoringVersion" IS DISTINCT FROM v."scoringVersion"
        OR r."reportVersion" IS DISTINCT FROM ${reportVersion})`;
}
