// Sends one outbox mail over SMTP_URL (lib/mail/send-mail.ts). Only a worker with SMTP_URL takes these jobs
// (lib/jobs/worker.ts); without it the app stores mails rather than queueing them.
import "server-only";
import { serverEnv } from "@/lib/env";
import { sendOutboxMail } from "@/lib/mail/send-mail";
import { smtpDeliver } from "@/lib/mail/transport";
import { jobHandler, SEND_MAIL } from "../kinds";

export const sendMailHandler = jobHandler(SEND_MAIL, async ({ mailId }) => {
  const env = serverEnv();
  if (!env.SMTP_URL) throw new Error("SMTP_URL is not set in this worker");
  return sendOutboxMail(mailId, smtpDeliver(env.SMTP_URL, env.MAIL_FROM));
});
