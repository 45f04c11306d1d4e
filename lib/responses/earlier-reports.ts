// A retake's earlier reports (docs/decisions/027-retake.md): the reports of the responses it was retaken from, one
// after the other, oldest first, numbered from 1 as their links under the newer report's own link are
// (/r/{token}/earlier/{n}). Whoever holds a report's link may read the reports before it, never those after it.
import "server-only";
import { findReportsRetakenFrom } from "@/lib/db/reports";
import { ReportDocumentSchema, type ReportDocument } from "@/lib/report/document";
import type { EarlierReport } from "@/lib/report/earlier-report";
import { logger } from "@/lib/log";

export interface StoredEarlierReport {
  /** Its place among the earlier reports, 1 the oldest: the n of its link. */
  n: number;
  completedAt: Date;
  document: ReportDocument;
}

/**
 * The earlier reports of a report whose response was retaken from `previousResponseId` (none for a first report,
 * without a query). A stored document this code can no longer read is left out, its number kept by the others.
 */
export async function earlierReportsOf(previousResponseId: string | null): Promise<StoredEarlierReport[]> {
  if (!previousResponseId) return [];
  const stored = await findReportsRetakenFrom(previousResponseId);
  return stored.flatMap((report, index) => {
    const document = ReportDocumentSchema.safeParse(report.document);
    if (document.success) return [{ n: index + 1, completedAt: report.completedAt, document: document.data }];
    logger.warn({ responseId: report.responseId }, "an earlier report's stored document does not parse; it is left out");
    return [];
  });
}

/** What the report builder is given of them (lib/report/earlier-report.ts). */
export const forReportBuilder = (earlier: StoredEarlierReport[]): EarlierReport[] =>
  earlier.map(({ completedAt, document }) => ({ completedAt: completedAt.toISOString(), document }));
