// "Email me a link to continue" (docs/decisions/025-mail.md): the draft's private resume link, mailed to the address
// the participant types. Only the holder of the draft (its resume cookie) can ask, and each ask is bounded three ways
// so the form cannot be used to flood an inbox: per client address (MAIL_LINK_RATE_LIMIT_PER_HOUR, the caller's
// limit), per draft (RESUME_MAILS_PER_DRAFT a day) and per recipient (RESUME_MAILS_PER_RECIPIENT a day, whoever asks).
import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { findDraft } from "@/lib/db/drafts";
import { insertDraftMailWithinBound } from "@/lib/db/outbox-mails";
import { postgresLimiter } from "@/lib/db/rate-limiters";
import { hashToken } from "@/lib/db/tokens";
import { resumePath } from "@/lib/survey/api";
import { dispatchMail, prepareMail } from "./outbox";

export const RESUME_MAILS_PER_DRAFT = 3;
export const RESUME_MAILS_PER_RECIPIENT = 5;
const DAY_SECONDS = 24 * 60 * 60;

export type ResumeMailOutcome =
  | { status: "queued" | "stored" }
  | { status: "not-found" }
  | { status: "refused"; message: string };

export async function mailResumeLink(resumeToken: string, to: string, now: Date): Promise<ResumeMailOutcome> {
  const draft = await findDraft(resumeToken);
  if (draft?.status !== "DRAFT") return { status: "not-found" };
  const mail = prepareMail({ kind: "resume-link", responseId: draft.id, to, path: resumePath(resumeToken) }, now);
  // Counted before the draft's bound, so a refused recipient does not use up the draft's mails.
  const perRecipient = postgresLimiter({ name: `mailTo/${RESUME_MAILS_PER_RECIPIENT}`, points: RESUME_MAILS_PER_RECIPIENT, durationSeconds: DAY_SECONDS });
  try {
    // The address's hash: the limits table holds no addresses.
    await perRecipient.consume(hashToken(to.toLowerCase()));
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { status: "refused", message: "This address has been sent enough links for today. Copy the link above instead." };
  }
  const since = new Date(now.getTime() - DAY_SECONDS * 1000);
  const inserted = await insertDraftMailWithinBound(mail, since, RESUME_MAILS_PER_DRAFT);
  if (inserted === "not-a-draft") return { status: "not-found" };
  if (inserted === "bound-reached") {
    return { status: "refused", message: `This survey's link was mailed ${RESUME_MAILS_PER_DRAFT} times today already. Copy the link above instead.` };
  }
  await dispatchMail(mail);
  return { status: mail.status };
}
