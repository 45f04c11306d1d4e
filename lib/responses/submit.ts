/**
 * Submitting a completed response, for the browser form (completeDraft) and the JSON API (lib/responses/api-submission.ts)
 * alike: both come through storeCompletedResponse, and so through the same statement (lib/db/completed-write.ts).
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { INSTRUMENT_VERSION, ResponseAnswersSchema, type Answers } from "@/lib/instrument";
import { REPORT_VERSION, type ReportDocument } from "@/lib/report/document";
import type { EarlierReport } from "@/lib/report/earlier-report";
import type { ScoreResult } from "@/lib/scoring";
import { writeCompletedResponse, type CompletedRow } from "@/lib/db/completed-write";
import { findDraft, type Draft } from "@/lib/db/drafts";
import { dispatchMail } from "@/lib/mail/outbox";
import { reportLinkMail } from "@/lib/mail/report-link-mail";
import { earlierReportsOf, forReportBuilder } from "./earlier-reports";
import { peersBeforeStoring, reportFor } from "./report-for";
import { issueReportLink, reissueReportLink } from "./report-token";
import { teamSubmitAnswers } from "@/lib/team-mode/team-survey";

export type SubmitOutcome =
  | { status: "completed"; reportToken: string }
  /** Completed, but not with this browser's resume token (before report links were hashed): its link cannot be given again. */
  | { status: "submitted" }
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
  /**
   * A secret the submitter holds (the draft's resume token, the API's Idempotency-Key) from which the report token is
   * derived, so that holder can be given the same link again; without it the token is random (lib/responses/report-token.ts).
   */
  submitterSecret?: string;
  /**
   * Mail the report link to the participant when they gave an address and agreed to be contacted (the browser form;
   * an API client is given the link in its answer and delivers it itself: docs/decisions/025-mail.md).
   */
  mailReport?: boolean;
  /** A retake's earlier reports, oldest first (docs/decisions/027-retake.md); none for a first survey and the API. */
  earlier?: EarlierReport[];
  /** The team an API submission joins by its invite code (a draft already carries its team). */
  team?: CompletedRow["team"];
  now: Date;
}

/**
 * Scores the answers, takes the peer snapshot from the committed aggregate (this response not yet in it: the same
 * figures as once it is stored) and builds the report first (reportFor), then writes the response, its score and its
 * report in one statement — the aggregate rows the triggers update are locked only for that write. Null when the
 * draft was no longer a draft: another request completed it first. A second API request with the same submitKey
 * fails on the unique column.
 */
export async function storeCompletedResponse(input: StoreCompletedInput): Promise<CompletedResponse | null> {
  const { answers, now } = input;
  const history = { earlier: input.earlier ?? [], completedAt: now.toISOString() };
  const { responseColumns, score, scoreColumns, document } = await reportFor(answers, peersBeforeStoring, history);
  const responseId = input.draftId ?? randomUUID();
  const { token: reportToken, ...link } = issueReportLink(input.submitterSecret);
  const reportId = randomUUID();
  const mail = input.mailReport ? reportLinkMail(responseColumns, responseId, reportToken, now) : null;
  const written = await writeCompletedResponse({
    responseId,
    completesDraft: input.draftId !== undefined,
    instrumentVersion: INSTRUMENT_VERSION,
    submitKey: input.submitKey ?? null,
    responseColumns,
    answers,
    score: scoreColumns,
    scoreId: randomUUID(),
    report: { id: reportId, ...link, reportVersion: REPORT_VERSION, document },
    mail,
    team: input.team,
    now,
  });
  if (!written) return null;
  // The mail was stored with the response; a crash before this line leaves it queued for the outbox sweep.
  if (mail) await dispatchMail(mail);
  // No PDF is queued here: most participants read the report online, and a render costs a worker 0.6–2 s of CPU,
  // which at submission rates would compete with the submissions themselves. The first download queues it.
  return { responseId, reportToken, score, document };
}

/**
 * Completes a draft exactly once. A double click or a retried request stores one response: the second write waits
 * on the draft's row lock, finds it completed and writes nothing, and its caller gets the same report token, derived
 * again from the resume token it holds (only the token's hash is stored).
 */
export async function completeDraft(resumeToken: string, now: Date = new Date()): Promise<SubmitOutcome> {
  const draft = await findDraft(resumeToken);
  if (!draft) return { status: "not-found" };
  if (draft.status === "COMPLETED") return completed(draft.report, resumeToken);

  const parsed = ResponseAnswersSchema.safeParse(draft.answers);
  if (!parsed.success) return { status: "invalid", issues: parsed.error.issues };

  // Only a retake reads its earlier reports: a first survey's draft has no previousResponseId, and no query is made.
  const earlier = forReportBuilder(await earlierReportsOf(draft.previousResponseId));
  const answers = await teamSubmitAnswers(draft, resumeToken, parsed.data);
  const won = await storeCompletedResponse({ answers, draftId: draft.id, submitterSecret: resumeToken, mailReport: true, earlier, now });
  if (won) return { status: "completed", reportToken: won.reportToken };

  const settled = await findDraft(resumeToken);
  return settled?.status === "COMPLETED" ? completed(settled.report, resumeToken) : { status: "not-found" };
}

function completed(report: Draft["report"], resumeToken: string): SubmitOutcome {
  const reportToken = reissueReportLink(report, resumeToken);
  return reportToken ? { status: "completed", reportToken } : { status: "submitted" };
}
