// Records an admin event twice: a structured log line (pino, with the request id) for the log pipeline, and a row in
// "AuditEvent" for the Activity page (docs/decisions/015-audit-trail.md). The row is written in the request, so an
// action whose event cannot be recorded fails rather than go unrecorded.
import "server-only";
import { insertAuditEvent, type AuditEventInput } from "@/lib/db/audit-events";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { logger } from "@/lib/log";
import type { AuditAction } from "./actions";

export interface AuditContext {
  /** The request's headers (a route's request.headers, or a server action's headers()). */
  headers: Headers;
  /** The client address, where the caller knows it (sign-in does). */
  address?: string;
}

export async function recordAudit(
  action: AuditAction,
  actor: string,
  context: AuditContext,
  details: AuditEventInput["details"] = {},
): Promise<void> {
  const requestId = context.headers.get(REQUEST_ID_HEADER);
  logger.info({ audit: action, actor, address: context.address, requestId, details }, `audit: ${action}`);
  await insertAuditEvent({ action, actor, address: context.address, requestId, details });
}
