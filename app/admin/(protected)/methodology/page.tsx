import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "next";
import { Markdown } from "@/components/ui/markdown";
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
      <section aria-labelledby="methodology-doc" className="space-y-3">
        <h2 id="methodology-doc" className="text-xl font-semibold">
          How the numbers are computed
        </h2>
        <p className="text-sm text-muted">
          Scoring version {SCORING_VERSION} · report version {REPORT_VERSION} · from <code>docs/methodology.md</code>, whose
          generated tables a test keeps equal to the code.
        </p>
        {/* In a box of its own that scrolls (with the keyboard too), so the re-score control below stays near. */}
        <div tabIndex={0} className="max-h-[70vh] overflow-y-auto rounded-lg border border-line bg-surface p-4 focus-visible:outline-2 focus-visible:outline-brand">
          <Markdown source={await methodologySource()} label="Scoring methodology" />
        </div>
      </section>
      <h2 className="text-xl font-semibold">Re-score and regenerate</h2>
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

/** The methodology as the repository holds it; the server runs from the project's root (npm start, next start). */
async function methodologySource(): Promise<string> {
  const source = await readFile(path.join(process.cwd(), "docs", "methodology.md"), "utf8");
  // Its own first heading would repeat the page's.
  return source.replace(/^# .*\n/, "");
}
