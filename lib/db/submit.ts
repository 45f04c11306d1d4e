import "server-only";
import { ResponseAnswersSchema } from "@/lib/instrument";
import { buildReport } from "@/lib/report/build-report";
import { REPORT_VERSION } from "@/lib/report/document";
import { db } from "./client";
import { findDraft } from "./drafts";
import { peerSnapshot } from "./peer-snapshot";
import { responseColumns } from "./response-columns";
import { storeScore } from "./scores";
import { newToken } from "./tokens";

export type SubmitOutcome =
  | { status: "completed"; reportToken: string }
  | { status: "invalid"; issues: { path: PropertyKey[]; message: string }[] }
  | { status: "not-found" };

/**
 * Completes a draft exactly once. The status flip is a conditional update inside one
 * transaction with the score, the peer counts and the report row, so a double click or a retried request stores one
 * response: the second caller waits on the row lock, finds it completed, and gets the
 * same report token.
 */
export async function completeDraft(resumeToken: string, now: Date = new Date()): Promise<SubmitOutcome> {
  const draft = await findDraft(resumeToken);
  if (!draft) return { status: "not-found" };
  if (draft.status === "COMPLETED" && draft.reportToken) return { status: "completed", reportToken: draft.reportToken };

  const parsed = ResponseAnswersSchema.safeParse(draft.answers);
  if (!parsed.success) return { status: "invalid", issues: parsed.error.issues };
  const answers = parsed.data;

  const won = await db().$transaction(async (tx) => {
    const flipped = await tx.response.updateMany({
      where: { id: draft.id, status: "DRAFT" },
      data: { status: "COMPLETED", completedAt: now, answers, ...responseColumns(answers) },
    });
    if (flipped.count === 0) return null;
    const score = await storeScore(tx, draft.id);
    const peers = await peerSnapshot(draft.id, { client: tx });
    const reportToken = newToken();
    await tx.report.create({
      data: {
        responseId: draft.id,
        token: reportToken,
        reportVersion: REPORT_VERSION,
        scoringVersion: score.scoringVersion,
        document: buildReport({ answers, score, peers }),
      },
    });
    return reportToken;
  });
  if (won) return { status: "completed", reportToken: won };

  const settled = await findDraft(resumeToken);
  return settled?.reportToken ? { status: "completed", reportToken: settled.reportToken } : { status: "not-found" };
}
