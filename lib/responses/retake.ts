/**
 * Taking the survey again (docs/decisions/027-retake.md). The link is the proof of identity: the report's private
 * link ("Take it again" on the report), or a mailed one-time invitation. Either starts a new draft filled in with the
 * earlier answers the instrument still takes (lib/instrument/carry-over.ts), linked to the response it came from
 * (previousResponseId) and to the participant (participantId), and the caller keeps its resume token in this
 * browser's cookie, as the survey does.
 *
 *   startRetake({ via, currentResumeToken, setAside, now }): Promise<RetakeStart>
 *
 * Like a resume link (decision 016), it never silently replaces a survey in progress in this browser: unless told to
 * set it aside, it answers "other-survey" with that survey's own link, and writes nothing.
 */
import "server-only";
import { carriedOverAnswers, INSTRUMENT_VERSION, instrument } from "@/lib/instrument";
import { findDraft } from "@/lib/db/drafts";
import { createRetakeDraft, findRetakeSourceByInvite, findRetakeSourceByReport, type RetakeSource } from "@/lib/db/retakes";
import { resumePath } from "@/lib/survey/api";

/** Which link asks: the report's private link, or a retake invitation's. */
export type RetakeVia = { report: string } | { invite: string };

/** The survey in progress in this browser that a retake would set aside. */
export interface OtherSurvey {
  /** Its own resume link, to keep. */
  resumePath: string;
  /** Steps saved, of `steps`. */
  stepsDone: number;
  steps: number;
}

export type RetakeStart =
  /** A new draft; keep its resume token in this browser. */
  | { status: "started"; resumeToken: string }
  /** This browser's survey in progress is already a retake of the same report: open it. */
  | { status: "in-progress" }
  | { status: "other-survey"; other: OtherSurvey }
  /** An unknown or malformed link, an invitation used or expired, or an erased report: nothing was written. */
  | { status: "not-found" };

export interface StartRetakeInput {
  via: RetakeVia;
  /** This browser's resume cookie. */
  currentResumeToken: string | undefined;
  /** The participant was shown the survey in progress and chose to set it aside. */
  setAside: boolean;
  now: Date;
}

export async function startRetake({ via, currentResumeToken, setAside, now }: StartRetakeInput): Promise<RetakeStart> {
  const source = await retakeSource(via, now);
  if (!source) return { status: "not-found" };
  const browser = await retakeInBrowser(source.responseId, currentResumeToken);
  if (browser.inProgress) return { status: "in-progress" };
  if (browser.other && !setAside) return { status: "other-survey", other: browser.other };

  const { answers, firstIncompleteStep } = carriedOverAnswers(source.answers, instrument);
  const draft = {
    instrumentVersion: INSTRUMENT_VERSION,
    answers,
    currentStep: firstIncompleteStep,
    previousResponseId: source.responseId,
    participantId: source.participantId,
  };
  const created = await createRetakeDraft(draft, "invite" in via ? { token: via.invite, now } : undefined);
  return created ? { status: "started", resumeToken: created.resumeToken } : { status: "not-found" };
}

const retakeSource = (via: RetakeVia, now: Date): Promise<RetakeSource | null> =>
  "report" in via ? findRetakeSourceByReport(via.report) : findRetakeSourceByInvite(via.invite, now);

/**
 * What this browser holds beside a retake of `sourceResponseId`: a retake of it already in progress, or another
 * survey in progress with answers that starting one would set aside (the pages show it before their button, and
 * startRetake checks again on the post). Reads only.
 */
export async function retakeInBrowser(
  sourceResponseId: string,
  currentResumeToken: string | undefined,
): Promise<{ inProgress: boolean; other: OtherSurvey | null }> {
  const current = await findDraft(currentResumeToken);
  if (!current || !currentResumeToken || current.status !== "DRAFT") return { inProgress: false, other: null };
  if (current.previousResponseId === sourceResponseId) return { inProgress: true, other: null };
  if (Object.keys(current.answers).length === 0) return { inProgress: false, other: null };
  const steps = instrument.sections.length;
  return { inProgress: false, other: { resumePath: resumePath(currentResumeToken), stepsDone: Math.min(current.currentStep, steps), steps } };
}
