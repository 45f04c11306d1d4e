// A report's PDF (docs/decisions/018-job-queue.md): rendered once per stored document and paper by a worker, then
// served as stored. Reading it never renders; a PDF that is not stored yet is queued, once however often it is asked.
import "server-only";
import { createHash } from "node:crypto";
import { findReport } from "@/lib/db/reports";
import { findReportPdf, findReportPdfSubject, findStaleReportPdfs, type PdfPaperSize } from "@/lib/db/report-pdfs";
import { RENDER_REPORT_PDF } from "@/lib/jobs/kinds";
import { sendJob } from "@/lib/jobs/queue";
import { ReportDocumentSchema } from "@/lib/report/document";
import { paperSizeFor, pdfFileNames } from "@/lib/report/pdf-download";

// A participant waiting on the "being prepared" page goes before renders queued ahead of time.
const WAITING_PRIORITY = 10;

/**
 * Queues the render of a report's PDF on `paperSize`. One job per report and paper waits at a time (the queue's
 * "stately" policy with this singletonKey), so repeated calls queue one render; the job's id, or null when one
 * was waiting already.
 */
export async function queueReportPdf(reportId: string, paperSize: PdfPaperSize, options: { waiting?: boolean } = {}): Promise<string | null> {
  return sendJob(RENDER_REPORT_PDF, { reportId, paperSize }, {
    singletonKey: `${reportId}:${paperSize}`,
    priority: options.waiting ? WAITING_PRIORITY : 0,
  });
}

/** After a regeneration: a new render for each of these reports whose stored PDF is of a document it no longer has. */
export async function queueStaleReportPdfs(reportIds: string[]): Promise<number> {
  const stale = await findStaleReportPdfs(reportIds);
  for (const { reportId, paperSize } of stale) await queueReportPdf(reportId, paperSize);
  return stale.length;
}

export type ReportPdfAnswer =
  | { status: "missing" }
  | { status: "preparing" }
  | { status: "not-modified"; etag: string }
  | { status: "ready"; etag: string; pdf: Uint8Array; fileNames: { ascii: string; unicode: string } };

/**
 * The stored PDF of the report at `token` on the requested paper (else the paper of the participant's region), or
 * "not-modified" when `knownEtags` holds its ETag. When it is not stored yet its render is queued: "preparing".
 */
export async function reportPdfFor(token: string, requestedSize: string | null, knownEtags: string[]): Promise<ReportPdfAnswer> {
  const report = await findReportPdfSubject(token);
  if (!report) return { status: "missing" };
  const paperSize = paperSizeFor(requestedSize, report.region ?? undefined);
  const key = { reportId: report.id, paperSize, reportVersion: report.reportVersion, documentHash: report.documentHash };
  const stored = await findReportPdf(key, knownEtags);
  if (stored?.pdf === null) return { status: "not-modified", etag: stored.etag };
  if (stored) {
    // A digest, not a slice of the token: the file name must not carry any part of the private link.
    const shortId = createHash("sha256").update(token).digest("hex").slice(0, 8);
    const fileNames = pdfFileNames({ company: report.company ?? undefined, shortId, date: report.createdAt });
    return { status: "ready", etag: stored.etag, pdf: stored.pdf, fileNames };
  }
  // A document the renderer cannot read would keep the page waiting forever: answer as before, no report here.
  if (!ReportDocumentSchema.safeParse((await findReport(token))?.document).success) return { status: "missing" };
  await queueReportPdf(report.id, paperSize, { waiting: true });
  return { status: "preparing" };
}
