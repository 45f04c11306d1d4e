// A stored report document by its private token, exactly as it was generated.
import { NextResponse } from "next/server";
import { findReport } from "@/lib/db/reports";
import { withApiErrors } from "@/lib/api/errors";
import { reportNotFound } from "@/lib/api/refusals";

export const dynamic = "force-dynamic";

export const GET = withApiErrors(async (_request: Request, context: { params: Promise<{ token: string }> }) => {
  const { token } = await context.params;
  const report = await findReport(token);
  if (!report) return reportNotFound();
  return NextResponse.json(report.document, {
    headers: { "cache-control": "private, no-store", "x-report-version": report.reportVersion },
  });
});
