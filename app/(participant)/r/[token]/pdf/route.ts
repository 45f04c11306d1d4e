// The report as a PDF download, rendered from the stored document.
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { findReport } from "@/lib/db/reports";
import { ReportDocumentSchema } from "@/lib/report/document";
import { ReportPdf } from "@/components/report/pdf/report-pdf";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const stored = await findReport(token);
  const report = ReportDocumentSchema.safeParse(stored?.document);
  if (!report.success) return new Response("There is no report at this address.", { status: 404 });
  const pdf = await renderToBuffer(createElement(ReportPdf, { report: report.data }) as Parameters<typeof renderToBuffer>[0]);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": 'attachment; filename="dealmaker-index-report.pdf"',
      "cache-control": "private, no-store",
    },
  });
}
