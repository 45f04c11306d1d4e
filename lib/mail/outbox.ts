// Putting a mail in the outbox (docs/decisions/025-mail.md). Every mail is a row first, written with the event that
// causes it; then, with SMTP_URL set, a send-mail job is queued for a worker (and the outbox sweep queues it again if
// that job is ever lost); without SMTP_URL the row is the delivery: it is marked stored, logged, and read on the
// admin's Outbox page.
import "server-only";
import { randomUUID } from "node:crypto";
import type { NewOutboxMail } from "@/lib/db/outbox-mails";
import { serverEnv } from "@/lib/env";
import { SEND_MAIL } from "@/lib/jobs/kinds";
import { sendJob } from "@/lib/jobs/queue";
import { logger } from "@/lib/log";
import type { MailKind } from "./kinds";
import { composeMail, type MailFacts } from "./templates";

export interface MailRequest {
  kind: MailKind;
  /** The participant's response (a draft or a completed one): erasing it erases the mail. */
  responseId?: string;
  /** Or the team a leader's mail belongs to (lib/team-mode/team-mails.ts). */
  teamId?: string;
  to: string;
  /** The app path of the participant's private link, e.g. /r/{token}; made absolute with PUBLIC_URL. */
  path: string;
  name?: string | null;
  /** The last moment a one-time link in the mail works, which the mail states. */
  linkValidUntil?: Date;
  /** The team a team mail is about. */
  teamName?: string;
}

/** The outbox row of a mail, not written yet: queued when there is an SMTP server to send it to, else stored. */
export function prepareMail(request: MailRequest, now: Date): NewOutboxMail {
  const env = serverEnv();
  const facts: MailFacts = {
    name: request.name,
    draftRetentionDays: env.DRAFT_RETENTION_DAYS,
    linkValidUntil: request.linkValidUntil,
    teamName: request.teamName,
  };
  const message = composeMail(request.kind, `${env.PUBLIC_URL}${request.path}`, facts);
  return {
    id: randomUUID(),
    kind: request.kind,
    responseId: request.responseId ?? null,
    teamId: request.teamId ?? null,
    toAddress: request.to,
    subject: message.subject,
    textBody: message.text,
    htmlBody: message.html,
    status: env.SMTP_URL ? "queued" : "stored",
    createdAt: now,
  };
}

/**
 * Once the mail's row is committed: queues its send-mail job, or logs that it was only stored. Never throws: the row
 * is safe, and a job that could not be queued now is queued by the outbox sweep (lib/mail/sweep-outbox.ts).
 */
export async function dispatchMail(mail: NewOutboxMail): Promise<void> {
  // The recipient and the message stay out of the log: the message holds a private link.
  const log = logger.child({ mailId: mail.id, kind: mail.kind });
  if (mail.status === "stored") {
    log.info("mail stored in the outbox, not sent: SMTP_URL is not set (Admin → Outbox shows it)");
    return;
  }
  try {
    await sendJob(SEND_MAIL, { mailId: mail.id });
  } catch (error) {
    log.warn({ err: error }, "the mail's send job could not be queued; the outbox sweep will queue it");
  }
}
