import "server-only";
import { INSTRUMENT_VERSION, ResponseAnswersSchema, type Answers } from "@/lib/instrument";
import { buildReport } from "@/lib/report/build-report";
import { REPORT_VERSION, type ReportDocument } from "@/lib/report/document";
import type { ScoreResult } from "@/lib/scoring";
import { db } from "./client";
import { findDraft } from "./drafts";
import { peerSnapshot } from "./peer-snapshot";
import { responseColumns } from "./response-columns";
import { storeScore, type DbTransaction } from "./scores";
import { newToken } from "./tokens";

export type SubmitOutcome =
  | { status: "completed"; reportToken: string }
  | { status: "invalid"; issues: { path: PropertyKey[]; message: string }[] }
  | { status: "not-found" };

export interface CompletedResponse {
  responseId: string;
  reportToken: string;
  score: ScoreResult;
  document: ReportDocument;
}

export interface StoreCompletedInput {
  /** Answers already checked by ResponseAnswersSchema. */
  answers: Answers;
  /** Complete this draft (browser path); without it a new completed response is created (API path). */
  draftId?: string;
  /** The API's idempotency key, stored in the unique Response.submitKey column. */
  submitKey?: string;
  now: Date;
}

/**
 * The one write path for a completed response, shared by the browser form and the JSON API. Inside the caller's
 * transaction: marks the draft COMPLETED (or creates the completed response), stores its score, takes the peer
 * snapshot (which sees that score) and stores the report. Null when the draft was no longer a draft: another
 * request completed it first. A second API request with the same submitKey fails on the unique column.
 */
export async function storeCompletedResponse(tx: DbTransaction, input: StoreCompletedInput): Promise<CompletedResponse | null> {
  const { answers, now } = input;
  const completed = { status: "COMPLETED" as const, completedAt: now, answers, ...responseColumns(answers) };
  let responseId: string;
  if (input.draftId) {
    const flipped = await tx.response.updateMany({ where: { id: input.draftId, status: "DRAFT" }, data: completed });
    if (flipped.count === 0) return null;
    responseId = input.draftId;
  } else {
    const created = await tx.response.create({
      data: { ...completed, instrumentVersion: INSTRUMENT_VERSION, submitKey: input.submitKey ?? null },
      select: { id: true },
    });
    responseId = created.id;
  }
  const score = await storeScore(tx, responseId);
  const peers = await peerSnapshot(responseId, { client: tx });
  const reportToken = newToken();
  const document = buildReport({ answers, score, peers });
  await tx.report.create({
    data: { responseId, token: reportToken, reportVersion: REPORT_VERSION, scoringVersion: score.scoringVersion, document },
  });
  return { responseId, reportToken, score, document };
}

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

  const won = await db().$transaction((tx) => storeCompletedResponse(tx, { answers: parsed.data, draftId: draft.id, now }));
  if (won) return { status: "completed", reportToken: won.reportToken };

  const settled = await findDraft(resumeToken);
  return settled?.reportToken ? { status: "completed", reportToken: settled.reportToken } : { status: "not-found" };
}
