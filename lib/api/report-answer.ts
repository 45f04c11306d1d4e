// What GET /api/v1/reports/{token} answers: the stored report document as it was generated, and beside it the
// participant's earlier reports (docs/decisions/027-retake.md), each with its date, its indices and a link under the
// caller's own token. No other token is ever given out: an earlier report opens only through the newer one's link.
import "zod-openapi";
import { z } from "zod";
import { ReportDocumentSchema, type ReportDocument } from "@/lib/report/document";

const Index = z.int().min(0).max(100).nullable();

export const EarlierReportSummarySchema = z
  .strictObject({
    completedAt: z.iso.datetime().meta({ description: "When that survey was submitted (UTC)." }),
    scores: z
      .strictObject({ overall: Index, value: Index, number: Index, winRate: Index, salesCycle: Index, personal: Index })
      .meta({ description: "The indices that report gave, in whole percents as it stored them; null where it had too few answers." }),
    url: z.url().meta({
      description: "Opens that report, unchanged, through this report's own link (/r/{token}/earlier/{n}, 1 the oldest).",
    }),
  })
  .meta({ id: "EarlierReport" });
export type EarlierReportSummary = z.infer<typeof EarlierReportSummarySchema>;

export const ReportAnswerSchema = ReportDocumentSchema.extend({
  earlier: z.array(EarlierReportSummarySchema).meta({
    description:
      "The reports this one was retaken from, oldest first; empty for a first report. Whoever holds a report's token may read the reports before it, never one after it.",
  }),
}).meta({ id: "Report" });
export type ReportAnswer = z.infer<typeof ReportAnswerSchema>;

const indexScore = (document: ReportDocument, key: "value" | "number" | "winRate" | "salesCycle") =>
  document.executive.indices.find((index) => index.key === key)?.score ?? null;

/** One earlier report as the API lists it; `url` is its link under the caller's token. */
export function earlierReportSummary(report: { completedAt: Date; document: ReportDocument }, url: string): EarlierReportSummary {
  const { document } = report;
  return {
    completedAt: report.completedAt.toISOString(),
    scores: {
      overall: document.summary.overall.score,
      value: indexScore(document, "value"),
      number: indexScore(document, "number"),
      winRate: indexScore(document, "winRate"),
      salesCycle: indexScore(document, "salesCycle"),
      personal: document.summary.personal.score,
    },
    url,
  };
}
