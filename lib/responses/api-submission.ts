/**
 * Submissions through the JSON API: a complete set of answers becomes a completed response in one transaction, by
 * the same write path as the browser form (storeCompletedResponse). An Idempotency-Key is stored, hashed and
 * namespaced, in the unique Response.submitKey column: a retry finds the first response and stores nothing; two
 * concurrent requests with one key race on that unique index, and the loser reads the winner's result. A key
 * reused with different answers is refused rather than answered with someone else's report. The report token is
 * derived from the key (lib/responses/report-token.ts), so a retry gets the same link although only its hash is stored.
 */
import "server-only";
import { isDeepStrictEqual } from "node:util";
import type { Answers } from "@/lib/instrument";
import type { ReportDocument } from "@/lib/report/document";
import type { PeerNumbersReport } from "@/lib/report/peer-numbers";
import { isUniqueViolation } from "@/lib/db/errors";
import { scoreColumns } from "./score-row";
import { findSubmissionByKey, type SubmissionByKey } from "@/lib/db/submissions";
import { hashToken } from "@/lib/db/tokens";
import { reissueReportLink } from "./report-token";
import { storeCompletedResponse, type CompletedResponse, type StoreCompletedInput } from "./submit";

const KEY_NAMESPACE = "api:";

export type StoredScores = NonNullable<SubmissionByKey["score"]>;

/** What the API answers with, read the same way for a first submission and for its retries. */
export interface StoredSubmission {
  responseId: string;
  reportToken: string;
  answers: Answers;
  scores: StoredScores;
  peers: Pick<ReportDocument, "peerGroup" | "summary"> & { peerNumbers: PeerNumbersReport | null };
}

export type SubmissionOutcome =
  | { status: "created" | "replayed"; submission: StoredSubmission }
  | { status: "key-reused" }
  /** The key's response was stored before report links were hashed: its link cannot be given again. */
  | { status: "link-not-recoverable" };

export async function submitResponse(input: { answers: Answers; idempotencyKey?: string; team?: StoreCompletedInput["team"]; now?: Date }): Promise<SubmissionOutcome> {
  const { answers, idempotencyKey, now = new Date() } = input;
  if (idempotencyKey !== undefined) {
    const earlier = await replay(idempotencyKey, answers);
    if (earlier) return earlier;
  }
  try {
    const submitKey = idempotencyKey === undefined ? undefined : submitKeyOf(idempotencyKey);
    const stored = await storeCompletedResponse({ answers, submitKey, submitterSecret: idempotencyKey, team: input.team, now });
    if (!stored) throw new Error("storeCompletedResponse created no response");
    return { status: "created", submission: fromCompleted(stored, answers) };
  } catch (error) {
    // Another request with this key committed first (it held the unique index until then).
    if (idempotencyKey !== undefined && isUniqueViolation(error)) {
      const earlier = await replay(idempotencyKey, answers);
      if (earlier) return earlier;
    }
    throw error;
  }
}

const submitKeyOf = (idempotencyKey: string) => KEY_NAMESPACE + hashToken(idempotencyKey);

async function replay(idempotencyKey: string, answers: Answers): Promise<SubmissionOutcome | null> {
  const row = await findSubmissionByKey(submitKeyOf(idempotencyKey));
  if (!row) return null;
  if (!isDeepStrictEqual(row.answers, answers)) return { status: "key-reused" };
  if (!row.score || !row.report) throw new Error(`Response ${row.id} with an idempotency key has no score or report`);
  const reportToken = reissueReportLink(row.report, idempotencyKey);
  if (!reportToken) return { status: "link-not-recoverable" };
  const document = row.report.document as ReportDocument;
  return {
    status: "replayed",
    submission: {
      responseId: row.id,
      reportToken,
      answers: row.answers as Answers,
      scores: row.score,
      peers: { peerGroup: document.peerGroup, summary: document.summary, peerNumbers: document.executive.peerNumbers ?? null },
    },
  };
}

/** A stored response as the API answers it, the same for a first submission and for its retries. */
export function fromCompleted(stored: CompletedResponse, answers: Answers): StoredSubmission {
  const columns = scoreColumns(stored.score, { industry: null, companySize: null });
  return {
    responseId: stored.responseId,
    reportToken: stored.reportToken,
    answers,
    scores: {
      overall: columns.overall,
      valueIndex: columns.valueIndex,
      numberIndex: columns.numberIndex,
      winRateIndex: columns.winRateIndex,
      salesCycleIndex: columns.salesCycleIndex,
      personalIndex: columns.personalIndex,
      companyCategory: columns.companyCategory,
      personalCategory: columns.personalCategory,
    },
    peers: { peerGroup: stored.document.peerGroup, summary: stored.document.summary, peerNumbers: stored.document.executive.peerNumbers ?? null },
  };
}
