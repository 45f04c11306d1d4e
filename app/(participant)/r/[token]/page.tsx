import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findReport } from "@/lib/db/reports";
import { ReportDocumentSchema } from "@/lib/report/document";
import { ReportView } from "@/components/report/report-view";
import { InviteTeamAside } from "@/components/teams/invite-team-aside";

export const metadata: Metadata = { title: "Your report", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function ReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const stored = await findReport(token);
  const report = ReportDocumentSchema.safeParse(stored?.document);
  if (!stored || !report.success) notFound();
  return (
    <>
      <ReportView report={report.data} createdAt={stored.createdAt} pdfHref={`/r/${token}/pdf`} />
      <InviteTeamAside reportToken={token} />
    </>
  );
}
