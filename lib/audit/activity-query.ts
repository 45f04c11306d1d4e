// The Activity page's URL: ?action= (one of AUDIT_ACTIONS) and ?before= (an event id, the next page). Anything else
// falls back to the newest events of every kind: the URL is the admin's to edit.
import { isAuditAction, type AuditAction } from "./actions";

export const ACTIVITY_PAGE_SIZE = 100;

export interface ActivityQuery {
  action?: AuditAction;
  beforeId?: bigint;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseActivityQuery(params: Record<string, string | string[] | undefined>): ActivityQuery {
  const action = first(params.action);
  const before = first(params.before);
  return {
    action: isAuditAction(action) ? action : undefined,
    beforeId: before && /^[1-9][0-9]{0,17}$/.test(before) ? BigInt(before) : undefined,
  };
}
