// Re-score every response, then regenerate every report, recording progress in an AdminJob row the methodology
// page polls. The admin's action queues the run (startRescoreJob); a worker runs it (runRescoreJob, from
// lib/jobs/handlers/rescore-and-regenerate.ts), so it survives a restart of the app and runs once however many
// workers there are.
import "server-only";
import { beginAdminJobRun, finishAdminJob, RESCORE_JOB, startAdminJob, updateAdminJob } from "@/lib/db/admin-jobs";
import { countCompletedResponses } from "@/lib/db/admin-responses";
import { RESCORE_AND_REGENERATE } from "@/lib/jobs/kinds";
import { sendJob } from "@/lib/jobs/queue";
import { regenerateReports } from "./regenerate-reports";
import { rescoreAll } from "./rescore";

export type MethodologyResult = { scored: number; scoresChanged: number; reportsRegenerated: number; reportsChanged: number };

/** Records the job (phase "queued") and queues its run; its id, or null when one is already running. */
export async function startRescoreJob(startedBy: string): Promise<{ id: string } | null> {
  const job = await startAdminJob(RESCORE_JOB, startedBy, "queued");
  if (!job) return null;
  try {
    await sendJob(RESCORE_AND_REGENERATE, { adminJobId: job.id });
  } catch (error) {
    // Nothing will run it: close the row so the next start is not refused for ten minutes.
    await finishAdminJob(job.id, { error: "The job could not be queued." }).catch(() => {});
    throw error;
  }
  return { id: job.id };
}

/** The run itself, in a worker. A run delivered again (a worker stopped mid-run) starts over: both steps are idempotent. */
export async function runRescoreJob(id: string): Promise<void> {
  if (!(await beginAdminJobRun(id, "rescoring"))) return;
  try {
    await updateAdminJob(id, { total: await countCompletedResponses() });
    const scores = await rescoreAll({ onBatch: ({ scored }) => void updateAdminJob(id, { done: scored }).catch(() => {}) });
    await updateAdminJob(id, { phase: "regenerating", done: 0, total: 0 });
    const reports = await regenerateReports({
      onBatch: ({ regenerated, total }) => updateAdminJob(id, { done: regenerated, total }),
    });
    const result: MethodologyResult = {
      scored: scores.scored,
      scoresChanged: scores.changed,
      reportsRegenerated: reports.regenerated,
      reportsChanged: reports.changed,
    };
    await finishAdminJob(id, { result });
  } catch (error) {
    console.error(`admin job ${id} (re-score and regenerate) failed:`, error);
    await finishAdminJob(id, { error: error instanceof Error ? error.message : String(error) }).catch(() => {});
  }
}
