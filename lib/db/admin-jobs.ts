import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";

export const RESCORE_JOB = "rescore-and-regenerate";
/** A running job not updated for this long belongs to a server that stopped; it no longer blocks a new one. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export type AdminJobView = {
  id: string;
  status: string;
  phase: string;
  done: number;
  total: number;
  result: unknown;
  error: string | null;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
};

const viewColumns = {
  id: true,
  status: true,
  phase: true,
  done: true,
  total: true,
  result: true,
  error: true,
  startedBy: true,
  startedAt: true,
  finishedAt: true,
} as const;

/** Starts a job unless one of the same kind is running; returns null when one is. */
export async function startAdminJob(kind: string, startedBy: string, phase: string): Promise<AdminJobView | null> {
  return db().$transaction(async (tx) => {
    // Serialises concurrent starts; released at commit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`admin-job:${kind}`}))`;
    const cutoff = new Date(Date.now() - ABANDONED_AFTER_MS);
    await tx.adminJob.updateMany({
      where: { kind, status: "running", updatedAt: { lt: cutoff } },
      data: { status: "failed", error: "The server stopped while this job ran.", finishedAt: new Date() },
    });
    if (await tx.adminJob.count({ where: { kind, status: "running" } })) return null;
    return tx.adminJob.create({ data: { kind, startedBy, phase }, select: viewColumns });
  });
}

/**
 * Marks a started job's run as beginning in `phase`, from nothing done; false when the job is no longer running (it
 * finished, or was given up as abandoned), so a late or repeated delivery of its queued job does nothing.
 */
export async function beginAdminJobRun(id: string, phase: string): Promise<boolean> {
  const { count } = await db().adminJob.updateMany({ where: { id, status: "running" }, data: { phase, done: 0, total: 0 } });
  return count === 1;
}

export async function updateAdminJob(id: string, data: { phase?: string; done?: number; total?: number }): Promise<void> {
  await db().adminJob.update({ where: { id }, data });
}

export async function finishAdminJob(
  id: string,
  outcome: { result: Prisma.InputJsonValue } | { error: string },
): Promise<void> {
  await db().adminJob.update({
    where: { id },
    data:
      "result" in outcome
        ? { status: "succeeded", phase: "done", result: outcome.result, finishedAt: new Date() }
        : { status: "failed", error: outcome.error, finishedAt: new Date() },
  });
}

export async function latestAdminJob(kind: string): Promise<AdminJobView | null> {
  return db().adminJob.findFirst({ where: { kind }, orderBy: { startedAt: "desc" }, select: viewColumns });
}
