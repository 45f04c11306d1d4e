// The kinds of job the queue runs (docs/decisions/018-job-queue.md): each names its pg-boss queue, how that queue
// behaves (policy, retries, expiry), how a worker polls it, and what its payload holds. The handlers are in
// lib/jobs/handlers/, one file per kind; lib/jobs/worker.ts pairs them up.
import type PgBoss from "pg-boss";
import { z } from "zod";
import { PAPER_SIZES } from "@/lib/report/pdf-download";

export interface JobKind<T> {
  name: string;
  data: z.ZodType<T>;
  queue: Omit<PgBoss.Queue, "name">;
  work: PgBoss.WorkOptions;
  /** A cron expression (UTC): workers keep this kind scheduled, and pg-boss queues one job each time it comes round. */
  schedule?: string;
}

export const RenderReportPdfSchema = z.object({ reportId: z.uuid(), paperSize: z.enum(PAPER_SIZES) });
export type RenderReportPdf = z.infer<typeof RenderReportPdfSchema>;

export const RENDER_REPORT_PDF: JobKind<RenderReportPdf> = {
  name: "render-report-pdf",
  data: RenderReportPdfSchema,
  // "stately": at most one waiting and one running job per singletonKey (the report and its paper), so any number of
  // requests for a PDF that is not ready yet queue one render. A render takes about a second.
  queue: { policy: "stately", retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: 5 * 60 },
  // A participant is looking at a "being prepared" page: poll every second, one render at a time (it is CPU work).
  work: { pollingIntervalSeconds: 1, batchSize: 1 },
};

export const RescoreAndRegenerateSchema = z.object({ adminJobId: z.uuid() });
export type RescoreAndRegenerate = z.infer<typeof RescoreAndRegenerateSchema>;

export const RESCORE_AND_REGENERATE: JobKind<RescoreAndRegenerate> = {
  name: "rescore-and-regenerate",
  data: RescoreAndRegenerateSchema,
  // "singleton": one running at a time across every worker (the AdminJob row already refuses a second start). A run
  // over a million responses takes hours, so it expires just under pg-boss's 24-hour ceiling rather than being
  // started again beside itself after the 15-minute default; a worker stopped mid-run gives it back at once.
  queue: { policy: "singleton", retryLimit: 2, retryDelay: 10, expireInSeconds: 23 * 60 * 60 },
  work: { pollingIntervalSeconds: 2, batchSize: 1 },
};

export const PurgeExpiredDraftsSchema = z.object({});

export const PURGE_EXPIRED_DRAFTS: JobKind<z.infer<typeof PurgeExpiredDraftsSchema>> = {
  name: "purge-expired-drafts",
  data: PurgeExpiredDraftsSchema,
  // Every day at 03:17 UTC. "short": one waits at most, so days with no worker running leave one purge, not many.
  schedule: "17 3 * * *",
  queue: { policy: "short", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 * 60 },
  work: { pollingIntervalSeconds: 10, batchSize: 1 },
};

export const ExpireIdempotencyKeysSchema = z.object({});

export const EXPIRE_IDEMPOTENCY_KEYS: JobKind<z.infer<typeof ExpireIdempotencyKeysSchema>> = {
  name: "expire-idempotency-keys",
  data: ExpireIdempotencyKeysSchema,
  // Every hour at :41, so a key lives at most an hour past its retention. "short" as the draft purge.
  schedule: "41 * * * *",
  queue: { policy: "short", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 },
  work: { pollingIntervalSeconds: 10, batchSize: 1 },
};

export const SendMailSchema = z.object({ mailId: z.uuid() });
export type SendMail = z.infer<typeof SendMailSchema>;

export const SEND_MAIL: JobKind<SendMail> = {
  name: "send-mail",
  data: SendMailSchema,
  // One attempt and 4 retries (MAIL_MAX_ATTEMPTS in lib/mail/kinds.ts), 30 s apart and doubling: about 8 minutes
  // from the first attempt to the last. The outbox row, not the job, says what happened (docs/decisions/025-mail.md).
  queue: { retryLimit: 4, retryDelay: 30, retryBackoff: true, expireInSeconds: 5 * 60 },
  // Participants wait for these: poll every 2 s; sending is network waiting, so a few at once.
  work: { pollingIntervalSeconds: 2, batchSize: 1 },
};

export const SweepOutboxSchema = z.object({});

export const SWEEP_OUTBOX: JobKind<z.infer<typeof SweepOutboxSchema>> = {
  name: "sweep-outbox",
  data: SweepOutboxSchema,
  // Every 5 minutes: queues again a mail whose job was lost, and deletes mails past MAIL_RETENTION_DAYS.
  schedule: "*/5 * * * *",
  queue: { policy: "short", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 10 * 60 },
  work: { pollingIntervalSeconds: 10, batchSize: 1 },
};

export const InviteRetakesSchema = z.object({});

export const INVITE_RETAKES: JobKind<z.infer<typeof InviteRetakesSchema>> = {
  name: "invite-retakes",
  data: InviteRetakesSchema,
  // Every day at 09:23 UTC: mail that arrives in the working day in Europe and Africa and early in the Americas' and
  // Asia's. "short" as the draft purge; each report is invited once whatever runs (docs/decisions/027-retake.md).
  schedule: "23 9 * * *",
  queue: { policy: "short", retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 30 * 60 },
  work: { pollingIntervalSeconds: 10, batchSize: 1 },
};

/** Every kind, so a sender creates every queue before its first send (pg-boss 10 drops a job sent to a missing queue). */
export const JOB_KINDS: JobKind<unknown>[] = [
  RENDER_REPORT_PDF,
  RESCORE_AND_REGENERATE,
  PURGE_EXPIRED_DRAFTS,
  EXPIRE_IDEMPOTENCY_KEYS,
  SEND_MAIL,
  SWEEP_OUTBOX,
  INVITE_RETAKES,
];

/** What a worker does with a job of `kind` (lib/jobs/handlers/); a throw fails the job, and pg-boss retries it. */
export interface JobHandler {
  kind: JobKind<unknown>;
  /** Checks the payload against the kind's schema, then handles it; what it returns is kept as the job's output. */
  run: (data: unknown) => Promise<unknown>;
}

export function jobHandler<T>(kind: JobKind<T>, handle: (data: T) => Promise<unknown>): JobHandler {
  return { kind, run: (data) => handle(kind.data.parse(data)) };
}
