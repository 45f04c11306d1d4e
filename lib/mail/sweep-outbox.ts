// The outbox sweep, every 5 minutes (docs/decisions/025-mail.md): a queued mail that nothing has touched for
// STALE_AFTER_MS lost its job (the app stopped between storing the mail and queuing the job, or the queue was down):
// its job is queued again. Mails older than MAIL_RETENTION_DAYS are deleted, whatever their status.
import "server-only";
import { deleteMailsCreatedBefore, findStaleQueuedMails, touchMails } from "@/lib/db/outbox-mails";
import { SEND_MAIL } from "@/lib/jobs/kinds";
import { sendJob } from "@/lib/jobs/queue";

/** Longer than the longest wait between two attempts of one job (4 minutes), so a mail being retried is left alone. */
export const STALE_AFTER_MS = 10 * 60 * 1000;
const BATCH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function sweepOutbox(now: Date, retentionDays: number): Promise<{ requeued: number; deleted: number }> {
  const stale = await findStaleQueuedMails(new Date(now.getTime() - STALE_AFTER_MS), BATCH);
  for (const mailId of stale) await sendJob(SEND_MAIL, { mailId });
  await touchMails(stale, now);
  const createdBefore = new Date(now.getTime() - retentionDays * DAY_MS);
  let deleted = 0;
  for (;;) {
    const batch = await deleteMailsCreatedBefore(createdBefore, BATCH);
    deleted += batch;
    if (batch < BATCH) return { requeued: stale.length, deleted };
  }
}
