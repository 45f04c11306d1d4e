// A worker: takes jobs of every kind (lib/jobs/kinds.ts) off the queue and runs each with its handler
// (lib/jobs/handlers/). `npm run worker` runs one (scripts/worker.ts); `npm start` starts one beside the app.
import "server-only";
import { hostname } from "node:os";
import type PgBoss from "pg-boss";
import { serverEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { expireIdempotencyKeysHandler } from "./handlers/expire-idempotency-keys";
import { inviteRetakesHandler } from "./handlers/invite-retakes";
import { purgeExpiredDraftsHandler } from "./handlers/purge-expired-drafts";
import { renderReportPdfHandler } from "./handlers/render-report-pdf";
import { rescoreAndRegenerateHandler } from "./handlers/rescore-and-regenerate";
import { sendMailHandler } from "./handlers/send-mail";
import { sweepOutboxHandler } from "./handlers/sweep-outbox";
import { JOB_KINDS, SEND_MAIL, type JobHandler } from "./kinds";
import { createJobQueue, startJobQueue, adoptJobQueue } from "./queue";

export const JOB_HANDLERS: JobHandler[] = [
  renderReportPdfHandler,
  rescoreAndRegenerateHandler,
  purgeExpiredDraftsHandler,
  expireIdempotencyKeysHandler,
  sendMailHandler,
  sweepOutboxHandler,
  inviteRetakesHandler,
];

/**
 * What a worker runs: every kind, but mail only with SMTP_URL set. A worker without it leaves send-mail jobs to one
 * that can send them, rather than taking them and failing (docs/decisions/025-mail.md).
 */
export function workerHandlers(smtpConfigured: boolean): JobHandler[] {
  return JOB_HANDLERS.filter((handler) => smtpConfigured || handler.kind !== SEND_MAIL);
}

/** Names this worker process in the output of the jobs it ran. */
const WORKER_ID = `${hostname()}:${process.pid}`;

/** How long a stopping worker lets running jobs finish before it hands them back to the queue (failed, retried). */
export const STOP_TIMEOUT_MS = 10_000;

export interface RunningWorker {
  boss: PgBoss;
  /** Stops taking jobs, waits up to `timeoutMs` for running ones, hands back the rest, and closes its connections. */
  stop: (timeoutMs?: number) => Promise<void>;
}

export async function startWorker({
  databaseUrl,
  handlers = workerHandlers(Boolean(serverEnv().SMTP_URL)),
  maintenanceIntervalSeconds,
}: {
  databaseUrl: string;
  handlers?: JobHandler[];
  /** JOB_MAINTENANCE_INTERVAL_SECONDS; pg-boss's 2 minutes when left out. */
  maintenanceIntervalSeconds?: number;
}): Promise<RunningWorker> {
  // Every kind's queue, not only those it handles: its handlers queue jobs too (a regeneration queues PDFs).
  const kinds = [...new Set([...JOB_KINDS, ...handlers.map(({ kind }) => kind)])];
  const boss = await startJobQueue(createJobQueue(databaseUrl, "worker", { maintenanceIntervalSeconds }), kinds);
  adoptJobQueue(boss);
  for (const { kind, run } of handlers) {
    // Scheduling is an upsert: every worker keeps the same schedule, and pg-boss queues each occurrence once.
    if (kind.schedule) await boss.schedule(kind.name, kind.schedule, {}, { tz: "UTC" });
    await boss.work(kind.name, kind.work, async ([job]: PgBoss.Job[]) => {
      const log = logger.child({ job: kind.name, jobId: job!.id });
      const started = performance.now();
      try {
        const result = await run(job!.data);
        log.debug({ ms: Math.round(performance.now() - started) }, "job done");
        // pg-boss keeps this as the job's output (pgboss.job.output): which worker ran it, and what it did.
        return { worker: WORKER_ID, result: result ?? null };
      } catch (error) {
        log.error({ err: error }, "job failed");
        throw error;
      }
    });
  }
  return { boss, stop: (timeoutMs = STOP_TIMEOUT_MS) => boss.stop({ graceful: true, timeout: timeoutMs }) };
}
