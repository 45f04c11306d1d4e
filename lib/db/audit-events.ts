import "server-only";
import { db } from "./client";
import type { Prisma } from "./generated/client";

export interface AuditEventInput {
  action: string;
  actor: string;
  address?: string | null;
  requestId?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditEventRow {
  id: string;
  at: Date;
  action: string;
  actor: string;
  address: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

export async function insertAuditEvent(event: AuditEventInput): Promise<void> {
  await db().auditEvent.create({
    data: {
      action: event.action,
      actor: event.actor,
      address: event.address ?? null,
      requestId: event.requestId ?? null,
      details: (event.details ?? {}) as Prisma.InputJsonObject,
    },
  });
}

/** The newest events first, optionally of one action, older than the event `beforeId` (the next page). */
export async function listAuditEvents(options: { action?: string; beforeId?: bigint; limit: number }): Promise<AuditEventRow[]> {
  const rows = await db().auditEvent.findMany({
    where: { action: options.action, id: options.beforeId === undefined ? undefined : { lt: options.beforeId } },
    orderBy: { id: "desc" },
    take: options.limit,
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    at: row.at,
    action: row.action,
    actor: row.actor,
    address: row.address,
    requestId: row.requestId,
    details: (row.details ?? {}) as Record<string, unknown>,
  }));
}
