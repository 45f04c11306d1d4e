// The job queue: pg-boss on the app's PostgreSQL, in its own schema "pgboss" (docs/decisions/018-job-queue.md).
// One instance per process. An app process only sends: its instance runs no maintenance and no cron. A worker
// (lib/jobs/worker.ts) starts the full instance, and the jobs its handlers send go through that same one.
import "server-only";
import PgBoss from "pg-boss";
import { serverEnv } from "@/lib/env";
import { logger } from "@/lib/log";
import { JOB_KINDS, type JobKind } from "./kinds";

export type QueueRole = "sender" | "worker";

// Finished jobs (completed, failed, cancelled) move to pgboss.archive after 12 hours and are deleted from it after
// 7 days: pg-boss's defaults, stated here so they are a decision rather than an accident.
const RETENTION = { archiveCompletedAfterSeconds: 12 * 60 * 60, deleteAfterDays: 7 };

/** pg-boss's own default: a worker expires, archives and deletes jobs every 2 minutes (JOB_MAINTENANCE_INTERVAL_SECONDS). */
const MAINTENANCE_INTERVAL_SECONDS = 120;

export function createJobQueue(
  databaseUrl: string,
  role: QueueRole,
  { maintenanceIntervalSeconds = MAINTENANCE_INTERVAL_SECONDS }: { maintenanceIntervalSeconds?: number } = {},
): PgBoss {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    application_name: `dealmaker-index job ${role}`,
    max: role === "worker" ? 4 : 2,
    // Expiring, retrying, archiving and cron run where the jobs run; an app process only inserts jobs. Maintenance
    // runs at most once an interval however many workers there are (pg-boss records its last run in the database).
    supervise: role === "worker",
    schedule: role === "worker",
    maintenanceIntervalSeconds,
    ...RETENTION,
  });
  // Without a listener an EventEmitter's "error" ends the process; a lost connection is retried by pg-boss.
  boss.on("error", (error) => logger.error({ err: error, role }, "job queue error"));
  return boss;
}

/** Starts pg-boss (creating or upgrading its schema under an advisory lock) and creates the queues of `kinds`. */
export async function startJobQueue(boss: PgBoss, kinds: JobKind<unknown>[] = JOB_KINDS): Promise<PgBoss> {
  await boss.start();
  for (const kind of kinds) await boss.createQueue(kind.name, { name: kind.name, ...kind.queue });
  return boss;
}

// On globalThis: dev mode's hot reload would otherwise start one instance per edit.
const globalForQueue = globalThis as unknown as { jobQueue?: Promise<PgBoss> };

/** This process's queue: a worker's, when the process runs one (adoptJobQueue), else a sender started on first use. */
export function jobQueue(): Promise<PgBoss> {
  globalForQueue.jobQueue ??= startJobQueue(createJobQueue(serverEnv().DATABASE_URL, "sender")).catch((error: unknown) => {
    globalForQueue.jobQueue = undefined;
    throw error;
  });
  return globalForQueue.jobQueue;
}

/** Lets a started worker's instance be this process's queue, unless the process already has one. */
export function adoptJobQueue(boss: PgBoss): void {
  globalForQueue.jobQueue ??= Promise.resolve(boss);
}

/** Stops this process's queue; the next jobQueue() starts a new one (tests switch databases). */
export async function stopJobQueue(): Promise<void> {
  const current = globalForQueue.jobQueue;
  globalForQueue.jobQueue = undefined;
  const boss = await current?.catch(() => undefined);
  await boss?.stop({ graceful: false });
}

/** Queues a job of `kind`; the job's id, or null when the queue's policy refused it (one like it is waiting). */
export async function sendJob<T>(kind: JobKind<T>, data: T, options: PgBoss.SendOptions = {}): Promise<string | null> {
  const boss = await jobQueue();
  return boss.send(kind.name, kind.data.parse(data) as object, options);
}
