// Renders a report's PDF for one paper size and stores it, unless the PDF of the report's current document is stored
// already: a job queued twice, or retried after its PDF was stored, renders nothing again.
import "server-only";
import { createHash } from "node:crypto";
import { findReportToRender, hasReportPdf, storeReportPdf } from "@/lib/db/report-pdfs";
import { ReportDocumentSchema } from "@/lib/report/document";
import { renderReportPdf } from "@/components/report/pdf/render-report-pdf";
import { jobHandler, RENDER_REPORT_PDF } from "../kinds";

export const renderReportPdfHandler = jobHandler(RENDER_REPORT_PDF, async ({ reportId, paperSize }) => {
  const report = await findReportToRender(reportId);
  if (!report) return { rendered: false, reason: "the report was erased" };
  const key = { reportId, paperSize, reportVersion: report.reportVersion, documentHash: report.documentHash };
  if (await hasReportPdf(key)) return { rendered: false, reason: "its PDF is stored already" };
  const pdf = await renderReportPdf(ReportDocumentSchema.parse(report.document), report.createdAt, paperSize);
  await storeReportPdf({ ...key, etag: createHash("sha256").update(pdf).digest("hex"), pdf });
  return { rendered: true, bytes: pdf.length };
});
