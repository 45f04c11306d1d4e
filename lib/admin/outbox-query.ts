// The Outbox page's URL: ?status= (one of MAIL_STATUSES) and ?before= (a mail's creation time, the next page).
// Anything else falls back to the newest mails of every status: the URL is the admin's to edit.
import { isMailStatus, type MailStatus } from "@/lib/mail/kinds";

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxQuery {
  status?: MailStatus;
  before?: Date;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseOutboxQuery(params: Record<string, string | string[] | undefined>): OutboxQuery {
  const status = first(params.status);
  const before = first(params.before);
  const beforeDate = before && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(before) ? new Date(before) : undefined;
  return {
    status: isMailStatus(status) ? status : undefined,
    before: beforeDate && !Number.isNaN(beforeDate.getTime()) ? beforeDate : undefined,
  };
}
