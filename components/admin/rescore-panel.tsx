"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { startRescoreAction } from "@/app/admin/(protected)/methodology/actions";
import { RESCORE_CONFIRM } from "@/lib/admin/rescore-confirm";
import { Button } from "@/components/ui/button";
import { errorOf } from "@/lib/forms/action-state";

export type JobSummary = {
  status: string;
  phase: string;
  done: number;
  total: number;
  result: { scored: number; scoresChanged: number; reportsRegenerated: number; reportsChanged: number } | null;
  error: string | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
};

const PHASES: Record<string, string> = { queued: "Waiting for a worker", rescoring: "Re-scoring responses", regenerating: "Regenerating reports", done: "Done" };
const POLL_MS = 1000;

export function RescorePanel({ job }: { job: JobSummary | null }) {
  const router = useRouter();
  const [state, start, pending] = useActionState(startRescoreAction, null);
  const problem = errorOf(state);
  const running = job?.status === "running";
  // While a job runs, re-render the server page each second to read its progress row.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, router]);

  return (
    <div className="space-y-4">
      <form action={start}>
        <input type="hidden" name="confirm" value={RESCORE_CONFIRM} />
        <Button type="submit" disabled={pending || running}>
          {running ? "Re-score running…" : "Re-score all responses and regenerate reports"}
        </Button>
      </form>
      {problem ? <p role="alert" className="text-danger">{problem.message}</p> : null}
      {job ? <JobStatus job={job} /> : <p className="text-muted">No re-score has run yet.</p>}
    </div>
  );
}

function JobStatus({ job }: { job: JobSummary }) {
  const percent = job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
  return (
    <section aria-labelledby="job-heading" className="space-y-2 rounded-md border border-line bg-surface p-4">
      <h2 id="job-heading" className="font-semibold">
        Latest run · started {new Date(job.startedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC by {job.startedBy}
      </h2>
      {job.status === "running" ? (
        <div role="status" aria-live="polite">
          <p>
            {PHASES[job.phase] ?? job.phase}: {job.done.toLocaleString("en")} of {job.total.toLocaleString("en")}
          </p>
          <progress className="w-full" max={100} value={percent} aria-label={`${PHASES[job.phase] ?? job.phase} progress`}>
            {percent}%
          </progress>
        </div>
      ) : null}
      {job.status === "succeeded" && job.result ? (
        <dl role="status" className="grid grid-cols-2 gap-x-4 gap-y-1 sm:max-w-md">
          <dt>Responses re-scored</dt>
          <dd className="tabular-nums">{job.result.scored.toLocaleString("en")}</dd>
          <dt>Scores changed</dt>
          <dd className="tabular-nums">{job.result.scoresChanged.toLocaleString("en")}</dd>
          <dt>Reports regenerated</dt>
          <dd className="tabular-nums">{job.result.reportsRegenerated.toLocaleString("en")}</dd>
          <dt>Reports changed</dt>
          <dd className="tabular-nums">{job.result.reportsChanged.toLocaleString("en")}</dd>
        </dl>
      ) : null}
      {job.status === "failed" ? <p role="alert" className="text-danger">The run failed: {job.error}</p> : null}
    </section>
  );
}
