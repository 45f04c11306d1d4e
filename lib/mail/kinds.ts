// What the app mails a participant, and the states of a mail in the outbox (docs/decisions/025-mail.md). A new kind of
// mail is a name here and a template in templates.ts that turns the participant's private link into a message.
export const MAIL_KINDS = {
  "report-link": "Report link",
  "resume-link": "Link to continue",
  // docs/decisions/027-retake.md: a one-time link that starts the survey again, filled in with the earlier answers.
  "retake-invite": "Retake invitation",
  "team-invite-link": "Team invite link",
  "team-dashboard-link": "Team dashboard link",
} as const;
export type MailKind = keyof typeof MAIL_KINDS;

export const MAIL_STATUSES = {
  queued: "Queued",
  sent: "Sent",
  failed: "Failed",
  stored: "Stored, not sent (no SMTP_URL)",
} as const;
export type MailStatus = keyof typeof MAIL_STATUSES;

export const isMailKind = (value: unknown): value is MailKind => typeof value === "string" && Object.hasOwn(MAIL_KINDS, value);
export const isMailStatus = (value: unknown): value is MailStatus => typeof value === "string" && Object.hasOwn(MAIL_STATUSES, value);

/** Attempts to send one mail before it is marked failed: the first, and the send-mail job's retries. */
export const MAIL_MAX_ATTEMPTS = 5;
