// Re-score every response, then regenerate every report, recording progress in an AdminJob row the methodology
// page polls. Runs in the server process after the action that started it has answered.
import "server-only";
import { finishAdminJob, RESCORE_JOB, startAdminJob, updateAdminJob } from "@/lib/db/admin-jobs";
import { regenerateReports } from "./regenerate-reports";
import { rescoreAll } from "./rescore";
import { countCompletedResponses } from "@/lib/db/admin-responses";

export type MethodologyResult = { scored: number; scoresChanged: number; reportsRegenerated: number; reportsChanged: number };

/** Starts the job and returns its id at once (null when one is already running); `done` settles when it ends. */
export async function startRescoreJob(startedBy: string): Promise<{ id: string; done: Promise<void> } | null> {
  const job = await startAdminJob(RESCORE_JOB, startedBy, "rescoring");
  if (!job) return null;
  return { id: job.id, done: runRescoreJob(job.id) };
}

async function runRescoreJob(id: string): Promise<void> {
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
