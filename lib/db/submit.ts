import "server-only";
import { ResponseAnswersSchema, type Answers } from "@/lib/instrument";
import { scoreResponse, SCORING_VERSION } from "@/lib/scoring";
import { instrument } from "@/lib/instrument";
import { db } from "./client";
import { findDraft } from "./drafts";
import { responseColumns } from "./response-columns";
import { newToken } from "./tokens";

export type SubmitOutcome =
  | { status: "completed"; reportToken: string }
  | { status: "invalid"; issues: { path: PropertyKey[]; message: string }[] }
  | { status: "not-found" };

/** The document stored for the report page until the full report is generated from it. */
function initialReportDocument(answers: Answers) {
  return { kind: "scores", score: scoreResponse(answers, instrument) };
}

/**
 * Completes a draft exactly once. The status flip is a conditional update inside one
 * transaction with the report row, so a double click or a retried request stores one
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
    const reportToken = newToken();
    await tx.report.create({
      data: {
        responseId: draft.id,
        token: reportToken,
        reportVersion: "scores-1",
        scoringVersion: SCORING_VERSION,
        document: initialReportDocument(answers),
      },
    });
    return reportToken;
  });
  if (won) return { status: "completed", reportToken: won };

  const settled = await findDraft(resumeToken);
  return settled?.reportToken ? { status: "completed", reportToken: settled.reportToken } : { status: "not-found" };
}
