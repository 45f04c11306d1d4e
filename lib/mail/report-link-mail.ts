// The mail with the report link, after a browser submission whose participant gave an address and agreed to be
// contacted about their results (the survey's contact step). It is written in the submit's own statement.
import "server-only";
import type { NewOutboxMail } from "@/lib/db/outbox-mails";
import { reportPath } from "@/lib/survey/api";
import { prepareMail } from "./outbox";

/** The contact columns stored with the response: null without consent (lib/responses/response-columns.ts). */
export interface Contact {
  contactEmail: string | null;
  contactName: string | null;
}

export function reportLinkMail(contact: Contact, responseId: string, reportToken: string, now: Date): NewOutboxMail | null {
  if (!contact.contactEmail) return null;
  return prepareMail({ kind: "report-link", responseId, to: contact.contactEmail, path: reportPath(reportToken), name: contact.contactName }, now);
}
