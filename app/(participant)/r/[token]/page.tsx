import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findReport } from "@/lib/db/reports";
import { ReportDocumentSchema } from "@/lib/report/document";
import { earlierReportsOf } from "@/lib/responses/earlier-reports";
import { retakeInBrowser } from "@/lib/responses/retake";
import { earlierReportPath } from "@/lib/survey/api";
import { readResumeToken } from "@/lib/survey/resume-cookie";
import { EarlierReports } from "@/components/report/earlier-reports";
import { ReportView } from "@/components/report/report-view";
import { TakeAgainPanel } from "@/components/report/take-again-panel";
import { InviteTeamAside } from "@/components/teams/invite-team-aside";

export const metadata: Metadata = { title: "Your report", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** Reading a report changes nothing: "Take it again" is a POST (docs/decisions/027-retake.md). */
export default async function ReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const stored = await findReport(token);
  const report = ReportDocumentSchema.safeParse(stored?.document);
  if (!stored || !report.success) notFound();
  const [earlier, browser] = await Promise.all([earlierReportsOf(stored.previousResponseId), retakeInBrowser(stored.responseId, await readResumeToken())]);
  const links = earlier.map(({ n, completedAt, document }) => ({ href: earlierReportPath(token, n), completedAt, overall: document.summary.overall.score }));
  return (
    <div className="space-y-10">
      <ReportView report={report.data} createdAt={stored.createdAt} pdfHref={`/r/${token}/pdf`} afterHeader={<EarlierReports links={links} />} />
      <TakeAgainPanel token={token} other={browser.other} inProgress={browser.inProgress} />
      <InviteTeamAside reportToken={token} />
    </div>
  );
}
