import type { Metadata } from "next";
import { requireAdmin } from "@/lib/auth/require-admin";
import { latestAdminJob, RESCORE_JOB } from "@/lib/db/admin-jobs";
import { SCORING_VERSION } from "@/lib/scoring";
import { REPORT_VERSION } from "@/lib/report/document";
import { RescorePanel, type JobSummary } from "@/components/admin/rescore-panel";

export const metadata: Metadata = { title: "Methodology" };

export default async function MethodologyPage() {
  await requireAdmin();
  const job = await latestAdminJob(RESCORE_JOB);
  const summary: JobSummary | null = job && {
    ...job,
    result: job.result as JobSummary["result"],
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">Methodology</h1>
      <p className="max-w-prose">
        After a change to the scoring rules or the report templates, re-score every completed response with the current
        rules (scoring version <strong>{SCORING_VERSION}</strong>) and rebuild every stored report (report version{" "}
        <strong>{REPORT_VERSION}</strong>) against today&apos;s peer groups. Report links stay the same. Submissions
        continue while it runs.
      </p>
      <RescorePanel job={summary} />
    </div>
  );
}
