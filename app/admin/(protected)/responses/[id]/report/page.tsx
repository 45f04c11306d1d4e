import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAdmin } from "@/lib/auth/require-admin";
import { findReportOfResponse } from "@/lib/db/reports";
import { ReportDocumentSchema } from "@/lib/report/document";
import { ReportView } from "@/components/report/report-view";

export const metadata: Metadata = { title: "Report" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A participant's stored report, read by response id behind the admin sign-in: only the hash of the participant's
 * private link is stored, so it cannot be shown or opened from here (docs/decisions/020-report-tokens-hashed.md).
 */
export default async function AdminReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const stored = UUID.test(id) ? await findReportOfResponse(id) : null;
  const report = ReportDocumentSchema.safeParse(stored?.document);
  if (!stored || !report.success) notFound();
  return (
    <div className="space-y-6">
      <p role="note" className="rounded-md border border-line bg-surface p-3 text-sm">
        The participant&apos;s report as stored, shown to admins only. Its private link is kept only as a hash, so it cannot
        be shown here; the participant has it.
      </p>
      <ReportView report={report.data} createdAt={stored.createdAt} pdfHref={null} />
    </div>
  );
}
