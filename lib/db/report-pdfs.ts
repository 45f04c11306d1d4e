// Stored report PDFs (docs/decisions/018-job-queue.md): one per report, paper size, report version and stored
// document, rendered by a worker and served as stored. The document's hash is taken in SQL from jsonb's own text
// form, so every reader and writer agrees on it whatever the key order the document was written with.
import "server-only";
import { Prisma } from "./generated/client";
import { db } from "./client";
import { hashToken, isWellFormedToken } from "./tokens";

export type PdfPaperSize = "a4" | "letter";

export interface ReportPdfKey {
  reportId: string;
  paperSize: PdfPaperSize;
  reportVersion: string;
  documentHash: string;
}

const documentHash = (alias: string) =>
  Prisma.sql`encode(sha256(convert_to(${Prisma.raw(alias)}.document::text, 'UTF8')), 'hex')`;

/** What serving a report's PDF needs to know, without reading the whole document; null for an unknown token. */
export async function findReportPdfSubject(token: string): Promise<{
  id: string;
  reportVersion: string;
  createdAt: Date;
  documentHash: string;
  region: string | null;
  company: string | null;
} | null> {
  if (!isWellFormedToken(token)) return null;
  const [row] = await db().$queryRaw<
    { id: string; reportVersion: string; createdAt: Date; documentHash: string; region: string | null; company: string | null }[]
  >`
    SELECT r.id, r."reportVersion", r."createdAt", ${documentHash("r")} AS "documentHash",
           r.document #>> '{profile,region}' AS region, r.document #>> '{participant,company}' AS company
      FROM "Report" AS r
     WHERE r."tokenHash" = ${hashToken(token)}`;
  return row ?? null;
}

/**
 * The stored PDF for `key`: its ETag, and its bytes unless the ETag is one of `knownEtags` (then null: the client
 * has them). Null when none is stored yet.
 */
export async function findReportPdf(key: ReportPdfKey, knownEtags: string[] = []): Promise<{ etag: string; pdf: Uint8Array | null } | null> {
  const [row] = await db().$queryRaw<{ etag: string; pdf: Uint8Array | null }[]>`
    SELECT etag, CASE WHEN etag = ANY(${knownEtags}::text[]) OR '*' = ANY(${knownEtags}::text[]) THEN NULL ELSE pdf END AS pdf
      FROM "ReportPdf"
     WHERE "reportId" = ${key.reportId}::uuid AND "paperSize" = ${key.paperSize}
       AND "reportVersion" = ${key.reportVersion} AND "documentHash" = ${key.documentHash}`;
  return row ?? null;
}

/** A report as the PDF renderer needs it, with its document's hash; null when it no longer exists (erased). */
export async function findReportToRender(
  reportId: string,
): Promise<{ document: unknown; reportVersion: string; createdAt: Date; documentHash: string } | null> {
  const [row] = await db().$queryRaw<{ document: unknown; reportVersion: string; createdAt: Date; documentHash: string }[]>`
    SELECT r.document, r."reportVersion", r."createdAt", ${documentHash("r")} AS "documentHash"
      FROM "Report" AS r
     WHERE r.id = ${reportId}::uuid`;
  return row ?? null;
}

export async function hasReportPdf(key: ReportPdfKey): Promise<boolean> {
  return (await findReportPdf(key, ["*"])) !== null;
}

/**
 * Stores a rendered PDF (a second store of the same key keeps the first: its ETag stays true) and deletes the
 * report's PDFs on this paper that no longer match the report's current document or version, in one transaction.
 */
export async function storeReportPdf(key: ReportPdfKey & { etag: string; pdf: Uint8Array }): Promise<void> {
  await db().$transaction([
    db().$executeRaw`
      INSERT INTO "ReportPdf" ("reportId", "paperSize", "reportVersion", "documentHash", etag, pdf)
      VALUES (${key.reportId}::uuid, ${key.paperSize}, ${key.reportVersion}, ${key.documentHash}, ${key.etag}, ${key.pdf})
      ON CONFLICT DO NOTHING`,
    db().$executeRaw`
      DELETE FROM "ReportPdf" AS p
       USING "Report" AS r
       WHERE r.id = p."reportId" AND p."reportId" = ${key.reportId}::uuid AND p."paperSize" = ${key.paperSize}
         AND (p."reportVersion" <> r."reportVersion" OR p."documentHash" <> ${documentHash("r")})`,
  ]);
}

/** Of these reports, the PDFs stored for a document or version they no longer have: each report and paper once. */
export async function findStaleReportPdfs(reportIds: string[]): Promise<{ reportId: string; paperSize: PdfPaperSize }[]> {
  if (reportIds.length === 0) return [];
  return db().$queryRaw<{ reportId: string; paperSize: PdfPaperSize }[]>`
    SELECT DISTINCT p."reportId", p."paperSize"
      FROM "ReportPdf" AS p
      JOIN "Report" AS r ON r.id = p."reportId"
     WHERE p."reportId" = ANY(${reportIds}::uuid[])
       AND NOT EXISTS (
         SELECT 1 FROM "ReportPdf" AS current
          WHERE current."reportId" = p."reportId" AND current."paperSize" = p."paperSize"
            AND current."reportVersion" = r."reportVersion" AND current."documentHash" = ${documentHash("r")})`;
}
