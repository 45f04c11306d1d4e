// A stored report document by its private token, exactly as it was generated, with the participant's earlier reports
// listed beside it (docs/decisions/027-retake.md): their links are under this token, never their own.
import { NextResponse } from "next/server";
import { findReport } from "@/lib/db/reports";
import { withApiErrors } from "@/lib/api/errors";
import { reportNotFound } from "@/lib/api/refusals";
import { earlierReportSummary, type ReportAnswer } from "@/lib/api/report-answer";
import { earlierReportsOf } from "@/lib/responses/earlier-reports";
import { earlierReportPath } from "@/lib/survey/api";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (request: Request, context: { params: Promise<{ token: string }> }) => {
  const { token } = await context.params;
  const report = await findReport(token);
  if (!report) return reportNotFound();
  const earlier = await earlierReportsOf(report.previousResponseId);
  const body = {
    ...(report.document as object),
    earlier: earlier.map((stored) => earlierReportSummary(stored, new URL(earlierReportPath(token, stored.n), request.url).toString())),
  } as ReportAnswer;
  return NextResponse.json(body, {
    headers: { "cache-control": "private, no-store", "x-report-version": report.reportVersion },
  });
});
