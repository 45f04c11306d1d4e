// Retake invitations (docs/decisions/027-retake.md): who is due one, and writing one with its mail.
import "server-only";
import type { NewOutboxMail } from "./outbox-mails";
import { sqlPool } from "./client";

export interface DueInvite {
  responseId: string;
  contactEmail: string;
  contactName: string | null;
}

/**
 * Completed responses, completed in (completedAfter, completedUntil], with an address given with consent and a
 * report, that are their participant's latest (no later completed response shares their participant id) and have
 * never been invited: the first `limit`, oldest first. The range is a scan of the overview index by completion date.
 */
export async function findDueRetakeInvites(completedAfter: Date, completedUntil: Date, limit: number): Promise<DueInvite[]> {
  const { rows } = await sqlPool().query<DueInvite>(
    `SELECT r.id::text AS "responseId", r."contactEmail", r."contactName"
       FROM "Response" AS r
      WHERE r.status = 'COMPLETED' AND r."completedAt" > $1::timestamp(3) AND r."completedAt" <= $2::timestamp(3)
        AND r."contactEmail" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "Report" AS p WHERE p."responseId" = r.id)
        AND NOT EXISTS (SELECT 1 FROM "RetakeInvite" AS i WHERE i."responseId" = r.id)
        AND NOT EXISTS (
          SELECT 1 FROM "Response" AS later
           WHERE later."participantId" = COALESCE(r."participantId", r.id) AND later.id <> r.id
             AND later.status = 'COMPLETED' AND later."completedAt" > r."completedAt")
      ORDER BY r."completedAt", r.id
      LIMIT $3`,
    [completedAfter.toISOString(), completedUntil.toISOString(), limit],
  );
  return rows;
}

export interface NewRetakeInvite {
  id: string;
  responseId: string;
  /** SHA-256 of the link's token; the token itself is only in the mail. */
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * Writes the invitation and its mail in one statement: both or neither. Nothing when the response already has an
 * invitation (a second run, or two workers at once) or was erased meanwhile; whether it wrote them.
 */
export async function insertRetakeInvite(invite: NewRetakeInvite, mail: NewOutboxMail): Promise<boolean> {
  const { rowCount } = await sqlPool().query(
    `WITH invite AS (
       INSERT INTO "RetakeInvite" (id, "responseId", "tokenHash", "createdAt", "expiresAt")
       SELECT $1::uuid, r.id, $3, $4::timestamp(3), $5::timestamp(3) FROM "Response" AS r WHERE r.id = $2::uuid
       ON CONFLICT ("responseId") DO NOTHING
       RETURNING "responseId")
     INSERT INTO "OutboxMail" (id, kind, "responseId", "toAddress", subject, "textBody", "htmlBody", status, "createdAt", "updatedAt")
     SELECT $6::uuid, $7, invite."responseId", $8, $9, $10, $11, $12, $4::timestamp(3), $4::timestamp(3) FROM invite`,
    [
      invite.id,
      invite.responseId,
      invite.tokenHash,
      invite.createdAt.toISOString(),
      invite.expiresAt.toISOString(),
      mail.id,
      mail.kind,
      mail.toAddress,
      mail.subject,
      mail.textBody,
      mail.htmlBody,
      mail.status,
    ],
  );
  return rowCount === 1;
}
