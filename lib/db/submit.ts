import "server-only";
import { randomUUID } from "node:crypto";
import { INSTRUMENT_VERSION, ResponseAnswersSchema, type Answers } from "@/lib/instrument";
import { buildReport } from "@/lib/report/build-report";
import { REPORT_VERSION, type ReportDocument } from "@/lib/report/document";
import type { ScoreResult } from "@/lib/scoring";
import { completeDraftRow, insertCompleted, type CompletedRow, type NewCompletedRow } from "./completed-write";
import { findDraft } from "./drafts";
import { peerSnapshotBeforeStoring, type OwnScore } from "./peer-counts";
import { responseColumns } from "./response-columns";
import { hardNumbersOf, indicesOf, scoreRow, type ScoreRowColumns } from "./score-columns";
import { newToken } from "./tokens";
import { createWriteBatcher } from "./write-batcher";

/**
 * New completed responses are written in groups when they arrive together (group commit, lib/db/write-batcher.ts):
 * under load one statement and one commit store many, and each caller is answered once its own row is committed.
 */
const writeCompleted = createWriteBatcher<NewCompletedRow>({
  writeMany: (rows) => insertCompleted(rows),
  writeOne: (row) => insertCompleted([row]),
  maxBatch: 32,
});

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
 * The one write path for a completed response, shared by the browser form and the JSON API. Scores the answers,
 * takes the peer snapshot from the committed aggregate (this response not yet in it: the same figures as once it is
 * stored) and builds the report first, then writes the response, its score and its report in one short transaction
 * (lib/db/completed-write.ts) — the aggregate rows the triggers update are locked only for that write. Null when the
 * draft was no longer a draft: another request completed it first. A second API request with the same submitKey
 * fails on the unique column.
 */
export async function storeCompletedResponse(input: StoreCompletedInput): Promise<CompletedResponse | null> {
  const { answers, now } = input;
  const columns = responseColumns(answers);
  const { result: score, columns: scoreColumns } = scoreRow(answers, columns);
  const peers = await peerSnapshotBeforeStoring(ownScore(scoreColumns));
  const document = buildReport({ answers, score, peers });
  const row: CompletedRow = {
    responseId: input.draftId ?? randomUUID(),
    responseColumns: columns,
    answers,
    score: scoreColumns,
    scoreId: randomUUID(),
    report: { id: randomUUID(), token: newToken(), reportVersion: REPORT_VERSION, document },
    now,
  };
  if (input.draftId) {
    if (!(await completeDraftRow(row))) return null;
  } else {
    await writeCompleted({ ...row, instrumentVersion: INSTRUMENT_VERSION, submitKey: input.submitKey ?? null });
  }
  return { responseId: row.responseId, reportToken: row.report.token, score, document };
}

/** What the peer comparison needs of a score about to be stored. */
export function ownScore(columns: ScoreRowColumns): OwnScore {
  return {
    scoringVersion: columns.scoringVersion,
    industry: columns.industry,
    companySize: columns.companySize,
    indices: indicesOf(columns),
    sectionScores: columns.sectionScores,
    hardNumbers: hardNumbersOf(columns),
  };
}

/**
 * Completes a draft exactly once. The status flip is a conditional update in one transaction with the score and the
 * report rows, so a double click or a retried request stores one response: the second caller waits on the row lock,
 * finds it completed, and gets the same report token.
 */
export async function completeDraft(resumeToken: string, now: Date = new Date()): Promise<SubmitOutcome> {
  const draft = await findDraft(resumeToken);
  if (!draft) return { status: "not-found" };
  if (draft.status === "COMPLETED" && draft.reportToken) return { status: "completed", reportToken: draft.reportToken };

  const parsed = ResponseAnswersSchema.safeParse(draft.answers);
  if (!parsed.success) return { status: "invalid", issues: parsed.error.issues };

  const won = await storeCompletedResponse({ answers: parsed.data, draftId: draft.id, now });
  if (won) return { status: "completed", reportToken: won.reportToken };

  const settled = await findDraft(resumeToken);
  return settled?.reportToken ? { status: "completed", reportToken: settled.reportToken } : { status: "not-found" };
}
