import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findReport } from "@/lib/db/reports";
import { formatReportDate } from "@/lib/report/format";
import { earlierReportsOf } from "@/lib/responses/earlier-reports";
import { earlierReportPath, reportPath } from "@/lib/survey/api";
import { EarlierReports } from "@/components/report/earlier-reports";
import { ReportView } from "@/components/report/report-view";

export const metadata: Metadata = { title: "An earlier report", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/**
 * The `n`th earlier report (1 the oldest) of the report at `token`, exactly as stored, read through the newer report's
 * link (docs/decisions/027-retake.md): whoever holds a report's link may read the reports it was retaken from, never
 * a later one. It has no PDF or link buttons here; it keeps its own link, which opens it with them.
 */
export default async function EarlierReportPage({ params }: { params: Promise<{ token: string; n: string }> }) {
  const { token, n } = await params;
  const stored = /^[1-9]\d{0,2}$/.test(n) ? await findReport(token) : null;
  if (!stored) notFound();
  const earlier = await earlierReportsOf(stored.previousResponseId);
  const shown = earlier.find((report) => report.n === Number(n));
  if (!shown) notFound();
  const links = earlier.map((report) => ({ href: earlierReportPath(token, report.n), completedAt: report.completedAt, overall: report.document.summary.overall.score }));
  const current = earlierReportPath(token, shown.n);
  return (
    <div className="space-y-6">
      <p role="note" className="rounded-md border border-line bg-surface p-3 print:hidden">
        An earlier report, of {formatReportDate(shown.completedAt)}, as it was then.{" "}
        <a href={reportPath(token)} className="inline-flex min-h-11 items-center font-medium text-brand-strong underline">
          Back to the report of {formatReportDate(stored.createdAt)}
        </a>
      </p>
      <ReportView
        report={shown.document}
        createdAt={shown.completedAt}
        pdfHref={null}
        title="An earlier Dealmaker Index report"
        afterHeader={<EarlierReports links={links} current={current} />}
      />
    </div>
  );
}
