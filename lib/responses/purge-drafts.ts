// Abandoned drafts are deleted DRAFT_RETENTION_DAYS after their last save (the daily purge job, docs/decisions/018-job-queue.md; the
// privacy note on the survey page): they may hold contact details typed before consent was final, and nobody can
// reach them once their resume link is lost. Run by the scheduled purge job; safe to run any number of times.
import "server-only";
import { deleteDraftsSavedBefore } from "@/lib/db/admin-drafts";

const BATCH = 1000;

export async function purgeExpiredDrafts(now: Date, retentionDays: number): Promise<number> {
  const savedBefore = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  let purged = 0;
  for (;;) {
    const deleted = await deleteDraftsSavedBefore(savedBefore, BATCH);
    purged += deleted;
    if (deleted < BATCH) return purged;
  }
}
