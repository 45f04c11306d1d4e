// The mail outbox (docs/decisions/025-mail.md): one row per mail to a participant, deleted with the response it
// belongs to. The submit path writes its report mail inside its own statement (completed-write.ts); everything else
// comes through here.
import "server-only";
import { db, sqlPool } from "./client";

export interface NewOutboxMail {
  id: string;
  kind: string;
  /** The participant's response; null for a team leader's mail, which belongs to the team (teamId) instead. */
  responseId: string | null;
  teamId?: string | null;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** "queued" for a worker to send, or "stored" when there is no SMTP server to send it to. */
  status: "queued" | "stored";
  createdAt: Date;
}

export interface MailToSend {
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** Attempts including this one. */
  attempts: number;
}

export interface OutboxListItem {
  id: string;
  kind: string;
  toAddress: string;
  subject: string;
  textBody: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/**
 * Takes a queued mail for one sending attempt: counts the attempt and holds the mail until `claimedUntil`, so no other
 * job sends it meanwhile. Null when the mail is gone (erased), no longer queued, or held by another attempt.
 */
export async function claimMail(id: string, now: Date, claimedUntil: Date): Promise<MailToSend | null> {
  const { rows } = await sqlPool().query<MailToSend>(
    // Times as UTC text: the columns are timestamp without time zone, in UTC as Prisma writes them.
    `UPDATE "OutboxMail" SET attempts = attempts + 1, "claimedUntil" = $3::timestamp(3), "updatedAt" = $2::timestamp(3)
      WHERE id = $1::uuid AND status = 'queued' AND "textBody" IS NOT NULL AND ("claimedUntil" IS NULL OR "claimedUntil" < $2::timestamp(3))
      RETURNING "toAddress", subject, "textBody", "htmlBody", attempts`,
    [id, now.toISOString(), claimedUntil.toISOString()],
  );
  return rows[0] ?? null;
}

/** The mail went out: its parts, which hold a private link, are emptied; the envelope (and an earlier attempt's error) stays. */
export async function markMailSent(id: string, now: Date): Promise<void> {
  await db().outboxMail.updateMany({
    where: { id },
    data: { status: "sent", sentAt: now, updatedAt: now, claimedUntil: null, textBody: null, htmlBody: null },
  });
}

/** An attempt failed: the error is kept; a final failure empties the parts as a sent mail does. */
export async function recordMailFailure(id: string, error: string, final: boolean, now: Date): Promise<void> {
  await db().outboxMail.updateMany({
    where: { id },
    data: {
      lastError: error,
      updatedAt: now,
      claimedUntil: null,
      ...(final ? { status: "failed", textBody: null, htmlBody: null } : {}),
    },
  });
}

/** Queued mails nothing has touched since `untouchedSince` (their job was lost), oldest first. */
export async function findStaleQueuedMails(untouchedSince: Date, limit: number): Promise<string[]> {
  const rows = await db().outboxMail.findMany({
    where: { status: "queued", updatedAt: { lt: untouchedSince } },
    orderBy: { updatedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Marks these mails touched, so the sweep that queued them again does not queue them again at its next run. */
export async function touchMails(ids: string[], now: Date): Promise<void> {
  await db().outboxMail.updateMany({ where: { id: { in: ids }, status: "queued" }, data: { updatedAt: now } });
}

/** Deletes mails created before `createdBefore`, at most `batch` at a time; how many went. */
export async function deleteMailsCreatedBefore(createdBefore: Date, batch: number): Promise<number> {
  const { rowCount } = await sqlPool().query(
    `DELETE FROM "OutboxMail" WHERE id IN (SELECT id FROM "OutboxMail" WHERE "createdAt" < $1::timestamp(3) ORDER BY "createdAt" LIMIT $2)`,
    [createdBefore.toISOString(), batch],
  );
  return rowCount ?? 0;
}

/** The newest mails first, optionally of one status, created before `before` (the next page). */
export async function listOutboxMails(options: { status?: string; before?: Date; limit: number }): Promise<OutboxListItem[]> {
  return db().outboxMail.findMany({
    where: { status: options.status, createdAt: options.before ? { lt: options.before } : undefined },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit,
    select: {
      id: true,
      kind: true,
      toAddress: true,
      subject: true,
      textBody: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  });
}

/** How many mails are in each status. */
export async function countOutboxMailsByStatus(): Promise<Record<string, number>> {
  const groups = await db().outboxMail.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
}

export type BoundedInsert = "inserted" | "bound-reached" | "not-a-draft";

/**
 * Inserts a mail for a draft unless the draft already has `max` mails of the mail's kind since `since`. The draft's row
 * is locked for the check and the insert, so concurrent requests cannot all slip under the bound; "not-a-draft" when
 * the response is gone or was submitted meanwhile.
 */
export async function insertDraftMailWithinBound(mail: NewOutboxMail, since: Date, max: number): Promise<BoundedInsert> {
  const client = await sqlPool().connect();
  try {
    await client.query("BEGIN");
    const draft = await client.query(`SELECT 1 FROM "Response" WHERE id = $1::uuid AND status = 'DRAFT' FOR UPDATE`, [mail.responseId]);
    if (draft.rowCount !== 1) {
      await client.query("ROLLBACK");
      return "not-a-draft";
    }
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxMail" WHERE "responseId" = $1::uuid AND kind = $2 AND "createdAt" >= $3::timestamp(3)`,
      [mail.responseId, mail.kind, since.toISOString()],
    );
    if (rows[0]!.n >= max) {
      await client.query("ROLLBACK");
      return "bound-reached";
    }
    await client.query(
      `INSERT INTO "OutboxMail" (id, kind, "responseId", "toAddress", subject, "textBody", "htmlBody", status, "createdAt", "updatedAt")
       VALUES ($1::uuid, $2, $3::uuid, $4, $5, $6, $7, $8, $9::timestamp(3), $9::timestamp(3))`,
      [mail.id, mail.kind, mail.responseId, mail.toAddress, mail.subject, mail.textBody, mail.htmlBody, mail.status, mail.createdAt.toISOString()],
    );
    await client.query("COMMIT");
    return "inserted";
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
