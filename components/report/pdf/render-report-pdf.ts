// The report's PDF as bytes: what a worker renders once and stores (lib/jobs/handlers/render-report-pdf.ts).
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { ReportDocument } from "@/lib/report/document";
import type { PaperSize } from "@/lib/report/pdf-download";
import { ReportPdf } from "./report-pdf";

export async function renderReportPdf(report: ReportDocument, createdAt: Date, size: PaperSize): Promise<Uint8Array> {
  const element = createElement(ReportPdf, { report, createdAt, size });
  return new Uint8Array(await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]));
}
