// Sending over SMTP with nodemailer, to SMTP_URL (smtp:// upgrades with STARTTLS when the server offers it, smtps://
// speaks TLS from the start; user and password ride in the URL). One transport per process and URL.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type { MailMessage } from "./templates";

export interface OutgoingMail extends MailMessage {
  to: string;
}

/** Sends one mail; throws when the server refused it or could not be reached. */
export type Deliver = (mail: OutgoingMail) => Promise<void>;

// Short enough that an attempt ends well inside the claim a worker holds on the mail (lib/mail/send-mail.ts).
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

const transports = new Map<string, Transporter>();

export function smtpDeliver(smtpUrl: string, from: string): Deliver {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS });
    transports.set(smtpUrl, transport);
  }
  const sender = transport;
  return async (mail) => {
    await sender.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      // Marks the mail as sent by a program (RFC 3834), so auto-responders do not answer it.
      headers: { "Auto-Submitted": "auto-generated" },
    });
  };
}
