// The report as a PDF download, rendered from the stored document: `?size=a4` or `?size=letter`, else the paper of
// the participant's region. The file is named after the company (when given with consent) or a short id, and the date.
import { createHash } from "node:crypto";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { findReport } from "@/lib/db/reports";
import { ReportDocumentSchema } from "@/lib/report/document";
import { contentDisposition, paperSizeFor, pdfFileNames } from "@/lib/report/pdf-download";
import { ReportPdf } from "@/components/report/pdf/report-pdf";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const stored = await findReport(token);
  const report = ReportDocumentSchema.safeParse(stored?.document);
  if (!stored || !report.success) return new Response("There is no report at this address.", { status: 404 });
  const size = paperSizeFor(new URL(request.url).searchParams.get("size"), report.data.profile.region);
  const element = createElement(ReportPdf, { report: report.data, createdAt: stored.createdAt, size });
  const pdf = await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
  // A digest, not a slice of the token: the file name must not carry any part of the private link.
  const shortId = createHash("sha256").update(token).digest("hex").slice(0, 8);
  const names = pdfFileNames({ company: report.data.participant?.company, shortId, date: stored.createdAt });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": contentDisposition(names),
      "cache-control": "private, no-store",
    },
  });
}
