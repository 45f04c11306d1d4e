// Retakes (docs/decisions/027-retake.md): what a retake starts from, found by the link that proves who asks (the
// report's private link, or a mailed one-time invitation), and the draft it starts, linked to that response.
import "server-only";
import { db } from "./client";
import { hashToken, isWellFormedToken, newToken } from "./tokens";

/** A completed response a retake can start from. */
export interface RetakeSource {
  responseId: string;
  /** The participant's id: the first response's (a null column means the response's own id). */
  participantId: string;
  answers: unknown;
}

const sourceColumns = { id: true, participantId: true, answers: true, status: true } as const;

type SourceRow = { id: string; participantId: string | null; answers: unknown; status: "DRAFT" | "COMPLETED" };

const sourceOf = (row: SourceRow | undefined): RetakeSource | null =>
  row?.status === "COMPLETED" ? { responseId: row.id, participantId: row.participantId ?? row.id, answers: row.answers } : null;

/** The response whose report has this private link; null for a malformed or unknown link. Reads only. */
export async function findRetakeSourceByReport(reportToken: string): Promise<RetakeSource | null> {
  if (!isWellFormedToken(reportToken)) return null;
  const row = await db().report.findUnique({ where: { tokenHash: hashToken(reportToken) }, select: { response: { select: sourceColumns } } });
  return sourceOf(row?.response);
}

export interface InvitedRetake extends RetakeSource {
  /** When the invited response was completed: the report the invitation is about. */
  completedAt: Date;
  expiresAt: Date;
}

/** The response a retake invitation is for, while its link works (not used, not expired at `now`). Reads only. */
export async function findRetakeSourceByInvite(inviteToken: string, now: Date): Promise<InvitedRetake | null> {
  if (!isWellFormedToken(inviteToken)) return null;
  const row = await db().retakeInvite.findUnique({
    where: { tokenHash: hashToken(inviteToken) },
    select: { usedAt: true, expiresAt: true, response: { select: { ...sourceColumns, completedAt: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  const source = sourceOf(row.response);
  return source && row.response.completedAt ? { ...source, completedAt: row.response.completedAt, expiresAt: row.expiresAt } : null;
}

export interface NewRetakeDraft {
  instrumentVersion: string;
  /** The earlier answers the retake starts with (lib/instrument/carry-over.ts). */
  answers: Record<string, unknown>;
  currentStep: number;
  previousResponseId: string;
  participantId: string;
}

/**
 * Inserts a retake's draft with a new resume token. With `invite`, only by using that invitation in the same
 * transaction, for the response it names: null (nothing written) when it was used, expired or erased meanwhile, so
 * two clicks on one link start one retake.
 */
export async function createRetakeDraft(
  draft: NewRetakeDraft,
  invite?: { token: string; now: Date },
): Promise<{ id: string; resumeToken: string } | null> {
  const resumeToken = newToken();
  const data = { ...draft, answers: draft.answers as object, resumeTokenHash: hashToken(resumeToken) };
  return db().$transaction(async (tx) => {
    if (invite) {
      const { count } = await tx.retakeInvite.updateMany({
        where: { tokenHash: hashToken(invite.token), responseId: draft.previousResponseId, usedAt: null, expiresAt: { gt: invite.now } },
        data: { usedAt: invite.now },
      });
      if (count !== 1) return null;
    }
    const { id } = await tx.response.create({ data, select: { id: true } });
    return { id, resumeToken };
  });
}
