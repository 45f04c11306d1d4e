/**
 * Retake invitations (docs/decisions/027-retake.md), mailed by the daily invite-retakes job:
 *
 *   inviteRetakes(now, afterDays): Promise<number>
 *
 * Each participant whose latest report is `afterDays` old (RETAKE_INVITE_AFTER_DAYS) and who gave an address with
 * consent gets one mail with a one-time link that starts a prefilled retake. Once per report: the invitation row
 * stays after its link is used or expires, and a later report of the same participant starts the count again.
 * A report more than INVITE_WINDOW_DAYS past its due day is not invited: a job that did not run for a while, or the
 * first run after this feature arrived, does not mail people whose report is years old.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { findDueRetakeInvites, insertRetakeInvite } from "@/lib/db/retake-invites";
import { hashToken, newToken } from "@/lib/db/tokens";
import { dispatchMail, prepareMail } from "@/lib/mail/outbox";
import { retakeInvitePath } from "@/lib/survey/api";

/** How long an invitation's link works. */
export const RETAKE_INVITE_VALID_DAYS = 60;
/** How late an invitation may still go out after its due day. */
export const INVITE_WINDOW_DAYS = 30;
const BATCH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Invites everyone due at `now`; how many invitations were written. Safe to run any number of times, anywhere. */
export async function inviteRetakes(now: Date, afterDays: number): Promise<number> {
  const until = new Date(now.getTime() - afterDays * DAY_MS);
  const after = new Date(until.getTime() - INVITE_WINDOW_DAYS * DAY_MS);
  const expiresAt = new Date(now.getTime() + RETAKE_INVITE_VALID_DAYS * DAY_MS);
  let invited = 0;
  for (;;) {
    const due = await findDueRetakeInvites(after, until, BATCH);
    for (const participant of due) {
      const token = newToken();
      const invite = { id: randomUUID(), responseId: participant.responseId, tokenHash: hashToken(token), createdAt: now, expiresAt };
      const mail = prepareMail(
        {
          kind: "retake-invite",
          responseId: participant.responseId,
          to: participant.contactEmail,
          path: retakeInvitePath(token),
          name: participant.contactName,
          linkValidUntil: expiresAt,
        },
        now,
      );
      // Written with its mail, or not at all (another worker invited this report meanwhile); then the mail is sent.
      if (await insertRetakeInvite(invite, mail)) {
        invited += 1;
        await dispatchMail(mail);
      }
    }
    // Every row found was invited by this run or another, so the next query finds the rest.
    if (due.length < BATCH) return invited;
  }
}
