// One attempt at sending an outbox mail, as the send-mail job runs it (docs/decisions/025-mail.md). The row says what
// happened: sent (its parts emptied), or the error of this attempt — then the job throws and the queue retries it
// with backoff — or, at the last attempt, failed for good.
import "server-only";
import { claimMail, markMailSent, recordMailFailure } from "@/lib/db/outbox-mails";
import { MAIL_MAX_ATTEMPTS } from "./kinds";
import type { Deliver } from "./transport";

/** How long one attempt holds the mail: longer than the SMTP timeouts of lib/mail/transport.ts add up to. */
export const CLAIM_MS = 2 * 60 * 1000;

export type SendOutcome = { sent: true; attempts: number } | { sent: false; reason: string };

/** The error as the Outbox shows it: the SMTP server's answer when there was one. */
export function describeMailError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 500);
  const code = (error as { code?: unknown }).code;
  return `${typeof code === "string" ? `${code}: ` : ""}${error.message}`.slice(0, 500);
}

export async function sendOutboxMail(mailId: string, deliver: Deliver, clock: () => Date = () => new Date()): Promise<SendOutcome> {
  const started = clock();
  const mail = await claimMail(mailId, started, new Date(started.getTime() + CLAIM_MS));
  if (!mail) return { sent: false, reason: "not queued: sent, failed, erased, or being sent by another job" };
  try {
    await deliver({ to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody });
  } catch (error) {
    const final = mail.attempts >= MAIL_MAX_ATTEMPTS;
    await recordMailFailure(mailId, describeMailError(error), final, clock());
    if (final) return { sent: false, reason: `failed after ${mail.attempts} attempts` };
    throw error;
  }
  await markMailSent(mailId, clock());
  return { sent: true, attempts: mail.attempts };
}
